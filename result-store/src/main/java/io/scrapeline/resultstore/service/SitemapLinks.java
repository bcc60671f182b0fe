package io.scrapeline.resultstore.service;

import io.scrapeline.model.BatchKind;
import io.scrapeline.model.ItemStatus;
import io.scrapeline.resultstore.mapping.SitemapLinksPage;
import io.scrapeline.resultstore.repository.ItemRepository;
import io.scrapeline.resultstore.repository.ItemRow;
import io.scrapeline.resultstore.repository.SitemapChunkRepository;
import io.scrapeline.resultstore.repository.SitemapInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Pages through all links of one sitemap input, however many: the status page shows only the first
 * ones. Reads only the stored chunks that hold the requested range.
 */
@ApplicationScoped
public class SitemapLinks {

  public static final int DEFAULT_LIMIT = 1000;
  public static final int MAX_LIMIT = 10_000;

  private final BatchLookup lookup;
  private final ItemRepository items;
  private final SitemapChunkRepository chunks;

  SitemapLinks(BatchLookup lookup, ItemRepository items, SitemapChunkRepository chunks) {
    this.lookup = lookup;
    this.items = items;
    this.chunks = chunks;
  }

  /**
   * Links {@code from} to {@code from + limit} of input {@code inputIndex}.
   *
   * @throws StoreException not_found for an unknown batch or input, invalid_request for bad bounds
   */
  @Transactional
  public SitemapLinksPage page(UUID id, String tenant, int inputIndex, long from, int limit) {
    if (from < 0) {
      throw StoreException.invalidRequest("from must be at least 0");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw StoreException.invalidRequest("limit must be between 1 and " + MAX_LIMIT);
    }
    lookup.visible(id, tenant, BatchKind.SITEMAP);
    ItemRow item = items.sitemapItem(id, inputIndex).orElseThrow(StoreException::notFound);
    ItemStatus status = ItemStatus.fromCode(item.status());
    boolean completed = status == ItemStatus.COMPLETED;
    List<String> links =
        completed ? chunks.links(new SitemapInput(id, inputIndex), from, limit) : List.of();
    boolean more = completed && item.linkCount() != null && from + limit < item.linkCount();
    String next =
        more
            ? "/v1/batch/sitemap/%s/items/%d/links?from=%d&limit=%d"
                .formatted(id, inputIndex, from + limit, limit)
            : null;
    return new SitemapLinksPage(
        id,
        inputIndex,
        item.url(),
        status,
        completed ? item.linkCount() : null,
        from,
        limit,
        next,
        links);
  }
}
