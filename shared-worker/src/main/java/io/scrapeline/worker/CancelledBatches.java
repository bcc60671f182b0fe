package io.scrapeline.worker;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The batches cancelled on batch.control, so their requests are skipped (the result store already
 * marked their pending items cancelled). Bounded: the oldest cancellations go first, by when they
 * were all processed or expired long ago.
 */
public final class CancelledBatches {

  /** Far more batches than are ever cancelled while their requests are still queued. */
  static final int MAX_REMEMBERED = 100_000;

  private final Map<UUID, Boolean> batches =
      new LinkedHashMap<>(1024, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Boolean> eldest) {
          return size() > MAX_REMEMBERED;
        }
      };

  public synchronized void cancel(UUID batchId) {
    batches.put(batchId, Boolean.TRUE);
  }

  public synchronized boolean isCancelled(UUID batchId) {
    return batches.containsKey(batchId);
  }
}
