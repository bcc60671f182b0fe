package io.scrapeline.resultstore.kafka;

import io.scrapeline.model.BatchControl;
import io.scrapeline.model.Topics;
import io.scrapeline.model.json.WireJson;
import io.scrapeline.model.kafka.TopicLayout;
import io.scrapeline.resultstore.config.ResultStoreConfig;
import io.scrapeline.resultstore.service.StoreException;
import io.scrapeline.worker.RecordSender;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The result store's one producer (acks=all, idempotent): cancellations on batch.control,
 * unreadable result records on their dead-letter topics, and the scrape requests of sitemap
 * fan-outs.
 */
@ApplicationScoped
public class RecordPublisher {

  /** The header that tells why a record was dead-lettered. */
  public static final String DLQ_REASON_HEADER = "scrapeline.dlq.reason";

  /** Headers that tell where a dead-lettered record came from. */
  public static final String DLQ_TOPIC_HEADER = "scrapeline.dlq.topic";

  public static final String DLQ_PARTITION_HEADER = "scrapeline.dlq.partition";
  public static final String DLQ_OFFSET_HEADER = "scrapeline.dlq.offset";

  private final KafkaProducer<String, byte[]> producer;
  private final Topics topics;
  private final Duration controlTimeout;

  RecordPublisher(
      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
      @ConfigProperty(name = "scrapeline.topic-prefix") String topicPrefix,
      ResultStoreConfig config) {
    this.topics = Topics.withPrefix(topicPrefix);
    this.controlTimeout = config.controlPublishTimeout();
    this.producer =
        new KafkaProducer<>(
            Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG,
                "result-store",
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                controlTimeout.toMillis(),
                // A dead-lettered result can be as large as the largest result.
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                TopicLayout.RESULT_MAX_MESSAGE_BYTES + 65536),
            new StringSerializer(),
            new ByteArraySerializer());
  }

  /**
   * Publishes {@code control} keyed by its batch id and waits until Kafka acknowledged it.
   *
   * @throws StoreException {@code unavailable} when Kafka did not acknowledge it in time
   */
  public void publishControl(BatchControl control) {
    String key = control.batchId().toString();
    var record = new ProducerRecord<>(topics.batchControl(), key, WireJson.write(control));
    try {
      producer.send(record).get(controlTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      throw StoreException.unavailable("Kafka did not take the cancellation of batch " + key);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw StoreException.unavailable("interrupted while publishing the cancellation");
    }
  }

  /** Sends {@code record} unchanged to its topic's dead-letter topic, with the reason. */
  public Future<RecordMetadata> deadLetter(ConsumerRecord<String, byte[]> record, String reason) {
    var letter =
        new ProducerRecord<>(
            topics.dlq(record.topic()), null, record.key(), record.value(), record.headers());
    letter.headers().add(DLQ_REASON_HEADER, utf8(reason));
    letter.headers().add(DLQ_TOPIC_HEADER, utf8(record.topic()));
    letter.headers().add(DLQ_PARTITION_HEADER, utf8("" + record.partition()));
    letter.headers().add(DLQ_OFFSET_HEADER, utf8("" + record.offset()));
    return producer.send(letter);
  }

  /**
   * Sends every record and waits until Kafka acknowledged all of them (a fan-out's scrape
   * requests).
   *
   * @throws RecordSender.SendFailedException when some record was not acknowledged in time
   */
  public void publishAll(List<ProducerRecord<String, byte[]>> records, Duration timeout) {
    new RecordSender(producer).sendAllAndWait(records, timeout);
  }

  @PreDestroy
  void close() {
    producer.close(Duration.ofSeconds(5));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
