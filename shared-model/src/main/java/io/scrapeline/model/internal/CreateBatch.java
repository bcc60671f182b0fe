package io.scrapeline.model.internal;

import io.scrapeline.model.BatchKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The gateway's request to the result store ({@code POST /internal/batches}): register a batch and
 * all its pending items in one transaction, before anything is published.
 *
 * @param id the batch id the gateway assigned (UUID v7)
 * @param tenant the owner
 * @param kind scrape or sitemap
 * @param items the valid URLs; never empty
 * @param invalidUrls the rejected inputs, reported on submit and status
 * @param config the applied settings as the status document shows them under {@code config}
 * @param webhook the optional webhook ({@code url}, {@code events}), or null
 * @param idempotencyKey the client's {@code Idempotency-Key}, or null
 * @param requestHash a digest of the request body, to tell a retry from a conflicting reuse of the
 *     key
 * @param ttl how long the batch is kept after it finished (completed, cancelled or failed); an
 *     unfinished batch never expires
 * @param maxActiveBatches refuse the batch when the tenant already has this many queued or running
 *     batches; 0 for no cap. Checked by the store, where the count is exact across gateway replicas
 */
public record CreateBatch(
    UUID id,
    String tenant,
    BatchKind kind,
    List<BatchItem> items,
    List<String> invalidUrls,
    Map<String, Object> config,
    Map<String, Object> webhook,
    String idempotencyKey,
    String requestHash,
    Duration ttl,
    int maxActiveBatches) {

  public CreateBatch {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(ttl, "ttl");
    items = List.copyOf(Objects.requireNonNull(items, "items"));
    if (items.isEmpty()) {
      throw new IllegalArgumentException("a batch needs at least one item");
    }
    invalidUrls = invalidUrls == null ? List.of() : List.copyOf(invalidUrls);
    config = config == null ? Map.of() : config;
    if (maxActiveBatches < 0) {
      throw new IllegalArgumentException("maxActiveBatches must be >= 0: " + maxActiveBatches);
    }
  }
}
