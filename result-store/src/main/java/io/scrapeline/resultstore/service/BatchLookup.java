package io.scrapeline.resultstore.service;

import io.scrapeline.model.BatchKind;
import io.scrapeline.resultstore.repository.BatchEntity;
import io.scrapeline.resultstore.repository.BatchExpiry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.UUID;

/**
 * Finds the batch a caller may see: an unknown id, another tenant's or kind's batch and an expired
 * one (see {@link BatchExpiry}) are all the same 404, so that nobody learns another tenant's ids.
 */
@ApplicationScoped
public class BatchLookup {

  /** The batch, read in the caller's transaction. */
  public BatchEntity visible(UUID id, String tenant, BatchKind kind) {
    return check(BatchEntity.findById(id), tenant, kind);
  }

  /** The batch, locked until the caller's transaction ends. */
  public BatchEntity visibleForUpdate(UUID id, String tenant, BatchKind kind) {
    return check(BatchEntity.findById(id, LockModeType.PESSIMISTIC_WRITE), tenant, kind);
  }

  /** Any unexpired batch by id alone, locked: for the gateway's own bookkeeping calls. */
  public BatchEntity unexpiredForUpdate(UUID id) {
    BatchEntity batch = BatchEntity.findById(id, LockModeType.PESSIMISTIC_WRITE);
    if (batch == null || isExpired(batch)) {
      throw StoreException.notFound();
    }
    return batch;
  }

  private static BatchEntity check(BatchEntity batch, String tenant, BatchKind kind) {
    if (batch == null
        || !batch.tenant.equals(tenant)
        || !batch.kind.equals(kind.code())
        || isExpired(batch)) {
      throw StoreException.notFound();
    }
    return batch;
  }

  private static boolean isExpired(BatchEntity batch) {
    return BatchExpiry.isExpired(batch.expiresAt, Instant.now());
  }
}
