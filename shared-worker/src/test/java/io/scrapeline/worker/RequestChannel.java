package io.scrapeline.worker;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * Stands in for the Kafka connector's channel: messages of one partition carrying their consumer
 * record (created now) as Kafka metadata, delivered only on demand (as the connector delivers
 * them), with the offsets in the order they were acknowledged.
 */
final class RequestChannel {

  private final String topic;
  private final UnicastProcessor<Message<byte[]>> offered = UnicastProcessor.create();
  private final AtomicLong nextOffset = new AtomicLong();
  private final AtomicInteger delivered = new AtomicInteger();
  private final List<Long> acknowledged = new CopyOnWriteArrayList<>();

  RequestChannel(String topic) {
    this.topic = topic;
  }

  void offer(String key, byte[] value) {
    long offset = nextOffset.getAndIncrement();
    ConsumerRecord<String, byte[]> record =
        new ConsumerRecord<>(
            topic,
            0,
            offset,
            System.currentTimeMillis(),
            TimestampType.CREATE_TIME,
            -1,
            value.length,
            key,
            value,
            new RecordHeaders(),
            Optional.empty());
    offered.onNext(
        Message.of(
            value,
            Metadata.of(new IncomingKafkaRecordMetadata<>(record, "requests")),
            () -> {
              acknowledged.add(offset);
              return CompletableFuture.completedFuture(null);
            }));
  }

  Multi<Message<byte[]>> messages() {
    return offered.onItem().invoke(delivered::incrementAndGet);
  }

  int delivered() {
    return delivered.get();
  }

  List<Long> acknowledged() {
    return List.copyOf(acknowledged);
  }
}
