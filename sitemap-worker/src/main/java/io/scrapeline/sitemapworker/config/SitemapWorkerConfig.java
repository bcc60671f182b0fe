package io.scrapeline.sitemapworker.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Every setting of the sitemap worker, in one place; environment form {@code
 * SCRAPELINE_SITEMAP_WORKER_*}. Documented with the defaults in sitemap-worker/README.md.
 */
@ConfigMapping(prefix = "scrapeline.sitemap-worker")
public interface SitemapWorkerConfig {

  /**
   * Inputs discovered at the same time by one worker (threads); each holds at most one sitemap in
   * memory at a time, up to twice max-sitemap-bytes while it is decompressed; default 4.
   */
  @WithDefault("4")
  int maxInFlight();

  /** Inputs taken from Kafka in one poll, and the most unfinished at once; default 20. */
  @WithDefault("20")
  int maxPollRecords();

  /**
   * How long an input may stay unfinished before the request channel reports itself unhealthy (its
   * partition's commits wait for it; readiness and liveness go down and the replica is restarted):
   * far beyond what the largest sitemap tree takes; default PT1H.
   */
  @WithDefault("PT1H")
  Duration unfinishedRequestMaxAge();

  /** Largest sitemap document once decoded (gzip included); larger ones are skipped; 52428800. */
  @WithDefault("52428800")
  int maxSitemapBytes();

  /** How many sitemap indexes deep links are followed (0: an index's own sitemaps only); 3. */
  @WithDefault("3")
  int maxDepth();

  /** Sitemap documents fetched for one input at most, indexes included; default 100. */
  @WithDefault("100")
  int maxSitemapsPerInput();

  /** Links in one SitemapResult record at most; longer lists are split; default 10000. */
  @WithDefault("10000")
  int maxLinksPerRecord();

  /**
   * Largest serialized SitemapResult record; link lists are split so that each chunk stays below;
   * default 4194304 (4 MiB, well under the topic's 10 MiB max.message.bytes).
   */
  @WithDefault("4194304")
  int maxRecordBytes();

  /**
   * Drop URLs outside the sitemap's own directory, as the sitemaps protocol says; default false
   * (sitemaps served from a CDN or another subdomain list pages elsewhere).
   */
  @WithDefault("false")
  boolean strict();

  /** Budget of one fetch attempt of a sitemap or robots.txt, redirects and body included; PT60S. */
  @WithDefault("PT60S")
  Duration fetchTimeout();

  /** Retries of a sitemap fetch that failed transiently (timeout, connect, 429, 5xx); default 2. */
  @WithDefault("2")
  int maxRetries();

  /** How long shutdown waits for in-flight inputs before giving them back; default PT30S. */
  @WithDefault("PT30S")
  Duration shutdownTimeout();

  /** The fetch core's settings (shared-fetch), as the scrape worker has them. */
  Fetch fetch();

  /** The settings of shared-fetch's fetcher, each with shared-fetch's default. */
  interface Fetch {

    /** User-Agent sent; its product token is the name obeyed in robots.txt. */
    @WithDefault("Scrapeline/0.1 (+https://github.com/scrapeline)")
    String userAgent();

    /** Redirect hops followed before too_many_redirects; default 10. */
    @WithDefault("10")
    int maxRedirects();

    /** Longest wait for a TCP connection (and a TLS handshake); default PT10S. */
    @WithDefault("PT10S")
    Duration connectTimeout();

    /** Longest silence while waiting for a response or its body; default PT30S. */
    @WithDefault("PT30S")
    Duration readTimeout();

    /** Delay before the first retry, doubled for each further one, with jitter; PT0.2S. */
    @WithDefault("PT0.2S")
    Duration retryBaseDelay();

    /** Cap on one retry delay, a server's Retry-After included; default PT30S. */
    @WithDefault("PT30S")
    Duration retryMaxDelay();

    /**
     * Address ranges that may be fetched although private (SCRAPELINE_ALLOWED_CIDRS); none by
     * default.
     */
    Optional<List<String>> allowedCidrs();

    /** How long a host's robots.txt is used before it is fetched again; default PT1H. */
    @WithDefault("PT1H")
    Duration robotsCacheTtl();

    /** Requests in flight to one host at once; default 2. */
    @WithDefault("2")
    int perHostMaxInFlight();

    /** Least time between the starts of two requests to one host; default PT1S. */
    @WithDefault("PT1S")
    Duration perHostMinDelay();
  }
}
