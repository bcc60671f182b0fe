package io.scrapeline.resultstore.fanout;

import static io.scrapeline.resultstore.InternalApiClient.create;
import static io.scrapeline.resultstore.InternalApiClient.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.scrapeline.local.EmbeddedStackTestResource;
import io.scrapeline.model.BatchKind;
import io.scrapeline.model.Format;
import io.scrapeline.model.ItemError;
import io.scrapeline.model.ItemErrorCode;
import io.scrapeline.model.ScrapeRequest;
import io.scrapeline.model.SitemapMetadata;
import io.scrapeline.model.SitemapResult;
import io.scrapeline.model.WireMessage;
import io.scrapeline.model.internal.BatchItem;
import io.scrapeline.model.internal.CreateBatch;
import io.scrapeline.model.json.WireJson;
import io.scrapeline.resultstore.Database;
import io.scrapeline.resultstore.ResultTopic;
import io.scrapeline.resultstore.TestBatches;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A sitemap batch with a {@code scrape} option: when it completes, its links become a child scrape
 * batch of the same tenant, whose requests are published to scrape.requests keyed by host.
 */
@QuarkusTest
@WithTestResource(EmbeddedStackTestResource.class)
class SitemapFanOutTest {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final SitemapMetadata METADATA = new SitemapMetadata(1, 200, 10L);

  /** The %test value of max-urls-per-batch. */
  private static final int MAX_URLS = 50;

  @Test
  void theLinksOfACompletedSitemapBatchBecomeAChildScrapeBatch() {
    String tenant = TestBatches.newTenant();
    UUID id = create(sitemapBatch(tenant, 3, scrapeOptions())).id();
    List<String> first = List.of("https://a.example/1", "https://b.example/2");
    List<String> second = List.of("https://b.example/2", "https://a.example/3");

    ResultTopic.publish(
        SitemapResult.completed(id, 0, TestBatches.url(0), first, METADATA),
        SitemapResult.failed(
            id, 1, TestBatches.url(1), new ItemError(ItemErrorCode.HTTP_ERROR, "HTTP 404"), null),
        SitemapResult.completed(id, 2, TestBatches.url(2), second, METADATA));

    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () ->
                status(id, tenant, BatchKind.SITEMAP, "")
                    .body("status", equalTo("completed"))
                    .body("scrape_batch_id", notNullValue())
                    .body("scrape_truncated", equalTo(false)));
    UUID child =
        UUID.fromString(
            status(id, tenant, BatchKind.SITEMAP, "").extract().path("scrape_batch_id"));
    status(child, tenant, BatchKind.SCRAPE, "")
        .body("status", equalTo("queued"))
        .body("total", equalTo(3))
        .body("invalid_urls.size()", equalTo(0))
        .body("config.formats", equalTo(List.of("markdown", "links")))
        .body("config.only_main_content", equalTo(false))
        .body("results.url", equalTo(List.of(first.get(0), first.get(1), second.get(1))))
        .body("results.input_index", equalTo(List.of(0, 1, 2)));
    status(child, TestBatches.newTenant(), BatchKind.SCRAPE, "").statusCode(404);

    List<ScrapeRequest> requests = awaitRequests(child, 3);
    assertThat(requests)
        .extracting(ScrapeRequest::url)
        .containsExactlyInAnyOrder(first.get(0), first.get(1), second.get(1));
    assertThat(requests).allMatch(request -> request.tenant().equals(tenant));
    assertThat(requests.get(0).options().formats()).containsExactly(Format.MARKDOWN, Format.LINKS);
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                Database.value(
                        "SELECT published_at IS NOT NULL FROM sitemap_fan_outs"
                            + " WHERE sitemap_batch_id = ?",
                        id)
                    .equals(Boolean.TRUE));
  }

  @Test
  void aChildBatchHoldsAtMostTheBatchLimitAndTheSitemapBatchSaysItWasTruncated() {
    String tenant = TestBatches.newTenant();
    UUID id = create(sitemapBatch(tenant, 1, scrapeOptions())).id();
    List<String> links =
        IntStream.range(0, MAX_URLS + 10).mapToObj(i -> "https://c.example/" + i).toList();

    ResultTopic.publish(
        SitemapResult.chunked(id, 0, TestBatches.url(0), links, 7, METADATA)
            .toArray(WireMessage[]::new));

    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () ->
                status(id, tenant, BatchKind.SITEMAP, "")
                    .body("scrape_truncated", equalTo(true))
                    .body("results[0].link_count", equalTo(MAX_URLS + 10)));
    UUID child =
        UUID.fromString(
            status(id, tenant, BatchKind.SITEMAP, "").extract().path("scrape_batch_id"));
    status(child, tenant, BatchKind.SCRAPE, "page_size=100")
        .body("total", equalTo(MAX_URLS))
        .body("results.url", equalTo(links.subList(0, MAX_URLS)));
    assertThat(awaitRequests(child, MAX_URLS)).hasSize(MAX_URLS);
  }

  @Test
  void withoutTheScrapeOptionOrWithoutLinksThereIsNoChildBatch() {
    String tenant = TestBatches.newTenant();
    UUID plain = create(sitemapBatch(tenant, 1, null)).id();
    UUID empty = create(sitemapBatch(tenant, 1, scrapeOptions())).id();

    ResultTopic.publish(
        SitemapResult.completed(
            plain, 0, TestBatches.url(0), List.of("https://d.example/"), METADATA),
        SitemapResult.failed(
            empty, 0, TestBatches.url(0), new ItemError(ItemErrorCode.TIMEOUT, "slow"), null));

    for (UUID id : List.of(plain, empty)) {
      await()
          .atMost(PATIENCE)
          .untilAsserted(
              () ->
                  status(id, tenant, BatchKind.SITEMAP, "")
                      .body("status", equalTo("completed"))
                      .body("scrape_batch_id", nullValue())
                      .body("scrape_truncated", nullValue()));
    }
    assertThat(
            Database.value(
                "SELECT count(*) FROM sitemap_fan_outs WHERE sitemap_batch_id IN (?, ?)",
                plain,
                empty))
        .isEqualTo(0L);
  }

  @Test
  void theChildBatchTakesTheSitemapBatchsTtlCountedFromItsOwnFinish() {
    String tenant = TestBatches.newTenant();
    Duration ttl = Duration.ofHours(3);
    UUID id = create(sitemapBatch(tenant, 1, scrapeOptions(), ttl)).id();
    // The sitemap batch ran for two hours: its ttl is not the time from submission to expiry.
    Database.ageBatch(id, Duration.ofHours(2));

    ResultTopic.publish(
        SitemapResult.completed(
            id, 0, TestBatches.url(0), List.of("https://e.example/1"), METADATA));

    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () ->
                status(id, tenant, BatchKind.SITEMAP, "")
                    .body("status", equalTo("completed"))
                    .body("scrape_batch_id", notNullValue()));
    UUID child =
        UUID.fromString(
            status(id, tenant, BatchKind.SITEMAP, "").extract().path("scrape_batch_id"));
    assertThat(
            Database.value(
                "SELECT expires_at = finished_at + interval '3 hours' FROM batches WHERE id = ?",
                id))
        .isEqualTo(true);
    assertThat(
            Database.value(
                "SELECT ttl = interval '3 hours' AND expires_at IS NULL FROM batches WHERE id = ?",
                child))
        .isEqualTo(true);
  }

  /** The child's requests on scrape.requests, once there are {@code n}, keyed by host. */
  private static List<ScrapeRequest> awaitRequests(UUID child, int n) {
    List<ScrapeRequest> found = new ArrayList<>();
    await()
        .atMost(PATIENCE)
        .until(
            () -> {
              found.clear();
              for (ConsumerRecord<String, byte[]> record :
                  ResultTopic.readAll(ResultTopic.TOPICS.scrapeRequests())) {
                ScrapeRequest request = WireJson.read(record.value(), ScrapeRequest.class);
                if (request.batchId().equals(child)) {
                  assertThat(record.key()).isEqualTo(java.net.URI.create(request.url()).getHost());
                  found.add(request);
                }
              }
              return found.size() >= n;
            });
    return found;
  }

  /** The {@code scrape} object the gateway stores: a scrape batch's config. */
  private static Map<String, Object> scrapeOptions() {
    Map<String, Object> scrape = new LinkedHashMap<>();
    scrape.put("formats", List.of("markdown", "links"));
    scrape.put("only_main_content", false);
    scrape.put("include_tags", List.of());
    scrape.put("exclude_tags", List.of());
    scrape.put("timeout_ms", 30000);
    scrape.put("max_retries", 1);
    scrape.put("headers", null);
    return scrape;
  }

  private static CreateBatch sitemapBatch(String tenant, int inputs, Map<String, Object> scrape) {
    return sitemapBatch(tenant, inputs, scrape, TestBatches.ONE_HOUR);
  }

  private static CreateBatch sitemapBatch(
      String tenant, int inputs, Map<String, Object> scrape, Duration ttl) {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("max_urls", 50000);
    config.put("follow_index", true);
    config.put("scrape", scrape);
    List<BatchItem> items =
        Stream.iterate(0, i -> i + 1)
            .limit(inputs)
            .map(i -> new BatchItem(i, TestBatches.url(i)))
            .toList();
    return new CreateBatch(
        UUID.randomUUID(),
        tenant,
        BatchKind.SITEMAP,
        items,
        List.of(),
        config,
        null,
        null,
        "hash",
        ttl,
        0);
  }
}
