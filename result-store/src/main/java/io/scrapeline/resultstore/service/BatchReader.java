package io.scrapeline.resultstore.service;

import io.scrapeline.model.BatchKind;
import io.scrapeline.model.BatchStatus;
import io.scrapeline.model.ItemErrorCode;
import io.scrapeline.resultstore.mapping.BatchListing;
import io.scrapeline.resultstore.mapping.BatchMapper;
import io.scrapeline.resultstore.mapping.BatchStatusDocument;
import io.scrapeline.resultstore.mapping.ErrorReport;
import io.scrapeline.resultstore.mapping.ItemView;
import io.scrapeline.resultstore.repository.BatchEntity;
import io.scrapeline.resultstore.repository.BatchRepository;
import io.scrapeline.resultstore.repository.FailedItemRow;
import io.scrapeline.resultstore.repository.ItemRepository;
import io.scrapeline.resultstore.repository.ItemRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** The read side of the internal API: status documents, batch lists and error reports. */
@ApplicationScoped
public class BatchReader {

  private final BatchLookup lookup;
  private final BatchRepository batches;
  private final ItemRepository items;

  BatchReader(BatchLookup lookup, BatchRepository batches, ItemRepository items) {
    this.lookup = lookup;
    this.batches = batches;
    this.items = items;
  }

  /** The status document with one page of items; a page past the end has no results. */
  @Transactional
  public BatchStatusDocument status(
      UUID id, String tenant, BatchKind kind, ItemPageRequest request) {
    BatchEntity batch = lookup.visible(id, tenant, kind);
    String status = request.status() == null ? null : request.status().code();
    int size = request.pageSize();
    List<ItemRow> rows =
        items.page(id, kind == BatchKind.SITEMAP, status, request.offset(), size + 1);
    boolean more = rows.size() > size;
    List<ItemView> results =
        rows.stream().limit(size).map(row -> BatchMapper.item(row, kind)).toList();
    return new BatchStatusDocument(
        BatchMapper.summary(batch),
        request.reportedPage(),
        size,
        more ? request.nextPath(kind, id) : null,
        results);
  }

  /** One page of the tenant's unexpired batches of {@code kind}, newest first. */
  @Transactional
  public BatchListing list(String tenant, BatchKind kind, BatchStatus status, int page, int limit) {
    String statusCode = status == null ? null : status.code();
    long offset = (long) (page - 1) * limit;
    List<BatchListing.Job> jobs =
        batches.list(tenant, kind.code(), statusCode, limit, offset).stream()
            .map(BatchMapper::job)
            .toList();
    long total = batches.count(tenant, kind.code(), statusCode);
    long totalPages = (total + limit - 1) / limit;
    return new BatchListing(jobs, new BatchListing.Pagination(page, limit, total, totalPages));
  }

  /** Every failed item, and the URLs among them that robots.txt disallowed. */
  @Transactional
  public ErrorReport errors(UUID id, String tenant, BatchKind kind) {
    lookup.visible(id, tenant, kind);
    List<FailedItemRow> failed = items.failed(id);
    List<String> robotsBlocked =
        failed.stream()
            .filter(row -> ItemErrorCode.ROBOTS_DISALLOWED.code().equals(row.code()))
            .map(FailedItemRow::url)
            .toList();
    return new ErrorReport(failed.stream().map(BatchMapper::error).toList(), robotsBlocked);
  }
}
