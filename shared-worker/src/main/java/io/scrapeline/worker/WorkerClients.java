package io.scrapeline.worker;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Creates a worker's Kafka clients from the deployment's {@code kafka.*} configuration (bootstrap
 * servers and, in Kubernetes, security settings) plus the settings the delivery guarantees depend
 * on.
 *
 * @param kafka the deployment's client properties
 * @param groupId the consumer group every replica of the worker shares
 * @param clientId the prefix of the clients' ids, e.g. {@code sitemap-worker}
 * @param maxPollRecords requests taken from Kafka in one poll
 * @param maxRequestBytes the largest request the producer sends (a record plus its batch overhead)
 */
public record WorkerClients(
    Map<String, Object> kafka,
    String groupId,
    String clientId,
    int maxPollRecords,
    int maxRequestBytes) {

  /**
   * How often the connector commits what was acknowledged. Short, because it is also how long its
   * graceful shutdown waits for requests that were given back.
   */
  static final int COMMIT_INTERVAL_MS = 1000;

  /** Takes an immutable copy of the properties. */
  public WorkerClients {
    kafka = Map.copyOf(kafka);
  }

  /**
   * The configuration of the request channel for SmallRye Reactive Messaging's Kafka connector (a
   * {@code kafka-configuration} bean; the deployment's {@code kafka.*} properties come on top by
   * themselves): manual commits by the throttled strategy, which commits the highest offset below
   * which every request is acknowledged, and cooperative rebalancing, so that a partition that
   * stays here is never taken away and redone while its requests are in flight.
   *
   * @param topic the request topic
   * @param unfinishedMaxAge how long a request may stay unacknowledged before the channel reports
   *     itself unhealthy (a stuck request holds back its partition's commits)
   */
  public Map<String, Object> requestChannel(String topic, Duration unfinishedMaxAge) {
    Map<String, Object> props = new HashMap<>();
    props.put("topic", topic);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId + "-requests");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put("commit-strategy", "throttled");
    // An int, as the connector reads it: a Long here would be ignored for the default of 60 s.
    props.put(
        "throttled.unprocessed-record-max-age.ms", Math.toIntExact(unfinishedMaxAge.toMillis()));
    props.put(ConsumerConfig.AUTO_COMMIT_INTERVAL_MS_CONFIG, COMMIT_INTERVAL_MS);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
    props.put(
        ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG,
        CooperativeStickyAssignor.class.getName());
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    return props;
  }

  /** A group-less reader of batch.control: every worker must see every cancellation. */
  public Consumer<String, byte[]> controlConsumer() {
    Map<String, Object> props = base();
    props.remove(ConsumerConfig.GROUP_ID_CONFIG);
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId + "-control");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    // Short fetch waits keep the "caught up" check that requests wait for quick.
    props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
    return consumer(props);
  }

  /** The producer of results and dead letters: nothing acknowledged is ever lost or doubled. */
  public Producer<String, byte[]> producer() {
    Map<String, Object> props = base();
    props.remove(ConsumerConfig.GROUP_ID_CONFIG);
    props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId + "-results");
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
    props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maxRequestBytes);
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
