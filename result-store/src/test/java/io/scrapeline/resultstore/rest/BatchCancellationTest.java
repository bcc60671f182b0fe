package io.scrapeline.resultstore.rest;

import static io.scrapeline.resultstore.InternalApiClient.api;
import static io.scrapeline.resultstore.InternalApiClient.cancel;
import static io.scrapeline.resultstore.InternalApiClient.create;
import static io.scrapeline.resultstore.InternalApiClient.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.scrapeline.local.EmbeddedStackTestResource;
import io.scrapeline.model.BatchControl;
import io.scrapeline.model.ControlAction;
import io.scrapeline.model.json.WireJson;
import io.scrapeline.resultstore.Database;
import io.scrapeline.resultstore.ResultTopic;
import io.scrapeline.resultstore.TestBatches;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedStackTestResource.class)
class BatchCancellationTest {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Test
  void cancelTurnsPendingItemsIntoCancelledAndAnswersTheSummary() {
    String tenant = TestBatches.newTenant();
    UUID id = create(TestBatches.scrape(tenant, 3)).id();
    ResultTopic.publish(ResultTopic.completed(id, 0));
    await()
        .atMost(PATIENCE)
        .untilAsserted(() -> status(id, tenant, "").body("completed", equalTo(1)));

    cancel(id, tenant)
        .statusCode(200)
        .body("id", equalTo(id.toString()))
        .body("status", equalTo("cancelled"))
        .body("total", equalTo(3))
        .body("completed", equalTo(1))
        .body("failed", equalTo(0))
        .body("cancelled", equalTo(2))
        .body("pending", equalTo(0))
        .body("finished_at", notNullValue())
        .body("invalid_urls", equalTo(List.of("not a url")))
        .body("$", not(hasKey("page")))
        .body("$", not(hasKey("page_size")))
        .body("$", not(hasKey("next")))
        .body("$", not(hasKey("results")));

    status(id, tenant, "").body("results.status", contains("completed", "cancelled", "cancelled"));
    assertThat(
            Database.value(
                "SELECT count(*) FROM items WHERE batch_id = ? AND status = 'cancelled'", id))
        .isEqualTo(2L);
  }

  @Test
  void cancellingACancelledBatchAnswersTheSameSummary() {
    String tenant = TestBatches.newTenant();
    UUID id = create(TestBatches.scrape(tenant, 2)).id();
    String finishedAt = cancel(id, tenant).statusCode(200).extract().path("finished_at");

    cancel(id, tenant)
        .statusCode(200)
        .body("status", equalTo("cancelled"))
        .body("cancelled", equalTo(2))
        .body("pending", equalTo(0))
        .body("finished_at", equalTo(finishedAt));
  }

  @Test
  void cancellingACompletedBatchIsRefused() {
    String tenant = TestBatches.newTenant();
    UUID id = create(TestBatches.scrape(tenant, 1)).id();
    ResultTopic.publish(ResultTopic.completed(id, 0));
    await()
        .atMost(PATIENCE)
        .untilAsserted(() -> status(id, tenant, "").body("status", equalTo("completed")));

    cancel(id, tenant).statusCode(409).body("code", equalTo("batch_finished"));

    status(id, tenant, "").body("status", equalTo("completed")).body("cancelled", equalTo(0));
  }

  @Test
  void cancelPublishesABatchControlRecordKeyedByTheBatch() {
    String tenant = TestBatches.newTenant();
    UUID id = create(TestBatches.scrape(tenant, 1)).id();

    cancel(id, tenant).statusCode(200);

    List<BatchControl> controls =
        ResultTopic.readAll(ResultTopic.TOPICS.batchControl()).stream()
            .filter(record -> id.toString().equals(record.key()))
            .map(record -> WireJson.read(record.value(), BatchControl.class))
            .toList();
    assertThat(controls).hasSize(1);
    assertThat(controls.get(0).batchId()).isEqualTo(id);
    assertThat(controls.get(0).action()).isEqualTo(ControlAction.CANCEL);
  }

  @Test
  void cancellingAnotherTenantsBatchIsNotFoundAndChangesNothing() {
    String tenant = TestBatches.newTenant();
    UUID id = create(TestBatches.scrape(tenant, 1)).id();

    cancel(id, TestBatches.newTenant()).statusCode(404).body("code", equalTo("not_found"));

    status(id, tenant, "").body("status", equalTo("queued"));
  }

  @Test
  void failMarksTheBatchFailedAndLeavesItsItems() {
    String tenant = TestBatches.newTenant();
    UUID id = create(TestBatches.scrape(tenant, 2)).id();
    String body = "{\"code\": \"enqueue_failed\", \"message\": \"Kafka is down\"}";

    api()
        .body(body)
        .post("/internal/batches/" + id + "/fail")
        .then()
        .statusCode(200)
        .body("status", equalTo("failed"))
        .body("pending", equalTo(2))
        .body("finished_at", notNullValue())
        .body("$", not(hasKey("results")));
    api().body(body).post("/internal/batches/" + id + "/fail").then().statusCode(200);

    assertThat(Database.value("SELECT error_code FROM batches WHERE id = ?", id))
        .isEqualTo("enqueue_failed");
    status(id, tenant, "").body("results.status", contains("pending", "pending"));
    cancel(id, tenant).statusCode(409).body("code", equalTo("batch_finished"));
  }

  @Test
  void failWithoutACodeIsAnInvalidRequest() {
    UUID id = create(TestBatches.scrape(TestBatches.newTenant(), 1)).id();

    api()
        .body("{\"message\": \"no code\"}")
        .post("/internal/batches/" + id + "/fail")
        .then()
        .statusCode(400)
        .body("code", equalTo("invalid_request"))
        .body("message", equalTo("code is required"));
  }
}
