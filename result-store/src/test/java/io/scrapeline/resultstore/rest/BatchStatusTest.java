package io.scrapeline.resultstore.rest;

import static io.scrapeline.resultstore.InternalApiClient.create;
import static io.scrapeline.resultstore.InternalApiClient.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.scrapeline.local.EmbeddedStackTestResource;
import io.scrapeline.model.BatchKind;
import io.scrapeline.model.ItemErrorCode;
import io.scrapeline.model.internal.BatchItem;
import io.scrapeline.model.internal.CreateBatch;
import io.scrapeline.resultstore.InternalApiClient;
import io.scrapeline.resultstore.ResultTopic;
import io.scrapeline.resultstore.TestBatches;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(EmbeddedStackTestResource.class)
class BatchStatusTest {

  /** Invalid URLs keep their input indexes, so the stored items' indexes have gaps. */
  @Test
  void pagesCountItemsNotInputIndexesWhenTheIndexesHaveGaps() {
    String tenant = TestBatches.newTenant();
    List<BatchItem> items = new ArrayList<>();
    for (int index : new int[] {0, 2, 3, 5, 6, 9, 10}) {
      items.add(new BatchItem(index, TestBatches.url(index)));
    }
    CreateBatch gappy =
        new CreateBatch(
            UUID.randomUUID(),
            tenant,
            BatchKind.SCRAPE,
            items,
            List.of("a", "b", "c", "d"),
            TestBatches.config(),
            null,
            null,
            "hash-1",
            TestBatches.ONE_HOUR,
            0);
    create(gappy);
    status(gappy.id(), tenant, "page=1&page_size=3").body("results.input_index", contains(0, 2, 3));
    status(gappy.id(), tenant, "page=2&page_size=3").body("results.input_index", contains(5, 6, 9));
    status(gappy.id(), tenant, "page=3&page_size=3")
        .body("results.input_index", contains(10))
        .body("next", nullValue());
    status(gappy.id(), tenant, "from=4&page_size=2").body("results.input_index", contains(6, 9));
    status(gappy.id(), tenant, "page=4&page_size=3").body("results", empty());
  }

  @Test
  void aNewBatchAnswersTheWholeStatusDocument() {
    String tenant = TestBatches.newTenant();
    CreateBatch request = TestBatches.scrape(tenant, 2);
    create(request);
    Instant readFrom = Instant.now().truncatedTo(ChronoUnit.MICROS);

    JsonPath document =
        status(request.id(), tenant, "")
            .statusCode(200)
            .body("id", equalTo(request.id().toString()))
            .body("status", equalTo("queued"))
            .body("total", equalTo(2))
            .body("completed", equalTo(0))
            .body("failed", equalTo(0))
            .body("cancelled", equalTo(0))
            .body("pending", equalTo(2))
            .body("invalid_urls", equalTo(List.of("not a url")))
            .body("config.formats", equalTo(List.of("markdown")))
            .body("config.only_main_content", equalTo(true))
            .body("config.timeout_ms", equalTo(30000))
            .body("config.max_retries", equalTo(2))
            .body("config", hasKey("headers"))
            .body("created_at", notNullValue())
            .body("finished_at", nullValue())
            .body("page", equalTo(1))
            .body("page_size", equalTo(10))
            .body("next", nullValue())
            .body("$", hasKey("next"))
            .body("$", not(hasKey("scrape_batch_id")))
            .body("results.input_index", contains(0, 1))
            .body("results.url", contains(TestBatches.url(0), TestBatches.url(1)))
            .body("results.status", contains("pending", "pending"))
            .extract()
            .jsonPath();
    Instant readUntil = Instant.now();

    Map<String, Object> item = document.getMap("results[0]");
    assertThat(item)
        .containsOnlyKeys("input_index", "url", "status", "data", "metadata", "error")
        .containsEntry("data", null)
        .containsEntry("metadata", null)
        .containsEntry("error", null);
    // Unfinished: the TTL would count from a finish now.
    assertThat(Instant.parse(document.getString("expires_at")))
        .isBetween(readFrom.plus(TestBatches.ONE_HOUR), readUntil.plus(TestBatches.ONE_HOUR));
  }

  @Test
  void aSitemapBatchAnswersSitemapItemsAndItsScrapeBatchId() {
    String tenant = TestBatches.newTenant();
    CreateBatch request = TestBatches.sitemap(tenant, 1);
    create(request);

    JsonPath document =
        status(request.id(), tenant, BatchKind.SITEMAP, "")
            .statusCode(200)
            .body("$", hasKey("scrape_batch_id"))
            .body("scrape_batch_id", nullValue())
            .extract()
            .jsonPath();

    assertThat(document.getMap("results[0]"))
        .containsOnlyKeys(
            "input_index", "url", "status", "links", "link_count", "metadata", "error")
        .containsEntry("links", null)
        .containsEntry("link_count", null);
  }

  @Test
  void anotherTenantsBatchIsNotFound() {
    CreateBatch request = TestBatches.scrape(TestBatches.newTenant(), 1);
    create(request);

    status(request.id(), TestBatches.newTenant(), "")
        .statusCode(404)
        .body("code", equalTo("not_found"))
        .body("message", equalTo("batch not found"));
  }

  @Test
  void aBatchAskedForAsTheOtherKindIsNotFound() {
    String tenant = TestBatches.newTenant();
    CreateBatch request = TestBatches.scrape(tenant, 1);
    create(request);

    status(request.id(), tenant, BatchKind.SITEMAP, "")
        .statusCode(404)
        .body("code", equalTo("not_found"));
  }

  @Test
  void anUnknownIdIsNotFound() {
    status(UUID.randomUUID(), TestBatches.newTenant(), "")
        .statusCode(404)
        .body("code", equalTo("not_found"));
  }

  @Test
  void anIdThatIsNoUuidIsNotFound() {
    InternalApiClient.api()
        .get("/internal/batches/not-a-uuid?tenant=t&kind=scrape")
        .then()
        .statusCode(404)
        .body("code", equalTo("not_found"));
  }

  @ParameterizedTest
  @CsvSource({
    "page=0, page must be at least 1",
    "page=abc, page must be an integer",
    "page_size=0, page_size must be between 1 and 100",
    "page_size=101, page_size must be between 1 and 100",
    "from=-1, from must be at least 0",
    "status=bogus, status: unknown item status 'bogus'",
  })
  void aBadQueryParameterIsAnInvalidRequestThatNamesIt(String query, String message) {
    String tenant = TestBatches.newTenant();
    CreateBatch request = TestBatches.scrape(tenant, 1);
    create(request);

    status(request.id(), tenant, query)
        .statusCode(400)
        .body("code", equalTo("invalid_request"))
        .body("message", startsWith(message));
  }

  @Test
  void tenantAndKindAreRequired() {
    InternalApiClient.api()
        .get("/internal/batches/" + UUID.randomUUID() + "?kind=scrape")
        .then()
        .statusCode(400)
        .body("message", equalTo("tenant is required"));
    InternalApiClient.api()
        .get("/internal/batches/" + UUID.randomUUID() + "?tenant=t&kind=crawl")
        .then()
        .statusCode(400)
        .body("message", startsWith("kind: unknown batch kind 'crawl'"));
  }

  @Test
  void pagesListItemsInInputOrderAndLinkTheNextPage() {
    String tenant = TestBatches.newTenant();
    CreateBatch request = TestBatches.scrape(tenant, 25);
    create(request);
    String prefix = "/v1/batch/scrape/" + request.id();

    status(request.id(), tenant, "page=1&page_size=10")
        .body("page", equalTo(1))
        .body("page_size", equalTo(10))
        .body("results.input_index", equalTo(range(0, 10)))
        .body("next", equalTo(prefix + "?page=2&page_size=10"));
    status(request.id(), tenant, "page=3&page_size=10")
        .body("page", equalTo(3))
        .body("results.input_index", equalTo(range(20, 25)))
        .body("next", nullValue());
  }

  @Test
  void aPageThatEndsExactlyAtTheLastItemHasNoNext() {
    String tenant = TestBatches.newTenant();
    CreateBatch request = TestBatches.scrape(tenant, 20);
    create(request);

    status(request.id(), tenant, "page=2&page_size=10")
        .body("results.input_index", equalTo(range(10, 20)))
        .body("next", nullValue());
  }

  @Test
  void followingNextWalksEveryItemOnce() {
    String tenant = TestBatches.newTenant();
    CreateBatch request = TestBatches.scrape(tenant, 23);
    create(request);

    List<Integer> seen = new ArrayList<>();
    String query = "page_size=7";
    int pages = 0;
    while (query != null) {
      JsonPath page = status(request.id(), tenant, query).statusCode(200).extract().jsonPath();
      seen.addAll(page.getList("results.input_index", Integer.class));
      String next = page.getString("next");
      query = next == null ? null : next.substring(next.indexOf('?') + 1);
      pages++;
    }

    assertThat(pages).isEqualTo(4);
    assertThat(seen).isEqualTo(range(0, 23));
  }

  @Test
  void fromIsAnOffsetAndItsNextKeepsTheOffsetStyle() {
    String tenant = TestBatches.newTenant();
    CreateBatch request = TestBatches.scrape(tenant, 25);
    create(request);
    String prefix = "/v1/batch/scrape/" + request.id();

    status(request.id(), tenant, "from=5&page_size=10")
        .body("results.input_index", equalTo(range(5, 15)))
        .body("page", equalTo(1))
        .body("next", equalTo(prefix + "?from=15&page_size=10"));
    status(request.id(), tenant, "from=15&page_size=10&page=1")
        .body("results.input_index", equalTo(range(15, 25)))
        .body("page", equalTo(2))
        .body("next", nullValue());
  }

  @Test
  void aPagePastTheEndIsEmptyWithoutNext() {
    String tenant = TestBatches.newTenant();
    CreateBatch request = TestBatches.scrape(tenant, 3);
    create(request);

    status(request.id(), tenant, "page=5&page_size=10")
        .statusCode(200)
        .body("page", equalTo(5))
        .body("results", empty())
        .body("next", nullValue());
    status(request.id(), tenant, "from=3")
        .statusCode(200)
        .body("results", empty())
        .body("next", nullValue());
  }

  @Test
  void theStatusFilterPagesOnlyMatchingItemsAndKeepsTheFilterInNext() {
    String tenant = TestBatches.newTenant();
    CreateBatch request = TestBatches.scrape(tenant, 15);
    create(request);
    UUID id = request.id();
    ResultTopic.publish(
        ResultTopic.failed(id, 3, ItemErrorCode.TIMEOUT, null),
        ResultTopic.failed(id, 7, ItemErrorCode.TIMEOUT, null),
        ResultTopic.failed(id, 12, ItemErrorCode.TIMEOUT, null));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> status(id, tenant, "").body("failed", equalTo(3)));

    status(id, tenant, "status=failed&page_size=2")
        .body("results.input_index", contains(3, 7))
        .body("next", equalTo("/v1/batch/scrape/" + id + "?page=2&page_size=2&status=failed"));
    status(id, tenant, "status=failed&page_size=2&page=2")
        .body("results.input_index", contains(12))
        .body("next", nullValue());
    status(id, tenant, "status=pending&page_size=100")
        .body("results.input_index", equalTo(List.of(0, 1, 2, 4, 5, 6, 8, 9, 10, 11, 13, 14)))
        .body("pending", equalTo(12));
  }

  private static List<Integer> range(int from, int to) {
    List<Integer> values = new ArrayList<>();
    for (int i = from; i < to; i++) {
      values.add(i);
    }
    return values;
  }
}
