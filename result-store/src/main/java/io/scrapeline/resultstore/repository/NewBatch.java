package io.scrapeline.resultstore.repository;

import java.time.Duration;
import java.util.UUID;

/** The values of a batch row to insert; JSON columns come as JSON text. */
public record NewBatch(
    UUID id,
    String tenant,
    String kind,
    int total,
    String invalidUrlsJson,
    String configJson,
    String webhookJson,
    String idempotencyKey,
    String requestHash,
    Duration ttl) {}
