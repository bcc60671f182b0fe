package io.scrapeline.scrapeworker.extract;

/** Told about every page that went over its extraction budget, e.g. to count it in a metric. */
@FunctionalInterface
public interface DegradationListener {

  /** Nothing to tell. */
  DegradationListener NONE = reason -> {};

  /**
   * @param reason {@code timeout}, {@code size} (Markdown over its size), {@code busy} (the
   *     extractor is shutting down) or {@code error} (the full extraction failed unexpectedly)
   */
  void degraded(String reason);
}
