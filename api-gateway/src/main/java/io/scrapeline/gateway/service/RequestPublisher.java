package io.scrapeline.gateway.service;

import io.scrapeline.gateway.config.GatewayConfig;
import io.scrapeline.model.Topics;
import io.scrapeline.model.internal.BatchItem;
import io.scrapeline.worker.RecordSender;
import io.scrapeline.worker.RequestRecords;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes one request per URL, keyed by host so that one worker sees all of a host's URLs, and
 * returns only when Kafka acknowledged every one of them (shared-worker's {@link RecordSender}, as
 * the result store publishes the child batches of sitemap fan-outs).
 */
@ApplicationScoped
public class RequestPublisher {

  private static final int LINGER_MS = 5;
  private static final int MAX_REQUEST_TIMEOUT_MS = 10_000;

  private final KafkaProducer<String, byte[]> producer;
  private final RecordSender sender;
  private final Topics topics;
  private final Duration timeout;

  public RequestPublisher(
      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
      @ConfigProperty(name = "scrapeline.topic-prefix") String prefix,
      GatewayConfig config) {
    this.topics = Topics.withPrefix(prefix);
    this.timeout = config.publishTimeout();
    this.producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.COMPRESSION_TYPE_CONFIG,
                "zstd",
                ProducerConfig.LINGER_MS_CONFIG,
                LINGER_MS,
                ProducerConfig.BATCH_SIZE_CONFIG,
                256 * 1024,
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                5_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                deliveryTimeoutMs(timeout),
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                requestTimeoutMs(timeout)),
            new StringSerializer(),
            new ByteArraySerializer());
    this.sender = new RecordSender(producer);
  }

  /**
   * Kafka refuses a delivery timeout below linger plus request timeout (the producer then cannot
   * even be built), so a short publish timeout shortens the request timeout with it.
   */
  static int requestTimeoutMs(Duration publishTimeout) {
    return Math.max(
        1, Math.min(MAX_REQUEST_TIMEOUT_MS, deliveryTimeoutMs(publishTimeout) - LINGER_MS));
  }

  static int deliveryTimeoutMs(Duration publishTimeout) {
    return (int) Math.max(LINGER_MS + 1, Math.min(Integer.MAX_VALUE, publishTimeout.toMillis()));
  }

  /**
   * Sends every request and waits for all acknowledgements.
   *
   * @throws PublishFailedException when any request was not acknowledged in time
   */
  public void publish(UUID batchId, String tenant, List<BatchItem> items, WorkOrder order) {
    Instant now = Instant.now();
    String topic = order.topic(topics);
    List<ProducerRecord<String, byte[]>> records = new ArrayList<>(items.size());
    for (BatchItem item : items) {
      records.add(
          RequestRecords.keyedByHost(topic, item.url(), order.request(batchId, tenant, item, now)));
    }
    try {
      sender.sendAllAndWait(records, timeout);
    } catch (RecordSender.SendFailedException e) {
      throw new PublishFailedException(e);
    }
  }

  @PreDestroy
  void close() {
    producer.close(Duration.ofSeconds(10));
  }

  /** Not every request of a batch reached Kafka. */
  public static final class PublishFailedException extends RuntimeException {
    PublishFailedException(Throwable cause) {
      super("publishing to Kafka failed: " + cause.getMessage(), cause);
    }
  }
}
