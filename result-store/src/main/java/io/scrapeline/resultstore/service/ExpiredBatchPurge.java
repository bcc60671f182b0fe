package io.scrapeline.resultstore.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.scrapeline.resultstore.config.ResultStoreConfig;
import io.scrapeline.resultstore.repository.BatchExpiry;
import io.scrapeline.resultstore.repository.BatchRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Deletes expired batches with their items, in bounded transactions so no sweep holds long locks.
 * Only finished batches expire (see {@link BatchExpiry}): a running one is never purged.
 */
@ApplicationScoped
public class ExpiredBatchPurge {

  private static final Logger LOG = Logger.getLogger(ExpiredBatchPurge.class);

  private final BatchRepository batches;
  private final ResultStoreConfig config;

  ExpiredBatchPurge(BatchRepository batches, ResultStoreConfig config) {
    this.batches = batches;
    this.config = config;
  }

  @Scheduled(
      identity = "expired-batch-purge",
      every = "${scrapeline.result-store.purge-interval:5m}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void onSchedule() {
    purgeExpired();
  }

  /** Deletes every batch whose {@code expires_at} has passed; returns how many. */
  public int purgeExpired() {
    int chunk = config.purgeChunkSize();
    int purged = 0;
    int deleted;
    do {
      deleted = QuarkusTransaction.requiringNew().call(() -> batches.deleteExpired(chunk));
      purged += deleted;
    } while (deleted == chunk);
    if (purged > 0) {
      LOG.infof("purged %d expired batches", purged);
    }
    return purged;
  }
}
