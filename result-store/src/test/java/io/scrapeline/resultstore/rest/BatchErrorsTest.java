package io.scrapeline.resultstore.rest;

import static io.scrapeline.resultstore.InternalApiClient.api;
import static io.scrapeline.resultstore.InternalApiClient.create;
import static io.scrapeline.resultstore.InternalApiClient.status;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.scrapeline.local.EmbeddedStackTestResource;
import io.scrapeline.model.ItemErrorCode;
import io.scrapeline.resultstore.ResultTopic;
import io.scrapeline.resultstore.TestBatches;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedStackTestResource.class)
class BatchErrorsTest {

  @Test
  void failedItemsAreListedInInputOrderWithRobotsBlockedUrlsApart() {
    String tenant = TestBatches.newTenant();
    UUID id = create(TestBatches.scrape(tenant, 4)).id();
    ResultTopic.publish(
        ResultTopic.completed(id, 0),
        ResultTopic.failed(id, 1, ItemErrorCode.TIMEOUT, null),
        ResultTopic.failed(id, 2, ItemErrorCode.ROBOTS_DISALLOWED, null),
        ResultTopic.failed(id, 3, ItemErrorCode.HTTP_ERROR, 503));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> status(id, tenant, "").body("status", equalTo("completed")));

    errors(id, tenant)
        .statusCode(200)
        .body("errors.input_index", contains(1, 2, 3))
        .body("errors.url", contains(TestBatches.url(1), TestBatches.url(2), TestBatches.url(3)))
        .body("errors.code", contains("timeout", "robots_disallowed", "http_error"))
        .body("errors[0].message", equalTo("timeout at item 1"))
        .body("errors[0].status_code", nullValue())
        .body("errors[2].status_code", equalTo(503))
        .body("robots_blocked", contains(TestBatches.url(2)));
  }

  @Test
  void aBatchWithoutFailuresHasAnEmptyReport() {
    String tenant = TestBatches.newTenant();
    UUID id = create(TestBatches.scrape(tenant, 1)).id();

    errors(id, tenant).statusCode(200).body("errors", empty()).body("robots_blocked", empty());
  }

  @Test
  void theErrorsOfAnotherTenantsBatchAreNotFound() {
    UUID id = create(TestBatches.scrape(TestBatches.newTenant(), 1)).id();

    errors(id, TestBatches.newTenant()).statusCode(404).body("code", equalTo("not_found"));
  }

  private static ValidatableResponse errors(UUID id, String tenant) {
    return api()
        .get("/internal/batches/" + id + "/errors?tenant=" + tenant + "&kind=scrape")
        .then();
  }
}
