package io.scrapeline.resultstore;

import io.scrapeline.model.ItemError;
import io.scrapeline.model.ItemErrorCode;
import io.scrapeline.model.PageMetadata;
import io.scrapeline.model.ScrapeData;
import io.scrapeline.model.ScrapeResult;
import io.scrapeline.model.Topics;
import io.scrapeline.model.WireMessage;
import io.scrapeline.model.json.WireJson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/** Plays the workers' side of Kafka in tests: publishes results, reads what the store wrote. */
public final class ResultTopic {

  public static final Topics TOPICS = Topics.defaults();

  private static KafkaProducer<String, byte[]> producer;

  private ResultTopic() {}

  /** A completed result with Markdown "# Page i", a link and HTTP 200 metadata. */
  public static ScrapeResult completed(UUID batchId, int index) {
    ScrapeData data =
        new ScrapeData("# Page " + index, null, null, List.of("https://example.com/next"));
    return ScrapeResult.completed(
        batchId, index, TestBatches.url(index), data, metadata(200, "Page " + index));
  }

  public static ScrapeResult failed(UUID batchId, int index, ItemErrorCode code, Integer status) {
    return ScrapeResult.failed(
        batchId,
        index,
        TestBatches.url(index),
        new ItemError(code, code.code() + " at item " + index),
        status == null ? null : metadata(status, null));
  }

  public static PageMetadata metadata(int statusCode, String title) {
    return new PageMetadata(
        statusCode,
        "https://example.com/final",
        "text/html; charset=utf-8",
        title,
        null,
        "en",
        null,
        null,
        null,
        null,
        null,
        false,
        84L,
        0,
        Instant.parse("2026-11-23T10:00:00Z"));
  }

  /** Publishes each result to scrape.results keyed by its batch id, and waits for the acks. */
  public static void publish(WireMessage... results) {
    for (WireMessage result : results) {
      String topic =
          result instanceof ScrapeResult ? TOPICS.scrapeResults() : TOPICS.sitemapResults();
      send(topic, null, result.batchId().toString(), WireJson.write(result));
    }
  }

  /** Sends raw bytes, to a given partition or (null) to the key's. */
  public static RecordMetadata send(String topic, Integer partition, String key, byte[] value) {
    try {
      return producer()
          .send(new ProducerRecord<>(topic, partition, key, value))
          .get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("cannot publish to " + topic, e);
    }
  }

  /** Every record currently in {@code topic}, from the beginning. */
  public static List<ConsumerRecord<String, byte[]>> readAll(String topic) {
    Map<String, Object> config = Map.of("bootstrap.servers", bootstrapServers());
    try (var consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(info -> new TopicPartition(topic, info.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
      return records;
    }
  }

  private static synchronized KafkaProducer<String, byte[]> producer() {
    if (producer == null) {
      producer =
          new KafkaProducer<>(
              Map.of("bootstrap.servers", bootstrapServers(), "acks", "all"),
              new StringSerializer(),
              new ByteArraySerializer());
    }
    return producer;
  }

  private static String bootstrapServers() {
    return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
  }
}
