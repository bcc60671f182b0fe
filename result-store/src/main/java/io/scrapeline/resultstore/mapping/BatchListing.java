package io.scrapeline.resultstore.mapping;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.scrapeline.model.BatchStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code GET /v1/batch/{kind}}: one page of a tenant's batches, newest first. */
public record BatchListing(List<Job> jobs, Pagination pagination) {

  /** One batch of the list; {@code formats} is the stored {@code config.formats}, as-is. */
  public record Job(
      UUID id,
      BatchStatus status,
      int total,
      int completed,
      int failed,
      int cancelled,
      @JsonRawValue String formats,
      Instant createdAt,
      Instant finishedAt) {}

  /** Where the page stands: {@code total} batches in {@code totalPages} pages of {@code limit}. */
  public record Pagination(int page, int limit, long total, long totalPages) {}
}
