package io.scrapeline.fetch.http;

import io.scrapeline.model.ItemErrorCode;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A whole fetch on top of single exchanges: redirects followed here (so each hop is counted and
 * goes through the {@link HopGate} and the address policy again), retries with backoff for
 * transient failures, the final response judged (status, content type) and decoded under the byte
 * cap. Asynchronous throughout: waiting for a retry or a host's turn holds no thread.
 *
 * <p>An attempt's {@code timeout} budgets the time spent on the network, all hops together; time
 * queued behind the gate (politeness) is not counted.
 */
public final class HttpPageFetcher {

  private final HttpExchanger exchanger;
  private final int maxRedirects;
  private final RetryPolicy retryPolicy;
  private final ScheduledExecutorService timer;
  private final Executor decoding;

  /**
   * @param maxRedirects redirect hops followed before too_many_redirects
   * @param timer schedules the retries
   * @param decoding runs decompression, off the client's I/O threads
   */
  public HttpPageFetcher(
      HttpExchanger exchanger,
      int maxRedirects,
      RetryPolicy retryPolicy,
      ScheduledExecutorService timer,
      Executor decoding) {
    this.exchanger = exchanger;
    this.maxRedirects = maxRedirects;
    this.retryPolicy = retryPolicy;
    this.timer = timer;
    this.decoding = decoding;
  }

  /**
   * Fetches {@code request}: completes with its outcome (failures included), or exceptionally with
   * a {@link CancellationException} on shutdown.
   */
  public CompletableFuture<FetchOutcome> fetch(
      FetchRequest request, BodyRules rules, HopGate gate) {
    return attempts(new Fetch(request, rules, gate), 0);
  }

  /** What stays the same across the attempts and hops of one fetch. */
  private record Fetch(FetchRequest request, BodyRules rules, HopGate gate) {}

  /** One attempt's outcome and whether (and when) it may be retried. */
  private record Attempt(
      FetchOutcome outcome, boolean retriable, Optional<Duration> retryAfter, URI url) {

    static Attempt of(FetchOutcome outcome) {
      return new Attempt(outcome, false, Optional.empty(), outcome.finalUrl());
    }

    static Attempt failed(FetchFailure failure, URI url) {
      ResponseHead head = failure.head();
      FetchOutcome outcome =
          FetchOutcome.failed(
              failure.code(),
              failure.getMessage(),
              head == null ? null : head.status(),
              url,
              head == null ? null : head.contentType());
      return new Attempt(outcome, failure.isTransient(), Optional.empty(), url);
    }
  }

  private CompletableFuture<FetchOutcome> attempts(Fetch fetch, int retry) {
    return hop(fetch, fetch.request().url(), 0, fetch.request().timeout().toNanos())
        .thenCompose(
            attempt -> {
              if (!attempt.retriable() || retry >= fetch.request().maxRetries()) {
                return CompletableFuture.completedFuture(attempt.outcome().withRetryCount(retry));
              }
              Duration delay = retryPolicy.delay(retry, attempt.retryAfter());
              if (attempt.retryAfter().isPresent()) {
                fetch.gate().slowDown(attempt.url(), delay);
              }
              return after(delay).thenCompose(ignored -> attempts(fetch, retry + 1));
            });
  }

  /** Hop number {@code hop} of an attempt, at {@code uri}, with {@code budgetNanos} left. */
  private CompletableFuture<Attempt> hop(Fetch fetch, URI uri, int hop, long budgetNanos) {
    if (budgetNanos <= 0) {
      return CompletableFuture.completedFuture(
          Attempt.failed(
              new FetchFailure(
                  ItemErrorCode.TIMEOUT, "no time left within " + fetch.request().timeout()),
              uri));
    }
    AtomicLong started = new AtomicLong();
    CompletableFuture<RawResponse> exchange;
    try {
      exchange =
          fetch
              .gate()
              .through(
                  uri,
                  () -> {
                    started.set(System.nanoTime());
                    return exchanger.exchange(
                        uri,
                        fetch.request().headers(),
                        Duration.ofNanos(budgetNanos),
                        fetch.rules());
                  });
    } catch (RuntimeException e) {
      exchange = CompletableFuture.failedFuture(e);
    }
    return exchange
        .handle((response, failure) -> new Hop(response, failure))
        .thenCompose(
            result -> {
              if (result.failure() != null) {
                return failedHop(result.failure(), uri);
              }
              long spent = System.nanoTime() - started.get();
              return answered(fetch, uri, hop, budgetNanos - spent, result.response());
            });
  }

  /** A hop's response or failure. */
  private record Hop(RawResponse response, Throwable failure) {}

  private static CompletableFuture<Attempt> failedHop(Throwable thrown, URI uri) {
    Throwable cause =
        thrown instanceof CompletionException && thrown.getCause() != null
            ? thrown.getCause()
            : thrown;
    if (cause instanceof CancellationException) {
      return CompletableFuture.failedFuture(cause);
    }
    return CompletableFuture.completedFuture(
        Attempt.failed(FailureClassifier.classify(cause), uri));
  }

  private CompletableFuture<Attempt> answered(
      Fetch fetch, URI uri, int hop, long budgetNanos, RawResponse response) {
    ResponseHead head = response.head();
    if (!ResponseRules.isRedirect(head)) {
      if (response.body() == null || response.body().length == 0) {
        return CompletableFuture.completedFuture(judge(response, uri, fetch.rules()));
      }
      return CompletableFuture.supplyAsync(() -> judge(response, uri, fetch.rules()), decoding);
    }
    if (hop >= maxRedirects) {
      return CompletableFuture.completedFuture(
          Attempt.failed(
              new FetchFailure(
                      ItemErrorCode.TOO_MANY_REDIRECTS, "more than " + maxRedirects + " redirects")
                  .withHead(head),
              uri));
    }
    String location = head.header("Location");
    Optional<URI> next = LenientUri.resolve(uri, location).filter(LenientUri::isWeb);
    if (next.isEmpty()) {
      return CompletableFuture.completedFuture(
          Attempt.failed(
              new FetchFailure(
                      ItemErrorCode.HTTP_ERROR,
                      "redirect to an unusable location '" + location + "'")
                  .withHead(head),
              uri));
    }
    return hop(fetch, next.get(), hop + 1, budgetNanos);
  }

  /** The final response as an attempt: an error status, an unusable type, or a page. */
  private static Attempt judge(RawResponse response, URI url, BodyRules rules) {
    ResponseHead head = response.head();
    int status = head.status();
    String contentType = head.contentType();
    if (status >= 400) {
      FetchOutcome outcome =
          FetchOutcome.failed(ItemErrorCode.HTTP_ERROR, "HTTP " + status, status, url, contentType);
      return new Attempt(
          outcome, ResponseRules.isRetriable(status), ResponseRules.retryAfter(head), url);
    }
    if (!rules.accepts(contentType)) {
      return Attempt.of(
          FetchOutcome.failed(
              ItemErrorCode.UNSUPPORTED_CONTENT_TYPE,
              "content type '" + ResponseRules.mediaType(contentType) + "' is not supported",
              status,
              url,
              contentType));
    }
    try {
      byte[] raw = response.body() == null ? new byte[0] : response.body();
      byte[] body =
          ContentDecoding.decode(
              raw, head.header("Content-Encoding"), rules.maxBytes(), rules.truncate());
      return Attempt.of(
          FetchOutcome.fetched(status, url, contentType, head.header("Content-Language"), body));
    } catch (FetchFailure failure) {
      return Attempt.of(
          FetchOutcome.failed(failure.code(), failure.getMessage(), status, url, contentType));
    }
  }

  private CompletableFuture<Void> after(Duration delay) {
    CompletableFuture<Void> elapsed = new CompletableFuture<>();
    timer.schedule(() -> elapsed.complete(null), delay.toNanos(), TimeUnit.NANOSECONDS);
    return elapsed;
  }
}
