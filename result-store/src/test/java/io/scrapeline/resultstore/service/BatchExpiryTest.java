package io.scrapeline.resultstore.service;

import static io.scrapeline.resultstore.InternalApiClient.api;
import static io.scrapeline.resultstore.InternalApiClient.cancel;
import static io.scrapeline.resultstore.InternalApiClient.create;
import static io.scrapeline.resultstore.InternalApiClient.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.scrapeline.local.EmbeddedStackTestResource;
import io.scrapeline.model.ItemErrorCode;
import io.scrapeline.resultstore.Database;
import io.scrapeline.resultstore.ResultTopic;
import io.scrapeline.resultstore.TestBatches;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A batch is kept for its TTL after it finished, however long it ran: time is made to pass by
 * moving the batch's timestamps back ({@link Database#ageBatch}), never by waiting.
 */
@QuarkusTest
@WithTestResource(EmbeddedStackTestResource.class)
class BatchExpiryTest {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final Duration TTL = TestBatches.ONE_HOUR;

  /** Longer than the TTL: under expiry from submission the batch would be gone already. */
  private static final Duration LONG_RUN = TTL.multipliedBy(2);

  @Inject ExpiredBatchPurge purge;

  @Test
  void aBatchStillRunningAfterItsTtlIsNeitherHiddenNorPurged() {
    String tenant = TestBatches.newTenant();
    UUID id = create(TestBatches.withTtl(tenant, TTL)).id();
    ResultTopic.publish(ResultTopic.completed(id, 0));
    await()
        .atMost(PATIENCE)
        .untilAsserted(() -> status(id, tenant, "").body("status", equalTo("running")));
    Database.ageBatch(id, LONG_RUN);

    purge.purgeExpired();

    assertThat(Database.value("SELECT count(*) FROM batches WHERE id = ?", id)).isEqualTo(1L);
    assertThat(listedIds(tenant)).containsExactly(id.toString());
    Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
    JsonPath document = status(id, tenant, "").statusCode(200).extract().jsonPath();
    Instant after = Instant.now();
    assertThat(document.getString("status")).isEqualTo("running");
    assertThat(Instant.parse(document.getString("expires_at")))
        .isBetween(before.plus(TTL), after.plus(TTL));
  }

  @Test
  void aBatchCompletedByItsResultsExpiresTtlAfterItFinished() {
    String tenant = TestBatches.newTenant();
    UUID id = create(TestBatches.withTtl(tenant, TTL)).id();
    Database.ageBatch(id, LONG_RUN);

    ResultTopic.publish(
        ResultTopic.completed(id, 0), ResultTopic.failed(id, 1, ItemErrorCode.TIMEOUT, null));
    await()
        .atMost(PATIENCE)
        .untilAsserted(() -> status(id, tenant, "").body("status", equalTo("completed")));

    assertKeptForTtlAfterItsFinishOnly(id, tenant);
  }

  @Test
  void aCancelledBatchExpiresTtlAfterItWasCancelled() {
    String tenant = TestBatches.newTenant();
    UUID id = create(TestBatches.withTtl(tenant, TTL)).id();
    Database.ageBatch(id, LONG_RUN);

    cancel(id, tenant).statusCode(200).body("status", equalTo("cancelled"));

    assertKeptForTtlAfterItsFinishOnly(id, tenant);
  }

  @Test
  void aFailedBatchExpiresTtlAfterItFailed() {
    String tenant = TestBatches.newTenant();
    UUID id = create(TestBatches.withTtl(tenant, TTL)).id();
    Database.ageBatch(id, LONG_RUN);

    api()
        .body("{\"code\": \"enqueue_failed\", \"message\": \"Kafka is down\"}")
        .post("/internal/batches/" + id + "/fail")
        .then()
        .statusCode(200)
        .body("status", equalTo("failed"));

    assertKeptForTtlAfterItsFinishOnly(id, tenant);
  }

  @Test
  void aFinishedBatchWithoutTtlExpiresAsItFinishes() {
    String tenant = TestBatches.newTenant();
    UUID id = create(TestBatches.withTtl(tenant, Duration.ZERO)).id();
    status(id, tenant, "").statusCode(200);

    cancel(id, tenant).statusCode(200);

    status(id, tenant, "").statusCode(404);
  }

  /**
   * The batch just finished (long after it was submitted): it is found and kept until its TTL has
   * passed since the finish, and then it is not found, not listed and purged.
   */
  private void assertKeptForTtlAfterItsFinishOnly(UUID id, String tenant) {
    assertThat(
            Database.value(
                "SELECT expires_at = finished_at + interval '1 hour' FROM batches WHERE id = ?",
                id))
        .isEqualTo(true);
    JsonPath document = status(id, tenant, "").statusCode(200).extract().jsonPath();
    assertThat(
            Duration.between(
                Instant.parse(document.getString("finished_at")),
                Instant.parse(document.getString("expires_at"))))
        .isEqualTo(TTL);

    Database.ageBatch(id, TTL.minusMinutes(1));
    purge.purgeExpired();

    status(id, tenant, "").statusCode(200);
    assertThat(listedIds(tenant)).containsExactly(id.toString());

    Database.ageBatch(id, Duration.ofMinutes(2));

    status(id, tenant, "").statusCode(404).body("code", equalTo("not_found"));
    assertThat(listedIds(tenant)).isEmpty();
    purge.purgeExpired();
    assertThat(Database.value("SELECT count(*) FROM batches WHERE id = ?", id)).isEqualTo(0L);
  }

  private static List<String> listedIds(String tenant) {
    return api()
        .get("/internal/batches?tenant=" + tenant + "&kind=scrape")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("jobs.id", String.class);
  }
}
