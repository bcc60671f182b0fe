package io.scrapeline.resultstore.service;

import io.scrapeline.model.BatchControl;
import io.scrapeline.model.BatchKind;
import io.scrapeline.resultstore.kafka.RecordPublisher;
import io.scrapeline.resultstore.mapping.BatchSummary;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * A cancel: first committed in the database, then announced on batch.control so that workers skip
 * the batch's remaining requests. A repeated cancel announces again, so a caller whose first cancel
 * failed to publish (503) can simply retry.
 */
@ApplicationScoped
public class BatchCancellation {

  private final BatchTransitions transitions;
  private final RecordPublisher publisher;

  BatchCancellation(BatchTransitions transitions, RecordPublisher publisher) {
    this.transitions = transitions;
    this.publisher = publisher;
  }

  /**
   * Cancels the batch and publishes its control record.
   *
   * @throws StoreException {@code unavailable} when Kafka did not take the control record; the
   *     cancel itself is committed
   */
  public BatchSummary cancel(UUID id, String tenant, BatchKind kind) {
    BatchSummary summary = transitions.cancel(id, tenant, kind);
    publisher.publishControl(BatchControl.cancel(id, Instant.now()));
    return summary;
  }
}
