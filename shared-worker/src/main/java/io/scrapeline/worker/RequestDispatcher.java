package io.scrapeline.worker;

import io.scrapeline.model.json.MalformedRecordException;
import io.scrapeline.model.json.WireJson;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.jboss.logging.Logger;

/**
 * Turns one request record into its work: a dead letter for an unreadable record, nothing for a
 * cancelled batch, else the handler on the worker pool followed by the publication of its records.
 * The returned future completes when that work is safely in Kafka; it fails only when the record
 * must be processed again (shutdown, Kafka unavailable).
 */
final class RequestDispatcher<R> {

  private static final Logger LOG = Logger.getLogger(RequestDispatcher.class);

  private final RequestHandler<R> handler;
  private final RecordSender sender;
  private final CancelledBatches cancelled;
  private final WorkerEvents events;
  private final Executor workers;

  RequestDispatcher(
      RequestHandler<R> handler,
      RecordSender sender,
      CancelledBatches cancelled,
      WorkerEvents events,
      Executor workers) {
    this.handler = handler;
    this.sender = sender;
    this.cancelled = cancelled;
    this.events = events;
    this.workers = workers;
  }

  CompletableFuture<Void> dispatch(ConsumerRecord<String, byte[]> record) {
    R request;
    try {
      request = WireJson.read(record.value(), handler.requestType());
    } catch (MalformedRecordException e) {
      LOG.warnf(
          "dead-lettering record %s-%d@%d: %s",
          record.topic(), record.partition(), record.offset(), e.reason());
      events.deadLettered();
      return sender.deadLetter(record, e.reason());
    }
    if (cancelled.isCancelled(handler.batchId(request))) {
      events.skippedCancelled();
      return CompletableFuture.completedFuture(null);
    }
    CompletableFuture<List<ProducerRecord<String, byte[]>>> handled;
    try {
      handled = handler.handleAsync(request, workers);
    } catch (RuntimeException e) {
      handled = CompletableFuture.failedFuture(e);
    }
    return handled
        .exceptionallyCompose(failure -> unexpected(request, failure))
        .thenCompose(records -> publish(request, records));
  }

  /**
   * Shutdown (the request is given back) and a full worker pool (the poll is redone) stay failures;
   * anything else is a bug, which must finish its request: an exception here would make the poll be
   * redone forever.
   */
  private CompletableFuture<List<ProducerRecord<String, byte[]>>> unexpected(
      R request, Throwable failure) {
    Throwable cause = unwrap(failure);
    if (cause instanceof CancellationException || cause instanceof RejectedExecutionException) {
      return CompletableFuture.failedFuture(cause);
    }
    LOG.errorf(cause, "handling %s failed unexpectedly", handler.describe(request));
    RuntimeException bug =
        cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    return CompletableFuture.completedFuture(handler.unexpectedFailure(request, bug));
  }

  private CompletableFuture<Void> publish(R request, List<ProducerRecord<String, byte[]>> records) {
    List<CompletableFuture<Void>> acknowledged = new ArrayList<>(records.size());
    for (ProducerRecord<String, byte[]> record : records) {
      acknowledged.add(
          sender
              .send(record)
              .exceptionallyCompose(failure -> replaceIfTooLarge(request, record, failure)));
    }
    return CompletableFuture.allOf(acknowledged.toArray(CompletableFuture[]::new));
  }

  /** The broker refused a record as too large: publish the handler's replacement, if any. */
  private CompletableFuture<Void> replaceIfTooLarge(
      R request, ProducerRecord<String, byte[]> refused, Throwable failure) {
    Throwable cause = unwrap(failure);
    if (cause instanceof RecordTooLargeException) {
      return handler
          .replacementForTooLarge(request, refused)
          .map(sender::send)
          .orElseGet(() -> CompletableFuture.failedFuture(cause));
    }
    return CompletableFuture.failedFuture(cause);
  }

  /** The failure a CompletableFuture stage wrapped, or {@code failure} itself. */
  static Throwable unwrap(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause()
        : failure;
  }
}
