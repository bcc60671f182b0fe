package io.scrapeline.gateway.service;

import io.scrapeline.model.internal.BatchItem;
import java.util.List;
import java.util.Map;

/**
 * A submission that passed validation: the valid URLs at their input positions, the rejected ones,
 * what to do with each URL, the optional webhook, and a digest of the body for Idempotency-Key
 * checks.
 */
public record SubmittedBatch(
    List<BatchItem> items,
    List<String> invalidUrls,
    WorkOrder order,
    Map<String, Object> webhook,
    String requestHash) {

  public SubmittedBatch {
    items = List.copyOf(items);
    invalidUrls = List.copyOf(invalidUrls);
  }
}
