package io.scrapeline.scrapeworker.extract;

/**
 * Told about every page that went over its extraction budget, e.g. to count it in a metric, and
 * about tables written as plain text in a page that kept its Markdown.
 */
@FunctionalInterface
public interface DegradationListener {

  /** Nothing to tell. */
  DegradationListener NONE = reason -> {};

  /**
   * @param reason {@code timeout}, {@code size} (Markdown over its size), {@code busy} (the
   *     extractor is shutting down) or {@code error} (the full extraction failed unexpectedly, e.g.
   *     flexmark failed on the page and not only on tables of it)
   */
  void degraded(String reason);

  /**
   * Told of a page that kept its Markdown although flexmark could not convert some of its data
   * tables: they are plain text in it. Such a page is not degraded, and {@link #degraded} is not
   * called for it.
   *
   * @param count the tables written as plain text, at least 1
   */
  default void degradedTables(int count) {}
}
