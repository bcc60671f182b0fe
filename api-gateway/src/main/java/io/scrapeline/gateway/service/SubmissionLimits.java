package io.scrapeline.gateway.service;

import io.scrapeline.gateway.config.GatewayConfig;
import io.scrapeline.gateway.rest.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-tenant submission rate: a token bucket per tenant and gateway replica ({@code
 * submit-rate-per-minute} submissions a minute, bursts up to {@code submit-burst}). Over it, 429
 * {@code rate_limited} with the seconds until the next token in {@code Retry-After}.
 */
@ApplicationScoped
public class SubmissionLimits {

  private final double tokensPerNano;
  private final double burst;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  public SubmissionLimits(GatewayConfig config) {
    this.tokensPerNano = config.submitRatePerMinute() / 60e9;
    this.burst = Math.max(1, config.submitBurst());
  }

  /** Takes one submission token of the tenant, or refuses with 429. */
  public void acquire(String tenant) {
    long waitNanos =
        buckets.computeIfAbsent(tenant, key -> new Bucket(burst)).take(System.nanoTime());
    if (waitNanos > 0) {
      int seconds = (int) Math.max(1, Math.ceil(waitNanos / 1e9));
      throw ApiException.rateLimited("too many submissions; retry in " + seconds + " s", seconds);
    }
  }

  private final class Bucket {
    private double tokens;
    private long last;

    Bucket(double tokens) {
      this.tokens = tokens;
      this.last = System.nanoTime();
    }

    /** 0 when a token was taken, else the nanoseconds until one is available. */
    synchronized long take(long now) {
      tokens = Math.min(burst, tokens + (now - last) * tokensPerNano);
      last = now;
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return (long) ((1 - tokens) / tokensPerNano);
    }
  }
}
