package io.scrapeline.bench;

/**
 * One URL fetched and converted to Markdown the way the scrape worker does it, without Kafka or a
 * database: what the ceiling scenario runs on many threads. {@link WorkerCode} is the one place
 * that names the worker's classes, so that moving them (packages, modules) touches only it.
 */
interface PageWork extends AutoCloseable {

  /**
   * What one URL gave: Markdown characters, or the item error code; {@code degraded} when the page
   * went over the extraction budget and was extracted as plain text instead.
   */
  record Outcome(int markdownChars, String errorCode, boolean degraded) {

    boolean ok() {
      return errorCode == null;
    }
  }

  Outcome scrape(String url) throws InterruptedException;

  /** Only the fetch, as the worker makes it: the body's length, or -1 when the fetch failed. */
  int fetchOnly(String url) throws InterruptedException;

  @Override
  void close();
}
