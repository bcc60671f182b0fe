package io.scrapeline.fetch.http;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * What every request (each redirect hop and each retry) passes before it is sent: robots.txt and
 * the host's turn, in the crawler's fetcher; nothing in tests of the HTTP core.
 */
public interface HopGate {

  /**
   * Runs {@code exchange} for {@code hop} once it may go, without blocking the caller. Completes
   * like the exchange, or exceptionally with a {@link FetchFailure} when the hop may not be made
   * (e.g. robots_disallowed).
   */
  <T> CompletableFuture<T> through(URI hop, Supplier<CompletableFuture<T>> exchange);

  /** The server asked for a pause (Retry-After): requests to its host should wait that long. */
  default void slowDown(URI hop, Duration pause) {}

  /** A gate that lets every request through at once. */
  static HopGate open() {
    return new HopGate() {
      @Override
      public <T> CompletableFuture<T> through(URI hop, Supplier<CompletableFuture<T>> exchange) {
        return exchange.get();
      }
    };
  }
}
