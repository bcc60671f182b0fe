package io.scrapeline.model;

import java.util.UUID;

/** A record that travels on Kafka, carrying the schema version {@code v} it was written with. */
public sealed interface WireMessage
    permits ScrapeRequest, ScrapeResult, SitemapRequest, SitemapResult, BatchControl {

  /** The schema version this code writes, and the highest it can read. */
  int CURRENT_VERSION = 1;

  /** The lowest schema version this code can still read. */
  int OLDEST_READABLE_VERSION = 1;

  /** The schema version the record was written with. */
  int v();

  /** The batch the record belongs to; results and control records use it as their Kafka key. */
  UUID batchId();

  /**
   * Returns {@code v} when this code can read that schema version.
   *
   * @throws IllegalArgumentException for an unsupported version
   */
  static int checkVersion(int v) {
    if (v < OLDEST_READABLE_VERSION || v > CURRENT_VERSION) {
      throw new IllegalArgumentException(
          "unsupported schema version v="
              + v
              + "; this reader supports "
              + OLDEST_READABLE_VERSION
              + " to "
              + CURRENT_VERSION);
    }
    return v;
  }
}
