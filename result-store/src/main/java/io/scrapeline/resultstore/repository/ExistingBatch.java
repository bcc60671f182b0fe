package io.scrapeline.resultstore.repository;

import java.util.UUID;

/** What an idempotent replay needs of an earlier batch with the same id or Idempotency-Key. */
public record ExistingBatch(
    UUID id,
    String tenant,
    String kind,
    String status,
    int total,
    String invalidUrlsJson,
    String idempotencyKey,
    String requestHash) {}
