package io.scrapeline.worker;

import io.scrapeline.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Sends records through one producer and reports when Kafka acknowledged them: each future
 * completes on the broker's acknowledgement (with {@code acks=all}: once every in-sync replica has
 * the record) or fails with the producer's error.
 */
public final class RecordSender {

  /** Why a record went to the dead-letter topic. */
  public static final String DLQ_REASON = "scrapeline.dlq.reason";

  /** Where the dead letter came from ({@code topic-partition@offset}), to find and replay it. */
  public static final String DLQ_SOURCE = "scrapeline.dlq.source";

  private final Producer<String, byte[]> producer;

  public RecordSender(Producer<String, byte[]> producer) {
    this.producer = producer;
  }

  /** Sends {@code record}; the future completes when Kafka acknowledged it. */
  public CompletableFuture<Void> send(ProducerRecord<String, byte[]> record) {
    CompletableFuture<Void> acknowledged = new CompletableFuture<>();
    try {
      producer.send(
          record,
          (metadata, failure) -> {
            if (failure == null) {
              acknowledged.complete(null);
            } else {
              acknowledged.completeExceptionally(failure);
            }
          });
    } catch (KafkaException e) {
      acknowledged.completeExceptionally(e);
    }
    return acknowledged;
  }

  /** Sends every record at once; the future completes when Kafka acknowledged all of them. */
  public CompletableFuture<Void> sendAll(List<ProducerRecord<String, byte[]>> records) {
    List<CompletableFuture<Void>> acknowledgements = new ArrayList<>(records.size());
    for (ProducerRecord<String, byte[]> record : records) {
      acknowledgements.add(send(record));
    }
    return CompletableFuture.allOf(acknowledgements.toArray(CompletableFuture[]::new));
  }

  /**
   * Sends every record and waits until Kafka acknowledged all of them.
   *
   * @throws SendFailedException when a record was refused or not acknowledged within {@code
   *     timeout}; some records may have been written (publishing again is safe only where the
   *     readers are idempotent)
   */
  public void sendAllAndWait(List<ProducerRecord<String, byte[]>> records, Duration timeout) {
    try {
      sendAll(records).get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SendFailedException("interrupted while waiting for Kafka", e);
    } catch (ExecutionException e) {
      throw new SendFailedException("Kafka refused a record: " + e.getCause().getMessage(), e);
    } catch (TimeoutException e) {
      throw new SendFailedException("Kafka did not acknowledge within " + timeout, e);
    }
  }

  /**
   * Publishes the unreadable {@code record} as it is to its topic's dead-letter topic ({@code
   * <topic>.dlq}), with the reason and where it came from in headers.
   */
  public CompletableFuture<Void> deadLetter(ConsumerRecord<String, byte[]> record, String reason) {
    Headers headers = new RecordHeaders(record.headers().toArray());
    headers.add(DLQ_REASON, reason.getBytes(StandardCharsets.UTF_8));
    String source = record.topic() + "-" + record.partition() + "@" + record.offset();
    headers.add(DLQ_SOURCE, source.getBytes(StandardCharsets.UTF_8));
    return send(
        new ProducerRecord<>(
            record.topic() + Topics.DLQ_SUFFIX, null, record.key(), record.value(), headers));
  }

  /** Not every record reached Kafka. */
  public static final class SendFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SendFailedException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
