package io.scrapeline.worker;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * What a worker does with one request: the part of a consume, process, produce worker that is its
 * own. {@link RequestWorker} reads the request, skips it when its batch is cancelled, runs {@link
 * #handleAsync} (by default {@link #handle} on the worker pool), publishes the records it returns
 * and commits the request only once Kafka acknowledged every one of them.
 *
 * @param <R> the request record type, read with the wire format's JSON setup
 */
public interface RequestHandler<R> {

  /** The record type of the request topic. */
  Class<R> requestType();

  /** The batch {@code request} belongs to, checked against batch.control cancellations. */
  UUID batchId(R request);

  /**
   * {@code request} as the log names it when handling it failed unexpectedly; by default its batch.
   */
  default String describe(R request) {
    return "a request of batch " + batchId(request);
  }

  /**
   * Processes {@code request} and returns the records to publish (results keyed by batch id, as a
   * rule). Failures that are the request's own (an unreachable site, a malformed document) are
   * results too, never exceptions.
   *
   * @throws InterruptedException when the worker shuts down: the request is given back unreported
   */
  List<ProducerRecord<String, byte[]>> handle(R request) throws InterruptedException;

  /**
   * Processes {@code request} without blocking the loop: by default {@link #handle} on {@code
   * workers}. A handler whose work waits without holding a thread (an asynchronous fetch) overrides
   * this and uses {@code workers} only for its CPU-bound part. The future fails with a {@link
   * CancellationException} when the worker shuts down (the request is given back), and with any
   * other exception for a bug (see {@link #unexpectedFailure}).
   */
  default CompletableFuture<List<ProducerRecord<String, byte[]>>> handleAsync(
      R request, Executor workers) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return handle(request);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("shutting down: the request is given back");
          }
        },
        workers);
  }

  /**
   * The records that report an unexpected failure of {@link #handle} (a bug): the request must
   * finish, or the poll would be redone forever.
   */
  List<ProducerRecord<String, byte[]>> unexpectedFailure(R request, RuntimeException failure);

  /**
   * A record to publish instead of {@code refused}, which the broker refused as too large; empty to
   * redo the request later.
   */
  default Optional<ProducerRecord<String, byte[]>> replacementForTooLarge(
      R request, ProducerRecord<String, byte[]> refused) {
    return Optional.empty();
  }
}
