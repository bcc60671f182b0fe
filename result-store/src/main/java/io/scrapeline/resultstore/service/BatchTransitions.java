package io.scrapeline.resultstore.service;

import io.scrapeline.model.BatchKind;
import io.scrapeline.model.BatchStatus;
import io.scrapeline.resultstore.mapping.BatchMapper;
import io.scrapeline.resultstore.mapping.BatchSummary;
import io.scrapeline.resultstore.repository.BatchEntity;
import io.scrapeline.resultstore.repository.ItemRepository;
import io.scrapeline.resultstore.webhook.WebhookOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Ends a batch early, each in one transaction that holds the batch row's lock: a cancel (pending
 * items become cancelled) or a failure (the batch could not be run). The lock orders these against
 * the result consumer, which locks the batch row before it touches items.
 */
@ApplicationScoped
public class BatchTransitions {

  private static final Logger LOG = Logger.getLogger(BatchTransitions.class);

  private final BatchLookup lookup;
  private final ItemRepository items;
  private final WebhookOutbox webhooks;

  BatchTransitions(BatchLookup lookup, ItemRepository items, WebhookOutbox webhooks) {
    this.lookup = lookup;
    this.items = items;
    this.webhooks = webhooks;
  }

  /**
   * Cancels every pending item and the batch; a cancelled batch stays as it is.
   *
   * @throws StoreException {@code batch_finished} when the batch completed or failed
   */
  @Transactional
  public BatchSummary cancel(UUID id, String tenant, BatchKind kind) {
    BatchEntity batch = lookup.visibleForUpdate(id, tenant, kind);
    BatchStatus status = BatchStatus.fromCode(batch.status);
    if (status == BatchStatus.COMPLETED || status == BatchStatus.FAILED) {
      throw StoreException.batchFinished(status.code());
    }
    if (status != BatchStatus.CANCELLED) {
      batch.cancelled += items.cancelPending(id);
      batch.finish(BatchStatus.CANCELLED.code(), now());
      BatchEntity.flush();
      webhooks.cancelled(id);
    }
    return BatchMapper.summary(batch);
  }

  /**
   * Marks the batch failed with {@code code} (e.g. {@code enqueue_failed}); its items stay as they
   * are, and results arriving later are ignored. A failed batch stays as it is.
   *
   * @throws StoreException {@code batch_finished} when the batch completed or was cancelled
   */
  @Transactional
  public BatchSummary fail(UUID id, String code, String message) {
    BatchEntity batch = lookup.unexpiredForUpdate(id);
    BatchStatus status = BatchStatus.fromCode(batch.status);
    if (status == BatchStatus.COMPLETED || status == BatchStatus.CANCELLED) {
      throw StoreException.batchFinished(status.code());
    }
    if (status != BatchStatus.FAILED) {
      batch.errorCode = code;
      batch.finish(BatchStatus.FAILED.code(), now());
      LOG.warnf("batch %s failed: %s: %s", id, code, message);
    }
    return BatchMapper.summary(batch);
  }

  /** Now, at the microsecond precision of timestamptz, so a later read answers the same value. */
  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
