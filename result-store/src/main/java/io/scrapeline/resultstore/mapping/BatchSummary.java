package io.scrapeline.resultstore.mapping;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.scrapeline.model.BatchStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * The status document of API.md without the page: what cancel and fail answer, and the head of
 * {@link BatchStatusDocument}. {@code invalidUrls} and {@code config} are stored JSON, written
 * as-is.
 *
 * @param expiresAt when the batch is deleted: its finish plus its ttl; while it is unfinished, now
 *     plus its ttl (it cannot expire earlier)
 * @param sitemap present (with its possibly null {@code scrape_batch_id}) only for sitemap batches
 */
public record BatchSummary(
    UUID id,
    BatchStatus status,
    int total,
    int completed,
    int failed,
    int cancelled,
    int pending,
    @JsonRawValue String invalidUrls,
    @JsonRawValue String config,
    Instant createdAt,
    Instant finishedAt,
    Instant expiresAt,
    @JsonUnwrapped SitemapFields sitemap) {

  /**
   * The fields only a sitemap batch has; unwrapped into the summary.
   *
   * @param scrapeBatchId the child scrape batch of a fan-out, null until there is one
   * @param scrapeTruncated with a child batch, whether more links were found than it could hold;
   *     null without one
   */
  public record SitemapFields(UUID scrapeBatchId, Boolean scrapeTruncated) {}
}
