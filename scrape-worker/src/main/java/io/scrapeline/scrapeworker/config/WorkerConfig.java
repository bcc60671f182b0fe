package io.scrapeline.scrapeworker.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Every setting of the scrape worker, in one place; environment form {@code
 * SCRAPELINE_SCRAPE_WORKER_*}.
 */
@ConfigMapping(prefix = "scrapeline.scrape-worker")
public interface WorkerConfig {

  /**
   * HTTP requests in flight at once, all hosts together, and threads extracting pages; default 64.
   */
  @WithDefault("64")
  int maxInFlight();

  /** HTTP requests in flight at once to one host; default 2. */
  @WithDefault("2")
  int perHostMaxInFlight();

  /**
   * Least time between two requests to one host, from the start and from the end of the previous
   * one (a robots.txt Crawl-delay, when longer, wins); default PT1S.
   */
  @WithDefault("PT1S")
  Duration perHostMinDelay();

  /**
   * Address ranges that may be fetched although private or local, comma-separated CIDRs; default
   * none (application.properties reads SCRAPELINE_ALLOWED_CIDRS).
   */
  Optional<List<String>> allowedCidrs();

  /** Fetch without consulting robots.txt (only for deployments that fetch their own sites). */
  @WithDefault("false")
  boolean ignoreRobots();

  /** How long a host's robots.txt is used before it is fetched again; default PT1H. */
  @WithDefault("PT1H")
  Duration robotsCacheTtl();

  /** Cap on a robots.txt Crawl-delay: longer ones are shortened to this; default PT10S. */
  @WithDefault("PT10S")
  Duration maxCrawlDelay();

  /**
   * Requests taken from Kafka in one poll; also the backpressure threshold: no more requests are
   * taken while this many are unfinished; default 200.
   */
  @WithDefault("200")
  int maxPollRecords();

  /**
   * How long a request may stay unfinished before the request channel reports itself unhealthy (its
   * partition's commits wait for it; readiness and liveness go down and the replica is restarted).
   * Politeness alone can keep a request waiting: max-poll-records requests to one host under the
   * longest Crawl-delay take max-poll-records × max-crawl-delay (about 33 minutes with the
   * defaults); default PT1H.
   */
  @WithDefault("PT1H")
  Duration unfinishedRequestMaxAge();

  /** Redirect hops followed before an item fails with too_many_redirects; default 10. */
  @WithDefault("10")
  int maxRedirects();

  /**
   * Largest page body read, compressed and decompressed alike (body_too_large beyond); default
   * 10485760 (10 MiB).
   */
  @WithDefault("10485760")
  int maxBodyBytes();

  /**
   * User-Agent sent unless a request's headers name another; its product token (up to the first
   * '/') is the name obeyed in robots.txt; default {@code Scrapeline/0.1
   * (+https://github.com/scrapeline)}.
   */
  @WithDefault("Scrapeline/0.1 (+https://github.com/scrapeline)")
  String userAgent();

  /** Longest wait for a TCP (and TLS) connection, within the item's own timeout; default PT10S. */
  @WithDefault("PT10S")
  Duration connectTimeout();

  /**
   * Longest silence while waiting for a response or its body, within the item's own timeout;
   * default PT30S.
   */
  @WithDefault("PT30S")
  Duration readTimeout();

  /** Delay before the first retry, doubled for each further one, with jitter; default PT0.2S. */
  @WithDefault("PT0.2S")
  Duration retryBaseDelay();

  /** Longest delay before one retry, also the cap on a server's Retry-After; default PT30S. */
  @WithDefault("PT30S")
  Duration retryMaxDelay();

  /**
   * Largest serialized result; bigger contents are trimmed (raw_html first) to fit; default 8388608
   * (8 MiB).
   */
  @WithDefault("8388608")
  int maxRecordBytes();

  /**
   * Time budget of one HTML to Markdown conversion before it degrades to plain text; default PT10S.
   */
  @WithDefault("PT10S")
  Duration conversionTimeout();

  /**
   * Time budget of one page's whole extraction (parsing, main content, Markdown, links); a page
   * over it degrades to plain text with metadata.degraded true. The shorter of this and
   * conversion-timeout applies; default PT2S.
   */
  @WithDefault("PT2S")
  Duration extractionTimeout();

  /**
   * Largest Markdown of one page, in UTF-8 bytes; a larger page degrades to plain text cut to this
   * size, with metadata.degraded true; default 2097152 (2 MiB).
   */
  @WithDefault("2097152")
  int maxMarkdownBytes();

  /**
   * How long shutdown waits for in-flight items before giving them back uncommitted; default PT30S.
   */
  @WithDefault("PT30S")
  Duration shutdownTimeout();
}
