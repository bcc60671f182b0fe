package io.scrapeline.scrapeworker.kafka;

import io.scrapeline.model.ItemError;
import io.scrapeline.model.ItemErrorCode;
import io.scrapeline.model.ScrapeRequest;
import io.scrapeline.model.ScrapeResult;
import io.scrapeline.model.json.MalformedRecordException;
import io.scrapeline.model.json.WireJson;
import io.scrapeline.scrapeworker.service.CancelledBatches;
import io.scrapeline.scrapeworker.service.ScrapeMetrics;
import io.scrapeline.scrapeworker.service.ScrapeService;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Turns one request record into its work: a dead letter for an unreadable record, nothing for a
 * cancelled batch, else a scrape (the fetch waits for its host's turn without a thread, extraction
 * runs on the worker pool) followed by the result's publication. The returned future completes when
 * that work is safely in Kafka; it fails only when the record must be processed again (shutdown,
 * Kafka unavailable).
 */
final class RequestDispatcher {

  private static final Logger LOG = Logger.getLogger(RequestDispatcher.class);

  private final ScrapeService service;
  private final ResultPublisher publisher;
  private final CancelledBatches cancelled;
  private final ScrapeMetrics metrics;
  private final Executor workers;

  RequestDispatcher(
      ScrapeService service,
      ResultPublisher publisher,
      CancelledBatches cancelled,
      ScrapeMetrics metrics,
      Executor workers) {
    this.service = service;
    this.publisher = publisher;
    this.cancelled = cancelled;
    this.metrics = metrics;
    this.workers = workers;
  }

  CompletableFuture<Void> dispatch(ConsumerRecord<String, byte[]> record) {
    ScrapeRequest request;
    try {
      request = WireJson.read(record.value(), ScrapeRequest.class);
    } catch (MalformedRecordException e) {
      LOG.warnf(
          "dead-lettering record %s-%d@%d: %s",
          record.topic(), record.partition(), record.offset(), e.reason());
      metrics.deadLettered();
      return publisher.deadLetter(record, e.reason());
    }
    if (cancelled.isCancelled(request.batchId())) {
      metrics.skippedCancelled();
      return CompletableFuture.completedFuture(null);
    }
    CompletableFuture<Optional<ScrapeResult>> scraped;
    try {
      scraped = service.scrapeAsync(request, workers);
    } catch (RuntimeException e) {
      scraped = CompletableFuture.failedFuture(e);
    }
    return scraped
        .exceptionallyCompose(failure -> internalError(request, failure))
        .thenCompose(
            result ->
                result
                    .map(publisher::publish)
                    .orElseGet(() -> CompletableFuture.completedFuture(null)));
  }

  /**
   * Shutdown (the item is given back) and a full worker pool (the poll is redone) stay failures;
   * anything else is a bug, which must fail its item: an exception here would make the poll be
   * redone forever.
   */
  private CompletableFuture<Optional<ScrapeResult>> internalError(
      ScrapeRequest request, Throwable failure) {
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    if (cause instanceof CancellationException || cause instanceof RejectedExecutionException) {
      return CompletableFuture.failedFuture(cause);
    }
    LOG.errorf(cause, "scraping %s failed unexpectedly", request.url());
    metrics.pageFinished(ItemErrorCode.INTERNAL_ERROR.code());
    return CompletableFuture.completedFuture(
        Optional.of(
            ScrapeResult.failed(
                request.batchId(),
                request.inputIndex(),
                request.url(),
                new ItemError(ItemErrorCode.INTERNAL_ERROR, "unexpected failure: " + cause),
                null)));
  }
}
