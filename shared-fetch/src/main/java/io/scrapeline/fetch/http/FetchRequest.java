package io.scrapeline.fetch.http;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * One page to fetch.
 *
 * @param url an absolute http or https URL
 * @param headers extra request headers; deny-listed ones (see {@link RequestHeaders}) are dropped
 * @param timeout the budget of one attempt: connect, redirects and body included
 * @param maxRetries how often a retriable failure is retried
 */
public record FetchRequest(URI url, Map<String, String> headers, Duration timeout, int maxRetries) {

  /** Validates the fields and takes an immutable copy of the headers. */
  public FetchRequest {
    Objects.requireNonNull(url, "url");
    headers = headers == null ? Map.of() : Map.copyOf(headers);
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive but was " + timeout);
    }
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be at least 0 but was " + maxRetries);
    }
  }
}
