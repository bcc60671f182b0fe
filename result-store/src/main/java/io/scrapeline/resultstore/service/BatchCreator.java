package io.scrapeline.resultstore.service;

import io.scrapeline.model.BatchStatus;
import io.scrapeline.model.internal.BatchItem;
import io.scrapeline.model.internal.CreateBatch;
import io.scrapeline.model.internal.CreatedBatch;
import io.scrapeline.resultstore.config.ResultStoreConfig;
import io.scrapeline.resultstore.mapping.BatchMapper;
import io.scrapeline.resultstore.mapping.StoredJson;
import io.scrapeline.resultstore.repository.BatchRepository;
import io.scrapeline.resultstore.repository.ExistingBatch;
import io.scrapeline.resultstore.repository.ItemRepository;
import io.scrapeline.resultstore.repository.NewBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Registers a batch and all its pending items in one transaction, once per Idempotency-Key: a
 * replay of the same request answers the earlier batch, a different request under the same key is a
 * conflict. The unique index on (tenant, idempotency_key) makes concurrent duplicates collide in
 * the database, never in memory.
 */
@ApplicationScoped
public class BatchCreator {

  private final BatchRepository batches;
  private final ItemRepository items;
  private final ResultStoreConfig config;

  BatchCreator(BatchRepository batches, ItemRepository items, ResultStoreConfig config) {
    this.batches = batches;
    this.items = items;
    this.config = config;
  }

  @Transactional
  public CreatedBatch create(CreateBatch request) {
    validate(request);
    if (request.idempotencyKey() != null) {
      batches.releaseStaleIdempotencyKey(
          request.tenant(), request.idempotencyKey(), config.idempotencyWindow());
    }
    if (request.maxActiveBatches() > 0) {
      enforceActiveBatchCap(request);
    }
    if (!batches.insert(newBatch(request))) {
      return replay(request);
    }
    List<BatchItem> list = request.items();
    Integer[] indexes = new Integer[list.size()];
    String[] urls = new String[list.size()];
    for (int i = 0; i < indexes.length; i++) {
      indexes[i] = list.get(i).inputIndex();
      urls[i] = list.get(i).url();
    }
    items.insertPending(request.id(), indexes, urls);
    return new CreatedBatch(
        request.id(), BatchStatus.QUEUED, list.size(), request.invalidUrls(), true);
  }

  /** A replay of an existing batch is never refused: it creates nothing. */
  private void enforceActiveBatchCap(CreateBatch request) {
    batches.lockTenant(request.tenant());
    boolean replay =
        request.idempotencyKey() != null
            && batches
                .findExisting(request.id(), request.tenant(), request.idempotencyKey())
                .isPresent();
    if (!replay && batches.countActive(request.tenant()) >= request.maxActiveBatches()) {
      throw StoreException.rateLimited(
          "the tenant already has "
              + request.maxActiveBatches()
              + " unfinished batches; wait for one to finish");
    }
  }

  private CreatedBatch replay(CreateBatch request) {
    ExistingBatch existing =
        batches
            .findExisting(request.id(), request.tenant(), request.idempotencyKey())
            .orElseThrow(
                () -> StoreException.unavailable("the batch changed concurrently; try again"));
    boolean sameKey =
        request.idempotencyKey() != null
            && request.idempotencyKey().equals(existing.idempotencyKey())
            && request.tenant().equals(existing.tenant());
    boolean sameRequest =
        request.tenant().equals(existing.tenant())
            && request.kind().code().equals(existing.kind())
            && Objects.equals(request.requestHash(), existing.requestHash());
    if (!sameRequest) {
      throw StoreException.idempotencyConflict(
          sameKey
              ? "the Idempotency-Key was used before with a different request"
              : "a batch with this id already exists");
    }
    return BatchMapper.replay(existing);
  }

  private static NewBatch newBatch(CreateBatch request) {
    return new NewBatch(
        request.id(),
        request.tenant(),
        request.kind().code(),
        request.items().size(),
        StoredJson.write(request.invalidUrls()),
        StoredJson.write(request.config()),
        StoredJson.write(request.webhook()),
        request.idempotencyKey(),
        request.requestHash(),
        request.ttl());
  }

  private static void validate(CreateBatch request) {
    if (request.tenant().isBlank()) {
      throw StoreException.invalidRequest("tenant must not be blank");
    }
    if (request.ttl().isNegative()) {
      throw StoreException.invalidRequest("ttl must not be negative");
    }
    if (request.idempotencyKey() != null && request.idempotencyKey().isBlank()) {
      throw StoreException.invalidRequest("idempotency_key must not be blank");
    }
    Set<Integer> seen = new HashSet<>();
    for (BatchItem item : request.items()) {
      if (item.url().isBlank() || item.url().indexOf('\0') >= 0) {
        throw StoreException.invalidRequest("items[].url must be a URL: " + item.inputIndex());
      }
      if (!seen.add(item.inputIndex())) {
        throw StoreException.invalidRequest("duplicate items[].input_index " + item.inputIndex());
      }
    }
  }
}
