package io.scrapeline.resultstore.service;

import static io.scrapeline.resultstore.InternalApiClient.cancel;
import static io.scrapeline.resultstore.InternalApiClient.create;
import static io.scrapeline.resultstore.InternalApiClient.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.scrapeline.local.EmbeddedStackTestResource;
import io.scrapeline.resultstore.Database;
import io.scrapeline.resultstore.TestBatches;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedStackTestResource.class)
class ExpiredBatchPurgeTest {

  @Inject ExpiredBatchPurge purge;

  @Test
  void anExpiredBatchIsNotFoundAndThenPurgedWithItsItems() {
    String tenant = TestBatches.newTenant();
    UUID id = create(TestBatches.withTtl(tenant, Duration.ZERO)).id();
    cancel(id, tenant).statusCode(200);
    status(id, tenant, "").statusCode(404);

    purge.purgeExpired();

    assertThat(Database.value("SELECT count(*) FROM batches WHERE id = ?", id)).isEqualTo(0L);
    assertThat(Database.value("SELECT count(*) FROM items WHERE batch_id = ?", id)).isEqualTo(0L);
    status(id, tenant, "").statusCode(404);
  }

  @Test
  void purgeWorksThroughMoreExpiredBatchesThanOneChunk() {
    String tenant = TestBatches.newTenant();
    for (int i = 0; i < 3; i++) {
      UUID id = create(TestBatches.withTtl(tenant, Duration.ofHours(1))).id();
      cancel(id, tenant).statusCode(200);
      Database.ageBatch(id, Duration.ofHours(2));
    }

    purge.purgeExpired();

    assertThat(Database.value("SELECT count(*) FROM batches WHERE tenant = ?", tenant))
        .isEqualTo(0L);
  }

  @Test
  void aFinishedBatchThatHasNotExpiredIsKept() {
    String tenant = TestBatches.newTenant();
    UUID id = create(TestBatches.withTtl(tenant, Duration.ofHours(1))).id();
    cancel(id, tenant).statusCode(200);

    purge.purgeExpired();

    status(id, tenant, "").statusCode(200);
  }
}
