package io.scrapeline.sitemapworker.kafka;

import io.scrapeline.model.SitemapRequest;
import io.scrapeline.model.SitemapResult;
import io.scrapeline.model.Topics;
import io.scrapeline.model.json.WireJson;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Plays the gateway and the result store around the worker: publishes sitemap requests, reads the
 * results back (every record of sitemap.results, from the beginning, without a group).
 */
final class SitemapTopics implements AutoCloseable {

  static final Topics TOPICS = Topics.defaults();

  private final KafkaProducer<String, byte[]> producer;
  private final KafkaConsumer<String, byte[]> consumer;
  private final List<ConsumerRecord<String, byte[]>> results = new ArrayList<>();

  SitemapTopics(String bootstrapServers) {
    producer =
        new KafkaProducer<>(
            Map.of("bootstrap.servers", bootstrapServers, "acks", "all"),
            new StringSerializer(),
            new ByteArraySerializer());
    consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false),
            new StringDeserializer(),
            new ByteArrayDeserializer());
    String topic = TOPICS.sitemapResults();
    List<TopicPartition> partitions =
        consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
            .map(info -> new TopicPartition(topic, info.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
  }

  /** Publishes a request for {@code url} in a batch of its own, keyed by host like the gateway. */
  SitemapRequest request(String url, int maxUrls, boolean followIndex) {
    SitemapRequest request =
        SitemapRequest.of(UUID.randomUUID(), "acme", 0, url, maxUrls, followIndex, Instant.now());
    try {
      producer
          .send(
              new ProducerRecord<>(
                  TOPICS.sitemapRequests(), URI.create(url).getHost(), WireJson.write(request)))
          .get();
    } catch (Exception e) {
      throw new IllegalStateException("cannot publish " + request, e);
    }
    return request;
  }

  /** The records of {@code batchId} read so far, after one more poll, in their order. */
  List<ConsumerRecord<String, byte[]>> recordsOf(UUID batchId) {
    consumer.poll(Duration.ofMillis(200)).forEach(results::add);
    return results.stream().filter(r -> batchId.toString().equals(r.key())).toList();
  }

  /** The results of {@code batchId} read so far. */
  List<SitemapResult> resultsOf(UUID batchId) {
    return recordsOf(batchId).stream()
        .map(r -> WireJson.read(r.value(), SitemapResult.class))
        .toList();
  }

  @Override
  public void close() {
    producer.close();
    consumer.close();
  }
}
