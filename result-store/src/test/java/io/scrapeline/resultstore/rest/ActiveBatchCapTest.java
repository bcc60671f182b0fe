package io.scrapeline.resultstore.rest;

import static io.scrapeline.resultstore.InternalApiClient.cancel;
import static io.scrapeline.resultstore.InternalApiClient.create;
import static io.scrapeline.resultstore.InternalApiClient.post;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.scrapeline.local.EmbeddedStackTestResource;
import io.scrapeline.model.internal.CreateBatch;
import io.scrapeline.resultstore.Database;
import io.scrapeline.resultstore.TestBatches;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedStackTestResource.class)
class ActiveBatchCapTest {

  @Test
  void aTenantOverItsUnfinishedBatchCapIsRefusedWith429() {
    String tenant = TestBatches.newTenant();
    create(TestBatches.capped(tenant, null, 2));
    create(TestBatches.capped(tenant, null, 2));
    post(TestBatches.capped(tenant, null, 2)).statusCode(429).body("code", equalTo("rate_limited"));
  }

  @Test
  void aFinishedBatchFreesItsPlace() {
    String tenant = TestBatches.newTenant();
    CreateBatch first = TestBatches.capped(tenant, null, 1);
    create(first);
    post(TestBatches.capped(tenant, null, 1)).statusCode(429);
    cancel(first.id(), tenant).statusCode(200);
    post(TestBatches.capped(tenant, null, 1)).statusCode(201);
  }

  @Test
  void aBatchRunningPastItsTtlStillHoldsItsPlace() {
    String tenant = TestBatches.newTenant();
    CreateBatch first = TestBatches.capped(tenant, null, 1);
    create(first);
    Database.ageBatch(first.id(), TestBatches.ONE_HOUR.multipliedBy(2));

    post(TestBatches.capped(tenant, null, 1)).statusCode(429);
  }

  @Test
  void anIdempotentReplayIsNeverRefusedByTheCap() {
    String tenant = TestBatches.newTenant();
    create(TestBatches.capped(tenant, "key-1", 1));
    post(TestBatches.capped(tenant, "key-1", 1)).statusCode(200).body("created", equalTo(false));
  }

  @Test
  void otherTenantsAreNotCounted() {
    create(TestBatches.capped(TestBatches.newTenant(), null, 1));
    post(TestBatches.capped(TestBatches.newTenant(), null, 1)).statusCode(201);
  }
}
