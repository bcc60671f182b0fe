package io.scrapeline.scrapeworker.service;

import io.scrapeline.fetch.http.FetchOutcome;
import io.scrapeline.fetch.http.FetchRequest;
import io.scrapeline.fetch.http.PageFetcher;
import io.scrapeline.model.ItemError;
import io.scrapeline.model.ItemErrorCode;
import io.scrapeline.model.PageMetadata;
import io.scrapeline.model.ScrapeOptions;
import io.scrapeline.model.ScrapeRequest;
import io.scrapeline.model.ScrapeResult;
import io.scrapeline.model.url.UrlValidation;
import io.scrapeline.scrapeworker.extract.ExtractedPage;
import io.scrapeline.scrapeworker.extract.ExtractionException;
import io.scrapeline.scrapeworker.extract.PageExtractor;
import io.scrapeline.scrapeworker.extract.PageFacts;
import io.scrapeline.scrapeworker.extract.PageSource;
import io.scrapeline.worker.CancelledBatches;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.jboss.logging.Logger;

/**
 * Scrapes one request into exactly one result, success or failure: whatever goes wrong with the
 * page becomes an item error, never a lost item. Only shutdown (interruption) and a cancelled batch
 * produce no result.
 */
@ApplicationScoped
public class ScrapeService {

  private static final Logger LOG = Logger.getLogger(ScrapeService.class);

  private final PageFetcher fetcher;
  private final PageExtractor extractor;
  private final CancelledBatches cancelled;
  private final ScrapeMetrics metrics;

  @Inject
  public ScrapeService(
      PageFetcher fetcher,
      PageExtractor extractor,
      CancelledBatches cancelled,
      ScrapeMetrics metrics) {
    this.fetcher = fetcher;
    this.extractor = extractor;
    this.cancelled = cancelled;
    this.metrics = metrics;
  }

  /**
   * The result of {@code request}, or empty when its batch is cancelled; blocks the calling thread.
   *
   * @throws InterruptedException on shutdown: the item is given back, not reported
   */
  public Optional<ScrapeResult> scrape(ScrapeRequest request) throws InterruptedException {
    if (cancelled.isCancelled(request.batchId())) {
      metrics.skippedCancelled();
      return Optional.empty();
    }
    long started = System.nanoTime();
    Optional<URI> url = url(request);
    if (url.isEmpty()) {
      return Optional.of(finish(invalidUrl(request)));
    }
    FetchOutcome outcome = fetcher.fetch(fetchRequest(url.get(), request.options()));
    return Optional.of(finish(resultOf(request, outcome, started)));
  }

  /**
   * The result of {@code request}, or empty when its batch is cancelled, without holding a thread
   * while the page waits for its host's turn or the network: only extraction runs on {@code
   * extraction}. Fails with a {@link CancellationException} on shutdown (the item is given back,
   * not reported).
   */
  public CompletableFuture<Optional<ScrapeResult>> scrapeAsync(
      ScrapeRequest request, Executor extraction) {
    if (cancelled.isCancelled(request.batchId())) {
      metrics.skippedCancelled();
      return CompletableFuture.completedFuture(Optional.empty());
    }
    long started = System.nanoTime();
    Optional<URI> url = url(request);
    if (url.isEmpty()) {
      return CompletableFuture.completedFuture(Optional.of(finish(invalidUrl(request))));
    }
    return fetcher
        .fetchAsync(fetchRequest(url.get(), request.options()), extraction)
        .thenApplyAsync(
            outcome -> {
              try {
                return Optional.of(finish(resultOf(request, outcome, started)));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException(
                    "shutting down: " + request.url() + " is given back");
              }
            },
            extraction);
  }

  /** The request's URL; the gateway validated it, so a failure here is a bug on our side. */
  private static Optional<URI> url(ScrapeRequest request) {
    try {
      return Optional.of(UrlValidation.asciiUri(request.url()));
    } catch (IllegalArgumentException e) {
      LOG.warnf("invalid url reached the worker: %s", e.getMessage());
      return Optional.empty();
    }
  }

  private static ScrapeResult invalidUrl(ScrapeRequest request) {
    return failed(request, ItemErrorCode.INTERNAL_ERROR, "invalid url: " + request.url(), null);
  }

  private ScrapeResult resultOf(ScrapeRequest request, FetchOutcome outcome, long started)
      throws InterruptedException {
    if (!outcome.succeeded()) {
      return ScrapeResult.failed(
          request.batchId(),
          request.inputIndex(),
          request.url(),
          outcome.error(),
          metadata(outcome, PageFacts.none(), started));
    }
    return extracted(request, outcome, started);
  }

  private static FetchRequest fetchRequest(URI url, ScrapeOptions options) {
    return new FetchRequest(
        url, options.headers(), Duration.ofMillis(options.timeoutMs()), options.maxRetries());
  }

  private ScrapeResult extracted(ScrapeRequest request, FetchOutcome outcome, long started)
      throws InterruptedException {
    PageSource source =
        new PageSource(
            outcome.body(), outcome.contentType(), outcome.contentLanguage(), outcome.finalUrl());
    ItemError error;
    try {
      ExtractedPage page = extractor.extract(source, request.options());
      return ScrapeResult.completed(
          request.batchId(),
          request.inputIndex(),
          request.url(),
          page.data(),
          metadata(outcome, page.facts(), started));
    } catch (ExtractionException e) {
      error = new ItemError(e.code(), e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      // A hostile or odd page must fail its item, not the worker, and never vanish.
      LOG.warnf(e, "extraction of %s failed", request.url());
      error = new ItemError(ItemErrorCode.INTERNAL_ERROR, "extraction failed: " + e);
    }
    return ScrapeResult.failed(
        request.batchId(),
        request.inputIndex(),
        request.url(),
        error,
        metadata(outcome, PageFacts.none(), started));
  }

  private ScrapeResult finish(ScrapeResult result) {
    metrics.pageFinished(result.error() == null ? "completed" : result.error().code().code());
    return result;
  }

  private static ScrapeResult failed(
      ScrapeRequest request, ItemErrorCode code, String message, PageMetadata metadata) {
    return ScrapeResult.failed(
        request.batchId(),
        request.inputIndex(),
        request.url(),
        new ItemError(code, message),
        metadata);
  }

  private static PageMetadata metadata(FetchOutcome outcome, PageFacts facts, long started) {
    Integer status = outcome.statusCode();
    return new PageMetadata(
        status != null && status >= 100 && status <= 599 ? status : null,
        outcome.finalUrl() == null ? null : outcome.finalUrl().toString(),
        outcome.contentType(),
        facts.title(),
        facts.description(),
        facts.language(),
        facts.canonicalUrl(),
        facts.ogTitle(),
        facts.ogDescription(),
        facts.ogImage(),
        facts.siteName(),
        facts.degraded(),
        Duration.ofNanos(System.nanoTime() - started).toMillis(),
        outcome.retryCount(),
        Instant.now());
  }
}
