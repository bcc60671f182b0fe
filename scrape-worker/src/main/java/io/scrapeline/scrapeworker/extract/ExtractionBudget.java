package io.scrapeline.scrapeworker.extract;

/**
 * The output side of a page's extraction budget; the time side is the bound of the {@link
 * MarkdownConverter}'s threads. A page whose Markdown is larger degrades to plain text, cut to the
 * same size.
 *
 * @param maxMarkdownBytes the largest Markdown of one page, in UTF-8 bytes, at least 1
 */
public record ExtractionBudget(int maxMarkdownBytes) {

  /** 2 MiB: some 300,000 words, more than any article and most books. */
  public static final int DEFAULT_MAX_MARKDOWN_BYTES = 2 * 1024 * 1024;

  /** Checks the size. */
  public ExtractionBudget {
    if (maxMarkdownBytes < 1) {
      throw new IllegalArgumentException(
          "maxMarkdownBytes must be at least 1: " + maxMarkdownBytes);
    }
  }

  public static ExtractionBudget defaults() {
    return new ExtractionBudget(DEFAULT_MAX_MARKDOWN_BYTES);
  }
}
