package io.scrapeline.resultstore.repository;

import java.util.UUID;

/**
 * A finished item to store: the result of one scrape or sitemap input, JSON columns as JSON text.
 *
 * @param kind the kind of batch the result belongs to ({@code scrape} or {@code sitemap})
 * @param status {@code completed} or {@code failed}
 */
public record ItemOutcome(
    UUID batchId,
    String kind,
    int inputIndex,
    String status,
    String dataJson,
    String metadataJson,
    String errorCode,
    String errorMessage) {

  public boolean isCompleted() {
    return "completed".equals(status);
  }
}
