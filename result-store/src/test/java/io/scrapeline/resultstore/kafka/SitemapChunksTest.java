package io.scrapeline.resultstore.kafka;

import static io.scrapeline.resultstore.InternalApiClient.api;
import static io.scrapeline.resultstore.InternalApiClient.create;
import static io.scrapeline.resultstore.InternalApiClient.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.scrapeline.local.EmbeddedStackTestResource;
import io.scrapeline.model.BatchKind;
import io.scrapeline.model.ItemError;
import io.scrapeline.model.ItemErrorCode;
import io.scrapeline.model.SitemapMetadata;
import io.scrapeline.model.SitemapResult;
import io.scrapeline.model.WireMessage;
import io.scrapeline.model.json.WireJson;
import io.scrapeline.resultstore.Database;
import io.scrapeline.resultstore.ResultTopic;
import io.scrapeline.resultstore.TestBatches;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Chunked sitemap results: stored once each, in any order, the item completed (and counted) only
 * when all chunks are there; the status page shows the first links, the links endpoint all of them.
 */
@QuarkusTest
@WithTestResource(EmbeddedStackTestResource.class)
class SitemapChunksTest {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final SitemapMetadata METADATA = new SitemapMetadata(4, 200, 321L);

  @Test
  void chunksArrivingOutOfOrderAndTwiceCompleteTheItemOnce() {
    String tenant = TestBatches.newTenant();
    UUID id = create(TestBatches.sitemap(tenant, 2)).id();
    List<String> links = links("a", 2500);
    List<SitemapResult> chunks = chunks(id, 0, links, 1000);

    ResultTopic.publish(chunks.get(2), chunks.get(0), chunks.get(0));
    await().atMost(PATIENCE).until(() -> storedChunks(id) == 2L);
    status(id, tenant, BatchKind.SITEMAP, "")
        .body("status", equalTo("queued"))
        .body("completed", equalTo(0))
        .body("results[0].status", equalTo("pending"))
        .body("results[0].links", nullValue());

    ResultTopic.publish(chunks.get(1), chunks.get(1), chunks.get(2));
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () ->
                status(id, tenant, BatchKind.SITEMAP, "")
                    .body("results[0].status", equalTo("completed")));
    status(id, tenant, BatchKind.SITEMAP, "")
        .body("status", equalTo("running"))
        .body("completed", equalTo(1))
        .body("pending", equalTo(1))
        .body("results[0].link_count", equalTo(2500))
        .body("results[0].links", equalTo(links.subList(0, 1000)))
        .body("results[0].metadata.sitemaps_fetched", equalTo(4))
        .body("results[0].metadata.duration_ms", equalTo(321));

    ResultTopic.publish(chunks.toArray(WireMessage[]::new));
    ResultTopic.publish(SitemapResult.completed(id, 1, TestBatches.url(1), List.of(), METADATA));
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () -> status(id, tenant, BatchKind.SITEMAP, "").body("status", equalTo("completed")));
    status(id, tenant, BatchKind.SITEMAP, "")
        .body("completed", equalTo(2))
        .body("results[1].links", hasSize(0))
        .body("results[1].link_count", equalTo(0));
    assertThat(linksOf(id, tenant, 0, 0, 10_000)).isEqualTo(links);
  }

  @Test
  void theLinksEndpointPagesThroughEveryLinkOfAnInput() {
    String tenant = TestBatches.newTenant();
    UUID id = create(TestBatches.sitemap(tenant, 1)).id();
    List<String> links = links("p", 1500);
    ResultTopic.publish(chunks(id, 0, links, 400).toArray(WireMessage[]::new));
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () -> status(id, tenant, BatchKind.SITEMAP, "").body("status", equalTo("completed")));

    linksPage(id, tenant, 0, "")
        .statusCode(200)
        .body("input_index", equalTo(0))
        .body("status", equalTo("completed"))
        .body("link_count", equalTo(1500))
        .body("from", equalTo(0))
        .body("limit", equalTo(1000))
        .body("links", equalTo(links.subList(0, 1000)))
        .body("next", equalTo("/v1/batch/sitemap/" + id + "/items/0/links?from=1000&limit=1000"));
    linksPage(id, tenant, 0, "&from=1000")
        .body("links", equalTo(links.subList(1000, 1500)))
        .body("next", nullValue());
    linksPage(id, tenant, 0, "&from=399&limit=3").body("links", equalTo(links.subList(399, 402)));
    linksPage(id, tenant, 0, "&from=1500").body("links", hasSize(0));
    linksPage(id, tenant, 0, "&limit=10001").statusCode(400);
    linksPage(id, tenant, 1, "").statusCode(404);
    linksPage(id, TestBatches.newTenant(), 0, "").statusCode(404);
  }

  @Test
  void aPendingOrFailedInputHasNoLinksToPage() {
    String tenant = TestBatches.newTenant();
    UUID id = create(TestBatches.sitemap(tenant, 2)).id();
    ResultTopic.publish(
        SitemapResult.failed(
            id,
            1,
            TestBatches.url(1),
            new ItemError(ItemErrorCode.PARSE_ERROR, "malformed sitemap"),
            METADATA));
    await()
        .atMost(PATIENCE)
        .untilAsserted(() -> status(id, tenant, BatchKind.SITEMAP, "").body("failed", equalTo(1)));

    linksPage(id, tenant, 0, "")
        .body("status", equalTo("pending"))
        .body("link_count", nullValue())
        .body("links", hasSize(0))
        .body("next", nullValue());
    linksPage(id, tenant, 1, "").body("status", equalTo("failed")).body("links", hasSize(0));
  }

  @Test
  void aDiscoveryRedoneWithOtherCountsReplacesTheChunksOfTheEarlierOne() {
    String tenant = TestBatches.newTenant();
    UUID id = create(TestBatches.sitemap(tenant, 1)).id();
    List<SitemapResult> earlier = chunks(id, 0, links("old", 30), 10);
    List<String> later = links("new", 25);

    ResultTopic.publish(earlier.get(0), earlier.get(1));
    ResultTopic.publish(chunks(id, 0, later, 10).toArray(WireMessage[]::new));
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () -> status(id, tenant, BatchKind.SITEMAP, "").body("status", equalTo("completed")));

    status(id, tenant, BatchKind.SITEMAP, "").body("results[0].link_count", equalTo(25));
    assertThat(linksOf(id, tenant, 0, 0, 100)).isEqualTo(later);
    ResultTopic.publish(earlier.get(2));
    UUID marker = create(TestBatches.sitemap(tenant, 1)).id();
    ResultTopic.send(
        ResultTopic.TOPICS.sitemapResults(),
        null,
        id.toString(),
        WireJson.write(
            SitemapResult.completed(marker, 0, TestBatches.url(0), List.of(), METADATA)));
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () ->
                status(marker, tenant, BatchKind.SITEMAP, "").body("status", equalTo("completed")));
    assertThat(linksOf(id, tenant, 0, 0, 100)).isEqualTo(later);
    assertThat(storedChunks(id)).isEqualTo(3L);
  }

  /** {@code n} distinct links named after {@code prefix}. */
  private static List<String> links(String prefix, int n) {
    return IntStream.range(0, n).mapToObj(i -> "https://" + prefix + ".example/p/" + i).toList();
  }

  private static List<SitemapResult> chunks(UUID id, int input, List<String> links, int size) {
    return SitemapResult.chunked(id, input, TestBatches.url(input), links, size, METADATA);
  }

  private static long storedChunks(UUID id) {
    return (Long) Database.value("SELECT count(*) FROM sitemap_chunks WHERE batch_id = ?", id);
  }

  private static ValidatableResponse linksPage(UUID id, String tenant, int input, String query) {
    return api()
        .get("/internal/batches/" + id + "/items/" + input + "/links?tenant=" + tenant + query)
        .then();
  }

  private static List<String> linksOf(UUID id, String tenant, int input, int from, int limit) {
    return linksPage(id, tenant, input, "&from=" + from + "&limit=" + limit)
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("links", String.class);
  }
}
