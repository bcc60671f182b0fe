package io.scrapeline.scrapeworker.kafka;

import io.scrapeline.model.ItemError;
import io.scrapeline.model.ItemErrorCode;
import io.scrapeline.model.ScrapeResult;
import io.scrapeline.model.Topics;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** Publishes results and dead letters; each future completes when Kafka acknowledged the record. */
final class ResultPublisher {

  /** Why a record went to the dead-letter topic. */
  static final String DLQ_REASON = "scrapeline.dlq.reason";

  /** Where the dead letter came from, so an operator can find and replay it. */
  static final String DLQ_SOURCE = "scrapeline.dlq.source";

  private final Producer<String, byte[]> producer;
  private final Topics topics;
  private final CappedResultWriter writer;

  ResultPublisher(Producer<String, byte[]> producer, Topics topics, CappedResultWriter writer) {
    this.producer = producer;
    this.topics = topics;
    this.writer = writer;
  }

  /** Publishes {@code result} to scrape.results, keyed by batch id. */
  CompletableFuture<Void> publish(ScrapeResult result) {
    byte[] value = writer.write(result);
    return send(new ProducerRecord<>(topics.scrapeResults(), key(result), value))
        .exceptionallyCompose(
            failure ->
                failure instanceof RecordTooLargeException && result.data() != null
                    ? publish(tooLarge(result))
                    : CompletableFuture.failedFuture(failure));
  }

  /** Publishes the unreadable {@code record} as it is to its topic's dead-letter topic. */
  CompletableFuture<Void> deadLetter(ConsumerRecord<String, byte[]> record, String reason) {
    Headers headers = new RecordHeaders(record.headers().toArray());
    headers.add(DLQ_REASON, reason.getBytes(StandardCharsets.UTF_8));
    String source = record.topic() + "-" + record.partition() + "@" + record.offset();
    headers.add(DLQ_SOURCE, source.getBytes(StandardCharsets.UTF_8));
    return send(
        new ProducerRecord<>(
            topics.dlq(record.topic()), null, record.key(), record.value(), headers));
  }

  private CompletableFuture<Void> send(ProducerRecord<String, byte[]> record) {
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

  private static String key(ScrapeResult result) {
    return result.batchId().toString();
  }

  /** The broker refused the record although it was capped: report the item rather than loop. */
  private static ScrapeResult tooLarge(ScrapeResult result) {
    return ScrapeResult.failed(
        result.batchId(),
        result.inputIndex(),
        result.url(),
        new ItemError(ItemErrorCode.INTERNAL_ERROR, "the result is too large to deliver"),
        result.metadata());
  }
}
