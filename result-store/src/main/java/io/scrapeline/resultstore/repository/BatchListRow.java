package io.scrapeline.resultstore.repository;

import java.time.Instant;
import java.util.UUID;

/** One line of a tenant's batch list; {@code formatsJson} is {@code config.formats} as JSON. */
public record BatchListRow(
    UUID id,
    String status,
    int total,
    int completed,
    int failed,
    int cancelled,
    String formatsJson,
    Instant createdAt,
    Instant finishedAt) {}
