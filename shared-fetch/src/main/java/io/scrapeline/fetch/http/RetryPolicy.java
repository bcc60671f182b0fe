package io.scrapeline.fetch.http;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter, so the retries of many workers hitting one struggling host do
 * not arrive in lockstep; a server's Retry-After wins but is capped, so one host cannot hold an
 * item (and its poll's commit) for an hour.
 */
public final class RetryPolicy {

  private final Duration base;
  private final Duration max;

  public RetryPolicy(Duration base, Duration max) {
    this.base = base;
    this.max = max;
  }

  /** The delay before retry number {@code retry + 1}. */
  public Duration delay(int retry, Optional<Duration> retryAfter) {
    if (retryAfter.isPresent()) {
      return min(retryAfter.get(), max);
    }
    long exponential = base.toNanos() << Math.min(retry, 30);
    long capped = Math.min(exponential < 0 ? Long.MAX_VALUE : exponential, max.toNanos());
    // "Equal jitter": between half and all of the exponential delay.
    long jittered = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
    return Duration.ofNanos(jittered);
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
