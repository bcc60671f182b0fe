package io.scrapeline.resultstore.service;

import io.scrapeline.model.BatchKind;
import io.scrapeline.model.ItemStatus;
import java.util.UUID;

/**
 * Which items of a batch one status read lists: a page number and size, or an offset ({@code from})
 * and size, optionally only the items in one status. When {@code from} is given it wins over {@code
 * page}, and the document reports the page that offset falls in.
 *
 * @param page the 1-based page number (ignored when {@code from} is set)
 * @param pageSize items per page
 * @param from the 0-based offset into the listed items, or null to use {@code page}
 * @param status only items in this status, or null for all
 */
public record ItemPageRequest(int page, int pageSize, Long from, ItemStatus status) {

  public static final int DEFAULT_PAGE_SIZE = 10;
  public static final int MAX_PAGE_SIZE = 100;

  public ItemPageRequest {
    if (page < 1) {
      throw new IllegalArgumentException("page must be at least 1");
    }
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("page_size must be between 1 and " + MAX_PAGE_SIZE);
    }
    if (from != null && from < 0) {
      throw new IllegalArgumentException("from must be at least 0");
    }
  }

  /** The number of listed items before this page. */
  public long offset() {
    return from != null ? from : (long) (page - 1) * pageSize;
  }

  /** The page number the document reports: with {@code from}, the page that offset falls in. */
  public int reportedPage() {
    return from == null ? page : (int) Math.min(Integer.MAX_VALUE, from / pageSize + 1);
  }

  /** The gateway path of the following page, keeping the page size, the filter and the style. */
  public String nextPath(BatchKind kind, UUID id) {
    String position = from == null ? "page=" + (page + 1) : "from=" + (from + pageSize);
    String filter = status == null ? "" : "&status=" + status.code();
    return "/v1/batch/"
        + kind.code()
        + "/"
        + id
        + "?"
        + position
        + "&page_size="
        + pageSize
        + filter;
  }
}
