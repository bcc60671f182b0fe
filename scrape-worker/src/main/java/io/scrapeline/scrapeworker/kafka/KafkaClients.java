package io.scrapeline.scrapeworker.kafka;

import io.scrapeline.model.kafka.TopicLayout;
import io.scrapeline.scrapeworker.config.WorkerConfig;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Creates the worker's Kafka clients from the {@code kafka.*} configuration (bootstrap servers and,
 * in Kubernetes, security settings) plus the settings our delivery guarantees depend on.
 */
@ApplicationScoped
public class KafkaClients {

  /** Every scrape worker shares one group: Kafka spreads the request partitions over them. */
  public static final String GROUP_ID = "scrapeline-scrape-worker";

  /**
   * Ten minutes. The loop keeps calling poll (with its partitions paused) while a poll's requests
   * are in flight, so this only trips when the loop itself is stuck; it is generous so that even a
   * long GC pause or a slow commit does not cost a rebalance.
   */
  static final int MAX_POLL_INTERVAL_MS = 600_000;

  /** A result is capped at max-record-bytes (8 MiB by default) before compression; room above. */
  static final int MAX_REQUEST_BYTES = TopicLayout.RESULT_MAX_MESSAGE_BYTES;

  private final Map<String, Object> kafka;
  private final WorkerConfig config;

  @Inject
  public KafkaClients(
      @Identifier("default-kafka-broker") Map<String, Object> kafka, WorkerConfig config) {
    this.kafka = Map.copyOf(kafka);
    this.config = config;
  }

  /** The group member that takes scrape requests; commits only by hand, after the results. */
  Consumer<String, byte[]> requestConsumer() {
    Map<String, Object> props = base();
    props.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP_ID);
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, "scrape-worker-requests");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.maxPollRecords());
    props.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, MAX_POLL_INTERVAL_MS);
    return consumer(props);
  }

  /** A group-less reader of batch.control: every worker must see every cancellation. */
  Consumer<String, byte[]> controlConsumer() {
    Map<String, Object> props = base();
    props.remove(ConsumerConfig.GROUP_ID_CONFIG);
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, "scrape-worker-control");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    // Short fetch waits keep the "caught up" check the request loop waits for quick.
    props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
    return consumer(props);
  }

  /** The producer of results and dead letters: nothing acknowledged is ever lost or doubled. */
  Producer<String, byte[]> producer() {
    Map<String, Object> props = base();
    props.remove(ConsumerConfig.GROUP_ID_CONFIG);
    props.put(ProducerConfig.CLIENT_ID_CONFIG, "scrape-worker-results");
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
    props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_REQUEST_BYTES);
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    return new KafkaProducer<>(props);
  }

  private Map<String, Object> base() {
    return new HashMap<>(kafka);
  }

  private static Consumer<String, byte[]> consumer(Map<String, Object> props) {
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    return new KafkaConsumer<>(props);
  }
}
