package io.scrapeline.resultstore.mapping;

import io.scrapeline.model.BatchKind;
import io.scrapeline.model.BatchStatus;
import io.scrapeline.model.ItemStatus;
import io.scrapeline.model.internal.CreatedBatch;
import io.scrapeline.resultstore.mapping.BatchSummary.SitemapFields;
import io.scrapeline.resultstore.repository.BatchEntity;
import io.scrapeline.resultstore.repository.BatchListRow;
import io.scrapeline.resultstore.repository.ExistingBatch;
import io.scrapeline.resultstore.repository.FailedItemRow;
import io.scrapeline.resultstore.repository.ItemRow;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Turns entities and rows into the records of the internal API; nothing else goes on the wire. */
public final class BatchMapper {

  private BatchMapper() {}

  /**
   * The batch as the status document shows it. An unfinished batch's {@code expires_at} is the
   * earliest it can be, its ttl from now: a client reading it may rely on the batch until then.
   */
  public static BatchSummary summary(BatchEntity batch) {
    boolean sitemap = BatchKind.SITEMAP.code().equals(batch.kind);
    // Microseconds, like the timestamps read from the database.
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    return new BatchSummary(
        batch.id,
        BatchStatus.fromCode(batch.status),
        batch.total,
        batch.completed,
        batch.failed,
        batch.cancelled,
        batch.pending(),
        batch.invalidUrls,
        batch.config,
        batch.createdAt,
        batch.finishedAt,
        batch.expiresAtAsOf(now),
        sitemap ? new SitemapFields(batch.scrapeBatchId, batch.scrapeTruncated) : null);
  }

  public static ItemView item(ItemRow row, BatchKind kind) {
    ItemErrorView error =
        row.errorCode() == null ? null : new ItemErrorView(row.errorCode(), row.errorMessage());
    ItemStatus status = ItemStatus.fromCode(row.status());
    if (kind == BatchKind.SITEMAP) {
      return new SitemapItemView(
          row.inputIndex(),
          row.url(),
          status,
          row.linksJson(),
          row.linkCount(),
          row.metadataJson(),
          error);
    }
    return new ScrapeItemView(
        row.inputIndex(), row.url(), status, row.dataJson(), row.metadataJson(), error);
  }

  public static BatchListing.Job job(BatchListRow row) {
    return new BatchListing.Job(
        row.id(),
        BatchStatus.fromCode(row.status()),
        row.total(),
        row.completed(),
        row.failed(),
        row.cancelled(),
        row.formatsJson(),
        row.createdAt(),
        row.finishedAt());
  }

  public static ErrorReport.Entry error(FailedItemRow row) {
    return new ErrorReport.Entry(
        row.inputIndex(), row.url(), row.code(), row.message(), row.statusCode());
  }

  /** The answer to a create that found an earlier batch of the same key (or id). */
  public static CreatedBatch replay(ExistingBatch batch) {
    return new CreatedBatch(
        batch.id(),
        BatchStatus.fromCode(batch.status()),
        batch.total(),
        StoredJson.readStrings(batch.invalidUrlsJson()),
        false);
  }
}
