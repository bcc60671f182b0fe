package io.scrapeline.fetch.http;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Fetches one page: robots.txt, politeness, the address policy, redirects, retries, size caps and
 * error classification included. A small interface (StormCrawler's {@code Protocol}) so that
 * extraction and the Kafka loop do not depend on the HTTP client behind it.
 */
public interface PageFetcher {

  /**
   * Fetches {@code request}, blocking the calling thread; every failure that is the page's or the
   * network's fault comes back as a failed outcome, never as an exception.
   *
   * @throws InterruptedException when the worker is shutting down; the item must not be reported
   */
  FetchOutcome fetch(FetchRequest request) throws InterruptedException;

  /**
   * Fetches {@code request} without holding a thread while it waits (for its host's turn, the
   * network, a retry). Completes with the outcome, or exceptionally with a {@link
   * java.util.concurrent.CancellationException} when the fetcher shuts down (the item must then not
   * be reported). This default runs the blocking {@link #fetch} on {@code executor}.
   */
  default CompletableFuture<FetchOutcome> fetchAsync(FetchRequest request, Executor executor) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return fetch(request);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(
                new java.util.concurrent.CancellationException("interrupted: shutting down"));
          }
        },
        executor);
  }
}
