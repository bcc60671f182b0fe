package io.scrapeline.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Settings of the api-gateway; each is listed with its default in the README's configuration table.
 */
@ConfigMapping(prefix = "scrapeline.gateway")
public interface GatewayConfig {

  /**
   * {@code tenant:key} pairs, comma-separated; a key may be {@code sha256:<hex>}. Empty: every call
   * is 401.
   */
  Optional<String> apiKeys();

  /** Most URLs accepted in one batch (SCRAPELINE_MAX_URLS_PER_BATCH). */
  @WithDefault("10000")
  int maxUrlsPerBatch();

  /** Batch submissions a tenant may make per minute on one gateway replica; more answer 429. */
  @WithDefault("600")
  int submitRatePerMinute();

  /** Submissions a tenant may make at once before the per-minute rate applies. */
  @WithDefault("60")
  int submitBurst();

  /** Unfinished (queued or running) batches a tenant may have at once; more answer 429. */
  @WithDefault("100")
  int maxActiveBatches();

  /** The highest {@code max_urls} (links kept per input) a sitemap batch may ask for. */
  @WithDefault("100000")
  int maxSitemapLinks();

  /** How long a batch and its results are kept after it finished (SCRAPELINE_RESULT_TTL). */
  @WithDefault("PT24H")
  Duration resultTtl();

  /** Largest request body accepted, in bytes; larger bodies are refused with 413. */
  @WithDefault("5242880")
  int maxBodyBytes();

  /** How long an Idempotency-Key keeps returning the same batch. */
  @WithDefault("PT24H")
  Duration idempotencyWindow();

  /** Longest wait for Kafka to acknowledge every request of a batch before answering 503. */
  @WithDefault("PT30S")
  Duration publishTimeout();

  /** Added to a single scrape's timeout_ms before it answers 504. */
  @WithDefault("PT10S")
  Duration singleScrapeMargin();
}
