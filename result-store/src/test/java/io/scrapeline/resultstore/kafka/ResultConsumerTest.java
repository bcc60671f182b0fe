package io.scrapeline.resultstore.kafka;

import static io.restassured.RestAssured.given;
import static io.scrapeline.resultstore.InternalApiClient.cancel;
import static io.scrapeline.resultstore.InternalApiClient.create;
import static io.scrapeline.resultstore.InternalApiClient.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.scrapeline.local.EmbeddedStackTestResource;
import io.scrapeline.model.BatchKind;
import io.scrapeline.model.ItemErrorCode;
import io.scrapeline.model.PageMetadata;
import io.scrapeline.model.ScrapeData;
import io.scrapeline.model.ScrapeResult;
import io.scrapeline.model.SitemapMetadata;
import io.scrapeline.model.SitemapResult;
import io.scrapeline.model.internal.CreateBatch;
import io.scrapeline.model.json.WireJson;
import io.scrapeline.resultstore.ResultTopic;
import io.scrapeline.resultstore.TestBatches;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedStackTestResource.class)
class ResultConsumerTest {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Test
  void resultsFinishItemsAndTheLastOneCompletesTheBatch() {
    String tenant = TestBatches.newTenant();
    CreateBatch request = TestBatches.scrape(tenant, 2);
    UUID id = create(request).id();

    ResultTopic.publish(
        ResultTopic.completed(id, 0), ResultTopic.failed(id, 1, ItemErrorCode.HTTP_ERROR, 404));

    await()
        .atMost(PATIENCE)
        .untilAsserted(() -> status(id, tenant, "").body("status", equalTo("completed")));
    status(id, tenant, "")
        .body("completed", equalTo(1))
        .body("failed", equalTo(1))
        .body("cancelled", equalTo(0))
        .body("pending", equalTo(0))
        .body("finished_at", notNullValue())
        .body("results[0].status", equalTo("completed"))
        .body("results[0].data.markdown", equalTo("# Page 0"))
        .body("results[0].data.html", nullValue())
        .body("results[0].data.raw_html", nullValue())
        .body("results[0].data.links", contains("https://example.com/next"))
        .body("results[0].metadata.status_code", equalTo(200))
        .body("results[0].metadata.final_url", equalTo("https://example.com/final"))
        .body("results[0].metadata.title", equalTo("Page 0"))
        .body("results[0].metadata.duration_ms", equalTo(84))
        .body("results[0].metadata.scraped_at", equalTo("2026-11-23T10:00:00Z"))
        .body("results[0].error", nullValue())
        .body("results[1].status", equalTo("failed"))
        .body("results[1].data", nullValue())
        .body("results[1].metadata.status_code", equalTo(404))
        .body("results[1].error.code", equalTo("http_error"))
        .body("results[1].error.message", equalTo("http_error at item 1"));
  }

  @Test
  void theSameResultDeliveredTwiceIsCountedOnce() {
    String tenant = TestBatches.newTenant();
    UUID id = create(TestBatches.scrape(tenant, 3)).id();

    ResultTopic.publish(
        ResultTopic.completed(id, 0), ResultTopic.completed(id, 0), ResultTopic.completed(id, 1));
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () -> status(id, tenant, "").body("results[1].status", equalTo("completed")));
    status(id, tenant, "")
        .body("status", equalTo("running"))
        .body("completed", equalTo(2))
        .body("pending", equalTo(1))
        .body("finished_at", nullValue());

    ResultTopic.publish(ResultTopic.completed(id, 1), ResultTopic.completed(id, 2));
    await()
        .atMost(PATIENCE)
        .untilAsserted(() -> status(id, tenant, "").body("status", equalTo("completed")));
    status(id, tenant, "").body("completed", equalTo(3)).body("pending", equalTo(0));
  }

  @Test
  void aResultForACancelledItemChangesNothing() {
    String tenant = TestBatches.newTenant();
    UUID id = create(TestBatches.scrape(tenant, 2)).id();
    UUID marker = create(TestBatches.scrape(tenant, 1)).id();
    cancel(id, tenant).statusCode(200);

    RecordMetadata late = publishOne(ResultTopic.completed(id, 0));
    publishToPartition(ResultTopic.completed(marker, 0), late.partition());
    await()
        .atMost(PATIENCE)
        .untilAsserted(() -> status(marker, tenant, "").body("status", equalTo("completed")));

    status(id, tenant, "")
        .body("status", equalTo("cancelled"))
        .body("completed", equalTo(0))
        .body("cancelled", equalTo(2))
        .body("results.status", contains("cancelled", "cancelled"))
        .body("results[0].data", nullValue());
  }

  @Test
  void aResultForAnUnknownBatchIsIgnoredWithoutBlockingThePartition() {
    String tenant = TestBatches.newTenant();
    UUID id = create(TestBatches.scrape(tenant, 1)).id();

    RecordMetadata unknown = publishOne(ResultTopic.completed(UUID.randomUUID(), 0));
    publishToPartition(ResultTopic.completed(id, 0), unknown.partition());

    await()
        .atMost(PATIENCE)
        .untilAsserted(() -> status(id, tenant, "").body("status", equalTo("completed")));
  }

  @Test
  void anUnreadableRecordGoesToTheDeadLetterTopicAndLaterRecordsAreApplied() {
    String tenant = TestBatches.newTenant();
    UUID id = create(TestBatches.scrape(tenant, 1)).id();
    String garbageKey = "garbage-" + UUID.randomUUID();
    byte[] garbage = "{not json".getBytes(StandardCharsets.UTF_8);

    RecordMetadata poison =
        ResultTopic.send(ResultTopic.TOPICS.scrapeResults(), null, garbageKey, garbage);
    publishToPartition(ResultTopic.completed(id, 0), poison.partition());

    await()
        .atMost(PATIENCE)
        .untilAsserted(() -> status(id, tenant, "").body("status", equalTo("completed")));
    List<ConsumerRecord<String, byte[]>> letters =
        ResultTopic.readAll(ResultTopic.TOPICS.dlq(ResultTopic.TOPICS.scrapeResults())).stream()
            .filter(letter -> garbageKey.equals(letter.key()))
            .toList();
    assertThat(letters).hasSize(1);
    assertThat(letters.get(0).value()).isEqualTo(garbage);
    assertThat(header(letters.get(0), RecordPublisher.DLQ_REASON_HEADER))
        .startsWith("ScrapeResult: unparseable JSON");
    assertThat(header(letters.get(0), RecordPublisher.DLQ_OFFSET_HEADER))
        .isEqualTo("" + poison.offset());
  }

  @Test
  void aResultThatBreaksTheRecordRulesIsDeadLettered() {
    String key = "invalid-" + UUID.randomUUID();
    String completedWithoutData =
        """
        {"v": 1, "batch_id": "%s", "input_index": 0, "url": "https://a.example/",
         "status": "completed", "data": null}
        """
            .formatted(UUID.randomUUID());

    ResultTopic.send(
        ResultTopic.TOPICS.scrapeResults(),
        null,
        key,
        completedWithoutData.getBytes(StandardCharsets.UTF_8));

    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () ->
                assertThat(
                        ResultTopic.readAll(
                                ResultTopic.TOPICS.dlq(ResultTopic.TOPICS.scrapeResults()))
                            .stream()
                            .filter(letter -> key.equals(letter.key()))
                            .map(letter -> header(letter, RecordPublisher.DLQ_REASON_HEADER)))
                    .containsExactly(
                        "ScrapeResult: invalid value: a completed result must carry data"));
  }

  @Test
  void textWithNulCharactersIsStoredWithoutThem() {
    String tenant = TestBatches.newTenant();
    UUID id = create(TestBatches.scrape(tenant, 1)).id();
    PageMetadata metadata = ResultTopic.metadata(200, "nul\0title");

    ResultTopic.publish(
        ScrapeResult.completed(
            id, 0, TestBatches.url(0), new ScrapeData("a\0b", null, null, null), metadata));

    await()
        .atMost(PATIENCE)
        .untilAsserted(() -> status(id, tenant, "").body("status", equalTo("completed")));
    status(id, tenant, "")
        .body("results[0].data.markdown", equalTo("ab"))
        .body("results[0].metadata.title", equalTo("nultitle"));
  }

  @Test
  void aSitemapResultStoresItsLinksAndTheirCount() {
    String tenant = TestBatches.newTenant();
    CreateBatch request = TestBatches.sitemap(tenant, 2);
    UUID id = create(request).id();
    List<String> links = List.of("https://example.com/a", "https://example.com/b");

    ResultTopic.publish(
        SitemapResult.completed(
            id, 0, TestBatches.url(0), links, new SitemapMetadata(3, 200, 120L)),
        SitemapResult.failed(
            id,
            1,
            TestBatches.url(1),
            new io.scrapeline.model.ItemError(ItemErrorCode.DNS_FAILURE, "no such host"),
            null));

    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () -> status(id, tenant, BatchKind.SITEMAP, "").body("status", equalTo("completed")));
    status(id, tenant, BatchKind.SITEMAP, "")
        .body("completed", equalTo(1))
        .body("failed", equalTo(1))
        .body("results[0].links", equalTo(links))
        .body("results[0].link_count", equalTo(2))
        .body("results[0].metadata.sitemaps_fetched", equalTo(3))
        .body("results[0].metadata.status_code", equalTo(200))
        .body("results[0].metadata.duration_ms", equalTo(120))
        .body("results[0].error", nullValue())
        .body("results[1].links", nullValue())
        .body("results[1].link_count", nullValue())
        .body("results[1].error.code", equalTo("dns_failure"));
  }

  @Test
  void readinessCoversTheResultConsumer() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("checks.name", hasItem("Result consumer"))
        .body("checks.find { it.name == 'Result consumer' }.status", equalTo("UP"));
  }

  private static RecordMetadata publishOne(ScrapeResult result) {
    return ResultTopic.send(
        ResultTopic.TOPICS.scrapeResults(),
        null,
        result.batchId().toString(),
        WireJson.write(result));
  }

  /** Same partition as an earlier record: once this one is applied, so was the earlier one. */
  private static void publishToPartition(ScrapeResult result, int partition) {
    ResultTopic.send(
        ResultTopic.TOPICS.scrapeResults(),
        partition,
        result.batchId().toString(),
        WireJson.write(result));
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
