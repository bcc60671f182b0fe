package io.scrapeline.fetch;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Every setting of the fetch core, with the defaults of {@link #defaults()}; each worker fills it
 * from its own configuration. Documented, with the defaults, in shared-fetch/README.md.
 *
 * @param userAgent User-Agent sent unless a request names its own; its product token (up to the
 *     first '/') is also the name we obey in robots.txt
 * @param maxRedirects redirect hops followed before too_many_redirects
 * @param maxBodyBytes largest body, on the wire and decompressed alike (body_too_large beyond)
 * @param connectTimeout longest wait for a TCP connection (and again for a TLS handshake)
 * @param readTimeout longest silence while waiting for a response or its body
 * @param retryBaseDelay delay before the first retry, doubled for each further one, with jitter
 * @param retryMaxDelay cap on one retry delay, a server's Retry-After included
 * @param allowedCidrs address ranges that may be fetched although private (none by default)
 * @param ignoreRobots skip robots.txt entirely (deployments that only fetch their own sites)
 * @param robotsCacheTtl how long a host's robots.txt is used before it is fetched again
 * @param robotsTimeout time budget of one robots.txt fetch
 * @param maxCrawlDelay cap on a robots.txt Crawl-delay
 * @param perHostMaxInFlight requests in flight to one host at once
 * @param perHostMinDelay least time between the starts of two requests to one host
 * @param maxInFlight requests in flight at once, all hosts together
 * @param dnsCacheTtl how long a checked DNS answer is reused
 */
public record FetchSettings(
    String userAgent,
    int maxRedirects,
    int maxBodyBytes,
    Duration connectTimeout,
    Duration readTimeout,
    Duration retryBaseDelay,
    Duration retryMaxDelay,
    List<String> allowedCidrs,
    boolean ignoreRobots,
    Duration robotsCacheTtl,
    Duration robotsTimeout,
    Duration maxCrawlDelay,
    int perHostMaxInFlight,
    Duration perHostMinDelay,
    int maxInFlight,
    Duration dnsCacheTtl) {

  /** Largest robots.txt read; RFC 9309 asks crawlers to parse at least 500 KiB. */
  public static final int ROBOTS_MAX_BYTES = 512 * 1024;

  /** Validates every field and copies the list. */
  public FetchSettings {
    Objects.requireNonNull(userAgent, "userAgent");
    if (userAgent.isBlank()) {
      throw new IllegalArgumentException("userAgent must not be blank");
    }
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("maxRedirects must be at least 0");
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be at least 1");
    }
    if (perHostMaxInFlight < 1 || maxInFlight < 1) {
      throw new IllegalArgumentException("in-flight limits must be at least 1");
    }
    positive(connectTimeout, "connectTimeout");
    positive(readTimeout, "readTimeout");
    positive(robotsTimeout, "robotsTimeout");
    notNegative(retryBaseDelay, "retryBaseDelay");
    notNegative(retryMaxDelay, "retryMaxDelay");
    notNegative(robotsCacheTtl, "robotsCacheTtl");
    notNegative(maxCrawlDelay, "maxCrawlDelay");
    notNegative(perHostMinDelay, "perHostMinDelay");
    notNegative(dnsCacheTtl, "dnsCacheTtl");
    allowedCidrs = List.copyOf(Objects.requireNonNull(allowedCidrs, "allowedCidrs"));
  }

  /** The defaults: a polite production crawler that fetches nothing private. */
  public static FetchSettings defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these settings. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The robots.txt product token: the User-Agent up to its first '/' or space, lower case. */
  public String robotsAgent() {
    String token = userAgent.trim().split("[/\\s]", 2)[0];
    return token.toLowerCase(java.util.Locale.ROOT);
  }

  private static void positive(Duration value, String name) {
    notNegative(value, name);
    if (value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }

  private static void notNegative(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative");
    }
  }

  /** Builds {@link FetchSettings}; every field starts at its documented default. */
  public static final class Builder {
    private String userAgent = "Scrapeline/0.1 (+https://github.com/scrapeline)";
    private int maxRedirects = 10;
    private int maxBodyBytes = 10 * 1024 * 1024;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration retryBaseDelay = Duration.ofMillis(200);
    private Duration retryMaxDelay = Duration.ofSeconds(30);
    private List<String> allowedCidrs = List.of();
    private boolean ignoreRobots;
    private Duration robotsCacheTtl = Duration.ofHours(1);
    private Duration robotsTimeout = Duration.ofSeconds(10);
    private Duration maxCrawlDelay = Duration.ofSeconds(10);
    private int perHostMaxInFlight = 2;
    private Duration perHostMinDelay = Duration.ofSeconds(1);
    private int maxInFlight = 64;
    private Duration dnsCacheTtl = Duration.ofMinutes(1);

    private Builder() {}

    private Builder(FetchSettings from) {
      userAgent = from.userAgent();
      maxRedirects = from.maxRedirects();
      maxBodyBytes = from.maxBodyBytes();
      connectTimeout = from.connectTimeout();
      readTimeout = from.readTimeout();
      retryBaseDelay = from.retryBaseDelay();
      retryMaxDelay = from.retryMaxDelay();
      allowedCidrs = from.allowedCidrs();
      ignoreRobots = from.ignoreRobots();
      robotsCacheTtl = from.robotsCacheTtl();
      robotsTimeout = from.robotsTimeout();
      maxCrawlDelay = from.maxCrawlDelay();
      perHostMaxInFlight = from.perHostMaxInFlight();
      perHostMinDelay = from.perHostMinDelay();
      maxInFlight = from.maxInFlight();
      dnsCacheTtl = from.dnsCacheTtl();
    }

    public Builder userAgent(String value) {
      userAgent = value;
      return this;
    }

    public Builder maxRedirects(int value) {
      maxRedirects = value;
      return this;
    }

    public Builder maxBodyBytes(int value) {
      maxBodyBytes = value;
      return this;
    }

    public Builder connectTimeout(Duration value) {
      connectTimeout = value;
      return this;
    }

    public Builder readTimeout(Duration value) {
      readTimeout = value;
      return this;
    }

    public Builder retryBaseDelay(Duration value) {
      retryBaseDelay = value;
      return this;
    }

    public Builder retryMaxDelay(Duration value) {
      retryMaxDelay = value;
      return this;
    }

    public Builder allowedCidrs(List<String> value) {
      allowedCidrs = value;
      return this;
    }

    public Builder ignoreRobots(boolean value) {
      ignoreRobots = value;
      return this;
    }

    public Builder robotsCacheTtl(Duration value) {
      robotsCacheTtl = value;
      return this;
    }

    public Builder robotsTimeout(Duration value) {
      robotsTimeout = value;
      return this;
    }

    public Builder maxCrawlDelay(Duration value) {
      maxCrawlDelay = value;
      return this;
    }

    public Builder perHostMaxInFlight(int value) {
      perHostMaxInFlight = value;
      return this;
    }

    public Builder perHostMinDelay(Duration value) {
      perHostMinDelay = value;
      return this;
    }

    public Builder maxInFlight(int value) {
      maxInFlight = value;
      return this;
    }

    public Builder dnsCacheTtl(Duration value) {
      dnsCacheTtl = value;
      return this;
    }

    public FetchSettings build() {
      return new FetchSettings(
          userAgent,
          maxRedirects,
          maxBodyBytes,
          connectTimeout,
          readTimeout,
          retryBaseDelay,
          retryMaxDelay,
          allowedCidrs,
          ignoreRobots,
          robotsCacheTtl,
          robotsTimeout,
          maxCrawlDelay,
          perHostMaxInFlight,
          perHostMinDelay,
          maxInFlight,
          dnsCacheTtl);
    }
  }
}
