package io.scrapeline.scrapeworker.kafka;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.scrapeline.fetch.fixtures.FixtureServer;
import io.scrapeline.local.EmbeddedStackTestResource;
import io.scrapeline.model.BatchControl;
import io.scrapeline.model.Format;
import io.scrapeline.model.ItemErrorCode;
import io.scrapeline.model.ItemStatus;
import io.scrapeline.model.ScrapeOptions;
import io.scrapeline.model.ScrapeRequest;
import io.scrapeline.model.ScrapeResult;
import io.scrapeline.model.Topics;
import io.scrapeline.model.json.WireJson;
import io.scrapeline.worker.RecordSender;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The running worker with a real broker: requests in, results out, for pages on loopback. */
@QuarkusTest
@WithTestResource(EmbeddedStackTestResource.class)
class ScrapePipelineTest {

  private static final Topics TOPICS = Topics.defaults();
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private static FixtureServer news;
  private static FixtureServer docs;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  private KafkaProducer<String, byte[]> producer;

  @BeforeAll
  static void startSites() {
    news = FixtureServer.start("127.0.0.2");
    docs = FixtureServer.start("127.0.0.3");
    news.html("/article", page("news-article.html"))
        .page("/gone", 404, "text/html", "<p>gone</p>".getBytes(StandardCharsets.UTF_8));
    docs.html("/config", page("docs-page.html"));
  }

  @AfterAll
  static void stopSites() {
    news.close();
    docs.close();
  }

  @BeforeEach
  void createProducer() {
    producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "all"),
            new StringSerializer(),
            new ByteArraySerializer());
  }

  @AfterEach
  void closeProducer() {
    producer.close();
  }

  @Test
  void everyRequestOfABatchGetsExactlyOneResult() throws Exception {
    UUID batch = UUID.randomUUID();
    ScrapeOptions options =
        new ScrapeOptions(
            List.of(Format.MARKDOWN, Format.HTML, Format.RAW_HTML, Format.LINKS),
            true,
            List.of(),
            List.of(),
            Map.of(),
            10_000,
            1);
    List<URI> urls =
        List.of(news.url("/article"), docs.url("/config"), news.url("/gone"), news.url("/article"));
    for (int index = 0; index < urls.size(); index++) {
      send(batch, index, urls.get(index), options);
    }

    Map<Integer, ScrapeResult> results = awaitResults(batch, 4);

    assertThat(results).containsOnlyKeys(0, 1, 2, 3);
    assertArticle(results.get(0));
    assertThat(results.get(3).data()).isEqualTo(results.get(0).data());

    ScrapeResult config = results.get(1);
    assertThat(config.data().markdown()).contains("```java", "| `workers` |");
    assertThat(config.metadata().description())
        .isEqualTo("Every setting of Tideline with its default.");

    ScrapeResult gone = results.get(2);
    assertThat(gone.status()).isEqualTo(ItemStatus.FAILED);
    assertThat(gone.error().code()).isEqualTo(ItemErrorCode.HTTP_ERROR);
    assertThat(gone.metadata().statusCode()).isEqualTo(404);

    given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("scrapeline_pages_fetched_total{outcome=\"completed\""))
        .body(containsString("scrapeline_pages_fetched_total{outcome=\"http_error\""));
  }

  private void assertArticle(ScrapeResult article) {
    assertThat(article.status()).isEqualTo(ItemStatus.COMPLETED);
    assertThat(article.data().markdown())
        .startsWith("# Harbour bridge reopens after two-year refit")
        .doesNotContain("Accept cookies");
    assertThat(article.data().html()).startsWith("<article>");
    assertThat(article.data().rawHtml()).isEqualTo(page("news-article.html"));
    assertThat(article.data().links()).contains(news.url("/sport").toString());
    assertThat(article.metadata().title())
        .isEqualTo("Harbour bridge reopens after two-year refit | The Coastal Herald");
    assertThat(article.metadata().language()).isEqualTo("en-GB");
    assertThat(article.metadata().canonicalUrl())
        .isEqualTo(news.url("/news/2026/11/harbour-bridge-reopens").toString());
    assertThat(article.metadata().siteName()).isEqualTo("The Coastal Herald");
    assertThat(article.metadata().statusCode()).isEqualTo(200);
    assertThat(article.metadata().finalUrl()).isEqualTo(news.url("/article").toString());
  }

  @Test
  void aCancelledBatchIsSkippedWithoutFetchingAnything() throws Exception {
    UUID cancelled = UUID.randomUUID();
    UUID sentinel = UUID.randomUUID();
    producer
        .send(
            new ProducerRecord<>(
                TOPICS.batchControl(),
                cancelled.toString(),
                WireJson.write(BatchControl.cancel(cancelled, Instant.now()))))
        .get();
    for (int index = 0; index < 3; index++) {
      news.html("/cancelled/" + index, "<p>never fetched</p>");
      send(cancelled, index, news.url("/cancelled/" + index), ScrapeOptions.defaults());
    }
    // Same host key, so the same partition, published after: once its result is out, the
    // cancelled requests before it have been dealt with.
    send(sentinel, 0, news.url("/article"), ScrapeOptions.defaults());

    awaitResults(sentinel, 1);

    try (TopicReader results = new TopicReader(bootstrapServers, TOPICS.scrapeResults())) {
      assertThat(results.readToEnd())
          .noneMatch(record -> record.key().equals(cancelled.toString()));
    }
    for (int index = 0; index < 3; index++) {
      assertThat(news.hits("/cancelled/" + index)).isZero();
    }
  }

  @Test
  void aGarbageRecordGoesToTheDeadLetterTopicAndLaterRecordsStillWork() throws Exception {
    String host = news.url("/").getHost();
    producer
        .send(
            new ProducerRecord<>(
                TOPICS.scrapeRequests(), host, "{not json".getBytes(StandardCharsets.UTF_8)))
        .get();
    UUID batch = UUID.randomUUID();
    send(batch, 0, news.url("/article"), ScrapeOptions.defaults());

    assertThat(awaitResults(batch, 1).get(0).status()).isEqualTo(ItemStatus.COMPLETED);
    try (TopicReader dlq = new TopicReader(bootstrapServers, TOPICS.dlq(TOPICS.scrapeRequests()))) {
      ConsumerRecord<String, byte[]> dead =
          await()
              .atMost(PATIENCE)
              .until(
                  () ->
                      dlq.poll().stream()
                          .filter(
                              r ->
                                  new String(r.value(), StandardCharsets.UTF_8).equals("{not json"))
                          .findFirst(),
                  found -> found.isPresent())
              .orElseThrow();
      assertThat(dead.key()).isEqualTo(host);
      assertThat(
              new String(
                  dead.headers().lastHeader(RecordSender.DLQ_REASON).value(),
                  StandardCharsets.UTF_8))
          .contains("unparseable JSON");
    }
  }

  @Test
  void theConnectorCommitsTheRequestsOnceTheirResultsAreInKafka() throws Exception {
    UUID batch = UUID.randomUUID();
    for (int index = 0; index < 3; index++) {
      send(batch, index, docs.url("/config"), ScrapeOptions.defaults());
    }

    awaitResults(batch, 3);

    // The throttled commit strategy commits once a second: every request taken so far, all acked.
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
      await().atMost(PATIENCE).until(() -> committedOffsets(admin).equals(endOffsets(admin)));
    }
  }

  private Map<TopicPartition, Long> committedOffsets(Admin admin) throws Exception {
    return admin
        .listConsumerGroupOffsets(WorkerKafka.GROUP_ID)
        .partitionsToOffsetAndMetadata()
        .get()
        .entrySet()
        .stream()
        .filter(entry -> entry.getKey().topic().equals(TOPICS.scrapeRequests()))
        .filter(entry -> entry.getValue() != null && entry.getValue().offset() > 0)
        .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
  }

  /** The end of every partition of the request topic that holds anything. */
  private Map<TopicPartition, Long> endOffsets(Admin admin) throws Exception {
    List<TopicPartition> partitions =
        admin
            .describeTopics(List.of(TOPICS.scrapeRequests()))
            .allTopicNames()
            .get()
            .values()
            .stream()
            .flatMap(
                topic ->
                    topic.partitions().stream()
                        .map(info -> new TopicPartition(topic.name(), info.partition())))
            .toList();
    Map<TopicPartition, OffsetSpec> latest =
        partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
    return admin.listOffsets(latest).all().get().entrySet().stream()
        .filter(entry -> entry.getValue().offset() > 0)
        .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
  }

  private void send(UUID batch, int index, URI url, ScrapeOptions options) throws Exception {
    send(ScrapeRequest.of(batch, "acme", index, url.toString(), options, Instant.now()));
  }

  private void send(ScrapeRequest request) throws Exception {
    String host = URI.create(request.url()).getHost();
    producer
        .send(new ProducerRecord<>(TOPICS.scrapeRequests(), host, WireJson.write(request)))
        .get();
  }

  /** Waits for {@code count} results of {@code batch} and checks there is no more than that. */
  private Map<Integer, ScrapeResult> awaitResults(UUID batch, int count) {
    try (TopicReader reader = new TopicReader(bootstrapServers, TOPICS.scrapeResults())) {
      await().atMost(PATIENCE).until(() -> resultsOf(batch, reader.poll()).size() >= count);
      List<ScrapeResult> results = resultsOf(batch, reader.readToEnd());
      assertThat(results).hasSize(count);
      return results.stream()
          .collect(Collectors.toMap(ScrapeResult::inputIndex, Function.identity()));
    }
  }

  private static List<ScrapeResult> resultsOf(
      UUID batch, List<ConsumerRecord<String, byte[]>> records) {
    return records.stream()
        .filter(record -> record.key().equals(batch.toString()))
        .map(record -> WireJson.read(record.value(), ScrapeResult.class))
        .toList();
  }

  private static String page(String name) {
    try (InputStream in = ScrapePipelineTest.class.getResourceAsStream("/pages/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
