package io.scrapeline.fetch.robots;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import io.scrapeline.fetch.http.FetchOutcome;
import io.scrapeline.model.ItemErrorCode;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * robots.txt per origin (scheme, host, port), parsed with crawler-commons' SimpleRobotRulesParser
 * and cached with a TTL. Concurrent requests for one origin share one fetch (Caffeine's {@link
 * AsyncCache#get(Object, java.util.function.BiFunction)}). What a response means follows RFC 9309:
 *
 * <ul>
 *   <li>2xx: the file's rules for our product token (else for {@code *});
 *   <li>4xx ("unavailable"), and more redirects than the fetcher follows: allow everything;
 *   <li>429 and 5xx ("unreachable"): disallow everything (robots_disallowed), asked again soon;
 *   <li>network failures (connect, TLS, timeout): the page is not fetched either, and its attempt
 *       fails with that same code; not cached, so the item's retry asks again (requests waiting at
 *       that moment share the one failed fetch).
 * </ul>
 */
public final class RobotsCache {

  /** 429 and 5xx are asked again after this at most, so a recovering host is not shut out long. */
  static final Duration FAILURE_TTL = Duration.ofMinutes(1);

  private final Function<URI, CompletableFuture<FetchOutcome>> fetch;
  private final List<String> agents;
  private final Duration maxCrawlDelay;
  private final Executor parsing;
  private final AsyncCache<String, HostRobots> cache;

  /**
   * @param fetch fetches a robots.txt URL (redirects, politeness and address policy included)
   * @param agent our product token, matched against User-agent lines (e.g. "scrapeline")
   * @param ttl how long a fetched robots.txt is used
   * @param maxCrawlDelay Crawl-delay values above this are capped to it
   * @param parsing runs the parser
   */
  public RobotsCache(
      Function<URI, CompletableFuture<FetchOutcome>> fetch,
      String agent,
      Duration ttl,
      Duration maxCrawlDelay,
      Executor parsing) {
    this.fetch = fetch;
    this.agents = List.of(agent.toLowerCase(Locale.ROOT));
    this.maxCrawlDelay = maxCrawlDelay;
    this.parsing = parsing;
    Duration failureTtl = ttl.compareTo(FAILURE_TTL) < 0 ? ttl : FAILURE_TTL;
    this.cache =
        Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfter(new TtlByKind(ttl, failureTtl))
            .executor(parsing)
            .buildAsync();
  }

  /**
   * What robots.txt says about {@code url}; fetches the origin's file when it is not cached.
   * Completes exceptionally only with a {@link java.util.concurrent.CancellationException} on
   * shutdown.
   */
  public CompletableFuture<RobotsVerdict> verdict(URI url) {
    String origin = origin(url);
    return cache
        .get(origin, (key, executor) -> load(key))
        .thenApply(robots -> robots.verdict(url.toString(), maxCrawlDelay));
  }

  /** The cache key, and the base of the robots.txt URL: {@code scheme://host:port}. */
  static String origin(URI url) {
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    int port = url.getPort() >= 0 ? url.getPort() : scheme.equals("https") ? 443 : 80;
    return scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + ":" + port;
  }

  private CompletableFuture<HostRobots> load(String origin) {
    URI robotsUrl = URI.create(origin + "/robots.txt");
    return fetch.apply(robotsUrl).thenApplyAsync(outcome -> interpret(robotsUrl, outcome), parsing);
  }

  private HostRobots interpret(URI robotsUrl, FetchOutcome outcome) {
    if (outcome.succeeded()) {
      SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE, 5);
      SimpleRobotRules rules =
          parser.parseContent(robotsUrl.toString(), outcome.body(), outcome.contentType(), agents);
      return HostRobots.of(rules, null, false);
    }
    ItemErrorCode code = outcome.error().code();
    Integer status = outcome.statusCode();
    return switch (code) {
      case HTTP_ERROR ->
          status != null && status >= 400 && status < 500 && status != 429
              ? allowAll()
              : HostRobots.of(
                  new SimpleRobotRules(RobotRulesMode.ALLOW_NONE),
                  "robots.txt answered "
                      + (status == null ? "an error" : "HTTP " + status)
                      + ", which RFC 9309 treats as a complete disallow",
                  true);
      // More hops than we follow, or a file we cannot decode: "unavailable", like a 404.
      case TOO_MANY_REDIRECTS, PARSE_ERROR, BODY_TOO_LARGE, UNSUPPORTED_CONTENT_TYPE -> allowAll();
      default -> HostRobots.unreachable(code, outcome.error().message());
    };
  }

  private static HostRobots allowAll() {
    return HostRobots.of(new SimpleRobotRules(RobotRulesMode.ALLOW_ALL), null, false);
  }

  /**
   * Fetched files live for the TTL, server errors for the (shorter) failure TTL, network failures
   * not at all: requests waiting for the fetch share its answer, later ones fetch again.
   */
  private record TtlByKind(Duration ttl, Duration failureTtl)
      implements Expiry<String, HostRobots> {

    @Override
    public long expireAfterCreate(String key, HostRobots value, long currentTime) {
      if (value.unreachable() != null) {
        return 0;
      }
      return (value.temporary() ? failureTtl : ttl).toNanos();
    }

    @Override
    public long expireAfterUpdate(
        String key, HostRobots value, long currentTime, long currentDuration) {
      return expireAfterCreate(key, value, currentTime);
    }

    @Override
    public long expireAfterRead(
        String key, HostRobots value, long currentTime, long currentDuration) {
      return currentDuration;
    }
  }
}
