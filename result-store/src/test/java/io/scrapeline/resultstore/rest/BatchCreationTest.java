package io.scrapeline.resultstore.rest;

import static io.scrapeline.resultstore.InternalApiClient.api;
import static io.scrapeline.resultstore.InternalApiClient.cancel;
import static io.scrapeline.resultstore.InternalApiClient.create;
import static io.scrapeline.resultstore.InternalApiClient.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.scrapeline.local.EmbeddedStackTestResource;
import io.scrapeline.model.BatchKind;
import io.scrapeline.model.BatchStatus;
import io.scrapeline.model.internal.CreateBatch;
import io.scrapeline.model.internal.CreatedBatch;
import io.scrapeline.model.json.WireJson;
import io.scrapeline.resultstore.Database;
import io.scrapeline.resultstore.TestBatches;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedStackTestResource.class)
class BatchCreationTest {

  @Test
  void createStoresTheBatchQueuedAndEveryItemPending() {
    String tenant = TestBatches.newTenant();
    CreateBatch request = TestBatches.scrape(tenant, 3);

    post(request)
        .statusCode(201)
        .body("id", equalTo(request.id().toString()))
        .body("status", equalTo("queued"))
        .body("total", equalTo(3))
        .body("invalid_urls", equalTo(List.of("not a url")))
        .body("created", equalTo(true));

    assertThat(Database.value("SELECT status FROM batches WHERE id = ?", request.id()))
        .isEqualTo("queued");
    assertThat(Database.value("SELECT total FROM batches WHERE id = ?", request.id())).isEqualTo(3);
    assertThat(
            Database.value(
                "SELECT ttl = interval '1 hour' AND expires_at IS NULL FROM batches WHERE id = ?",
                request.id()))
        .isEqualTo(true);
    assertThat(
            Database.column(
                "SELECT input_index || ' ' || url || ' ' || status FROM items"
                    + " WHERE batch_id = ? ORDER BY input_index",
                request.id()))
        .containsExactly(
            "0 https://example.com/page/0 pending",
            "1 https://example.com/page/1 pending",
            "2 https://example.com/page/2 pending");
  }

  @Test
  void replayWithTheSameKeyAndBodyAnswersTheEarlierBatch() {
    String tenant = TestBatches.newTenant();
    CreatedBatch first = create(TestBatches.withKey(tenant, "key-1", "hash-a"));

    post(TestBatches.withKey(tenant, "key-1", "hash-a"))
        .statusCode(200)
        .body("id", equalTo(first.id().toString()))
        .body("status", equalTo("queued"))
        .body("total", equalTo(2))
        .body("invalid_urls", equalTo(List.of("not a url")))
        .body("created", equalTo(false));

    assertThat(Database.value("SELECT count(*) FROM batches WHERE tenant = ?", tenant))
        .isEqualTo(1L);
  }

  @Test
  void theSameKeyWithAnotherBodyIsAConflict() {
    String tenant = TestBatches.newTenant();
    create(TestBatches.withKey(tenant, "key-1", "hash-a"));

    post(TestBatches.withKey(tenant, "key-1", "hash-b"))
        .statusCode(409)
        .body("code", equalTo("idempotency_conflict"));

    assertThat(Database.value("SELECT count(*) FROM batches WHERE tenant = ?", tenant))
        .isEqualTo(1L);
  }

  @Test
  void theSameKeyOfAnotherTenantIsANewBatch() {
    create(TestBatches.withKey(TestBatches.newTenant(), "shared-key", "hash-a"));

    post(TestBatches.withKey(TestBatches.newTenant(), "shared-key", "hash-a"))
        .statusCode(201)
        .body("created", equalTo(true));
  }

  @Test
  void aKeyOlderThanADayNoLongerMatches() {
    String tenant = TestBatches.newTenant();
    CreatedBatch old = create(TestBatches.withKey(tenant, "key-1", "hash-a"));
    Database.update(
        "UPDATE batches SET created_at = now() - interval '25 hours' WHERE id = ?", old.id());

    CreatedBatch renewed = create(TestBatches.withKey(tenant, "key-1", "hash-b"));

    assertThat(renewed.id()).isNotEqualTo(old.id());
    assertThat(renewed.created()).isTrue();
    assertThat(Database.value("SELECT idempotency_key FROM batches WHERE id = ?", old.id()))
        .isNull();
    assertThat(Database.value("SELECT idempotency_key FROM batches WHERE id = ?", renewed.id()))
        .isEqualTo("key-1");
  }

  @Test
  void theKeyOfAnExpiredBatchNoLongerMatches() {
    String tenant = TestBatches.newTenant();
    CreatedBatch expired = create(TestBatches.withKey(tenant, "key-1", "hash-a"));
    cancel(expired.id(), tenant).statusCode(200);
    Database.ageBatch(expired.id(), Duration.ofHours(2));

    CreatedBatch renewed = create(TestBatches.withKey(tenant, "key-1", "hash-a"));

    assertThat(renewed.id()).isNotEqualTo(expired.id());
    assertThat(Database.value("SELECT idempotency_key FROM batches WHERE id = ?", expired.id()))
        .isNull();
  }

  @Test
  void theKeyOfABatchRunningPastItsTtlStillMatches() {
    String tenant = TestBatches.newTenant();
    CreatedBatch running = create(TestBatches.withKey(tenant, "key-1", "hash-a"));
    Database.ageBatch(running.id(), Duration.ofHours(2));

    post(TestBatches.withKey(tenant, "key-1", "hash-a"))
        .statusCode(200)
        .body("id", equalTo(running.id().toString()))
        .body("created", equalTo(false));
  }

  @Test
  void concurrentIdenticalCreatesMakeOneBatch() throws Exception {
    String tenant = TestBatches.newTenant();
    int callers = 8;
    List<Callable<CreatedBatch>> calls = new ArrayList<>();
    for (int i = 0; i < callers; i++) {
      CreateBatch request = TestBatches.withKey(tenant, "key-1", "hash-a");
      calls.add(() -> WireJson.read(post(request).extract().asByteArray(), CreatedBatch.class));
    }
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    List<CreatedBatch> answers = new ArrayList<>();
    try {
      for (Future<CreatedBatch> answer : pool.invokeAll(calls)) {
        answers.add(answer.get());
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(answers).extracting(CreatedBatch::id).containsOnly(answers.get(0).id());
    assertThat(answers).filteredOn(CreatedBatch::created).hasSize(1);
    assertThat(Database.value("SELECT count(*) FROM batches WHERE tenant = ?", tenant))
        .isEqualTo(1L);
    assertThat(Database.value("SELECT count(*) FROM items WHERE batch_id = ?", answers.get(0).id()))
        .isEqualTo(2L);
  }

  @Test
  void aRetriedCreateWithTheSameIdAnswersTheBatchOnce() {
    CreateBatch request = TestBatches.scrape(TestBatches.newTenant(), 2);
    create(request);

    post(request).statusCode(200).body("created", equalTo(false));
  }

  @Test
  void tenThousandItemsAreRegisteredInOneCall() {
    CreateBatch request =
        TestBatches.batch(
            UUID.randomUUID(),
            TestBatches.newTenant(),
            BatchKind.SCRAPE,
            10_000,
            null,
            "hash-1",
            Duration.ofHours(1));

    CreatedBatch created = create(request);

    assertThat(created.total()).isEqualTo(10_000);
    assertThat(created.status()).isEqualTo(BatchStatus.QUEUED);
    assertThat(
            Database.value(
                "SELECT count(*) FROM items WHERE batch_id = ? AND status = 'pending'",
                request.id()))
        .isEqualTo(10_000L);
  }

  @Test
  void duplicateInputIndexesAreRefusedWhole() {
    String body =
        """
        {"id": "%s", "tenant": "t", "kind": "scrape", "ttl": "PT1H",
         "items": [{"input_index": 0, "url": "https://a.example/"},
                   {"input_index": 0, "url": "https://b.example/"}]}
        """
            .formatted(UUID.randomUUID());

    api()
        .body(body)
        .post("/internal/batches")
        .then()
        .statusCode(400)
        .body("code", equalTo("invalid_request"))
        .body("message", equalTo("duplicate items[].input_index 0"));
  }

  @Test
  void aBatchWithoutItemsIsAnInvalidRequest() {
    String body =
        """
        {"id": "%s", "tenant": "t", "kind": "scrape", "ttl": "PT1H", "items": []}
        """
            .formatted(UUID.randomUUID());

    api()
        .body(body)
        .post("/internal/batches")
        .then()
        .statusCode(400)
        .body("code", equalTo("invalid_request"))
        .body("message", equalTo("unreadable JSON body: a batch needs at least one item"));
  }

  @Test
  void malformedJsonIsAnInvalidRequestWithoutAStackTrace() {
    api()
        .body("{\"id\": ")
        .post("/internal/batches")
        .then()
        .statusCode(400)
        .body("code", equalTo("invalid_request"));
  }

  @Test
  void aNonJsonBodyIsAnUnsupportedMediaType() {
    api()
        .contentType("text/plain")
        .body("hello")
        .post("/internal/batches")
        .then()
        .statusCode(415)
        .body("code", equalTo("unsupported_media_type"));
  }
}
