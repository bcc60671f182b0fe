package io.scrapeline.resultstore.rest;

import static io.scrapeline.resultstore.InternalApiClient.api;
import static io.scrapeline.resultstore.InternalApiClient.cancel;
import static io.scrapeline.resultstore.InternalApiClient.create;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.scrapeline.local.EmbeddedStackTestResource;
import io.scrapeline.resultstore.TestBatches;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(EmbeddedStackTestResource.class)
class BatchListingTest {

  @Test
  void batchesAreListedNewestFirstWithPaginationTotals() {
    String tenant = TestBatches.newTenant();
    List<String> ids = createScrapeBatches(tenant, 5);

    list(tenant, "scrape", "page=1&limit=2")
        .statusCode(200)
        .body("jobs.id", contains(ids.get(4), ids.get(3)))
        .body("pagination.page", equalTo(1))
        .body("pagination.limit", equalTo(2))
        .body("pagination.total", equalTo(5))
        .body("pagination.total_pages", equalTo(3));
    list(tenant, "scrape", "page=3&limit=2")
        .body("jobs.id", contains(ids.get(0)))
        .body("pagination.page", equalTo(3));
    list(tenant, "scrape", "page=4&limit=2").body("jobs", empty());
  }

  @Test
  void eachJobCarriesItsCountersAndFormats() {
    String tenant = TestBatches.newTenant();
    String id = createScrapeBatches(tenant, 1).get(0);

    list(tenant, "scrape", "")
        .body("jobs[0].id", equalTo(id))
        .body("jobs[0].status", equalTo("queued"))
        .body("jobs[0].total", equalTo(3))
        .body("jobs[0].completed", equalTo(0))
        .body("jobs[0].failed", equalTo(0))
        .body("jobs[0].cancelled", equalTo(0))
        .body("jobs[0].formats", contains("markdown"))
        .body("jobs[0].created_at", notNullValue())
        .body("jobs[0].finished_at", nullValue())
        .body("pagination.page", equalTo(1))
        .body("pagination.limit", equalTo(20));
  }

  @Test
  void theStatusFilterListsOnlyBatchesInThatStatus() {
    String tenant = TestBatches.newTenant();
    List<String> ids = createScrapeBatches(tenant, 3);
    cancel(java.util.UUID.fromString(ids.get(1)), tenant).statusCode(200);

    list(tenant, "scrape", "status=cancelled")
        .body("jobs.id", contains(ids.get(1)))
        .body("pagination.total", equalTo(1));
    list(tenant, "scrape", "status=queued").body("jobs.id", contains(ids.get(2), ids.get(0)));
  }

  @Test
  void onlyTheTenantsBatchesOfTheAskedKindAreListed() {
    String tenant = TestBatches.newTenant();
    String scrape = createScrapeBatches(tenant, 1).get(0);
    create(TestBatches.sitemap(tenant, 1));
    createScrapeBatches(TestBatches.newTenant(), 1);

    list(tenant, "scrape", "").body("jobs.id", contains(scrape));
    list(tenant, "sitemap", "").body("pagination.total", equalTo(1));
  }

  @Test
  void expiredBatchesAreNotListed() {
    String tenant = TestBatches.newTenant();
    cancel(create(TestBatches.withTtl(tenant, Duration.ZERO)).id(), tenant).statusCode(200);

    list(tenant, "scrape", "").body("jobs", empty()).body("pagination.total", equalTo(0));
  }

  @ParameterizedTest
  @CsvSource({
    "limit=0, limit must be between 1 and 50",
    "limit=51, limit must be between 1 and 50",
    "page=0, page must be at least 1 but was 0",
    "status=bogus, status: unknown batch status 'bogus'",
  })
  void badListParametersAreInvalidRequests(String query, String message) {
    list(TestBatches.newTenant(), "scrape", query)
        .statusCode(400)
        .body("code", equalTo("invalid_request"))
        .body("message", startsWith(message));
  }

  @Test
  void fiftyIsTheLargestLimit() {
    list(TestBatches.newTenant(), "scrape", "limit=50")
        .statusCode(200)
        .body("pagination.limit", equalTo(50));
  }

  private static List<String> createScrapeBatches(String tenant, int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(create(TestBatches.scrape(tenant, 3)).id().toString());
    }
    return ids;
  }

  private static ValidatableResponse list(String tenant, String kind, String query) {
    return api().get("/internal/batches?tenant=" + tenant + "&kind=" + kind + "&" + query).then();
  }
}
