package io.scrapeline.resultstore.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the result store; each key is documented with its default in the README. */
@ConfigMapping(prefix = "scrapeline.result-store")
public interface ResultStoreConfig {

  /** How long an Idempotency-Key matches after its batch was created; less once it expired. */
  @WithDefault("PT24H")
  Duration idempotencyWindow();

  /** How often expired batches are purged, in scheduler syntax (read by the purge schedule). */
  @WithDefault("5m")
  String purgeInterval();

  /** The most batches (with their items) deleted in one purge transaction. */
  @WithDefault("100")
  int purgeChunkSize();

  /** How long a cancel waits for Kafka to acknowledge its batch.control record. */
  @WithDefault("PT10S")
  Duration controlPublishTimeout();

  /**
   * The most URLs one scrape batch holds (SCRAPELINE_MAX_URLS_PER_BATCH, as on the gateway): the
   * child batch of a sitemap fan-out takes the first this many distinct links.
   */
  @WithDefault("10000")
  int maxUrlsPerBatch();

  /** The consumer of the result topics. */
  ResultConsumer consumer();

  /** How sitemap results are served. */
  Sitemap sitemap();

  /** How the child scrape batches of sitemap fan-outs are published. */
  FanOut fanOut();

  /** Bounds of a sitemap batch's status page; all links stay readable on the links endpoint. */
  interface Sitemap {

    /** Links of one item shown on the status page at most (link_count is always the full count). */
    @WithDefault("1000")
    int statusPageLinks();

    /** Bytes of links (as JSON) of one item shown on the status page at most. */
    @WithDefault("262144")
    int statusPageLinkBytes();
  }

  /** Publication of a fan-out's scrape requests, from the sitemap_fan_outs outbox. */
  interface FanOut {

    /** How often due fan-outs are looked for, in scheduler syntax (read by the schedule). */
    @WithDefault("1s")
    String dispatchInterval();

    /** How long one publication waits for Kafka to acknowledge every request. */
    @WithDefault("PT30S")
    Duration publishTimeout();

    /** Attempts before the child batch is marked failed (enqueue_failed). */
    @WithDefault("10")
    int maxAttempts();

    /** Wait after the first failed attempt; it doubles each time up to max-backoff. */
    @WithDefault("PT2S")
    Duration initialBackoff();

    /** The longest wait between attempts. */
    @WithDefault("PT1M")
    Duration maxBackoff();
  }

  /** Settings of the consumer of scrape.results and sitemap.results. */
  interface ResultConsumer {

    /** The Kafka consumer group shared by every result-store instance. */
    @WithDefault("scrapeline-result-store")
    String groupId();

    /** The most records one poll returns; they are applied in one database transaction. */
    @WithDefault("500")
    int maxPollRecords();

    /** How long one poll waits for records. */
    @WithDefault("PT1S")
    Duration pollTimeout();

    /** The first wait before a poll whose records could not be applied is retried. */
    @WithDefault("PT1S")
    Duration retryBackoff();

    /** The longest wait between retries; the wait doubles from retry-backoff up to this. */
    @WithDefault("PT30S")
    Duration retryBackoffMax();

    /** How long shutdown waits for the consumer thread to finish its poll and close. */
    @WithDefault("PT10S")
    Duration shutdownTimeout();
  }
}
