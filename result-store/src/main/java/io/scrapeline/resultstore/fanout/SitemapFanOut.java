package io.scrapeline.resultstore.fanout;

import io.scrapeline.model.BatchIds;
import io.scrapeline.model.BatchKind;
import io.scrapeline.model.url.UrlValidation;
import io.scrapeline.resultstore.config.ResultStoreConfig;
import io.scrapeline.resultstore.repository.BatchRepository;
import io.scrapeline.resultstore.repository.ItemRepository;
import io.scrapeline.resultstore.repository.NewBatch;
import io.scrapeline.resultstore.repository.SitemapChunkRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The fan-out of a sitemap batch with a {@code scrape} option, in the transaction that completes
 * it: its discovered links become one child scrape batch of the same tenant and ttl (kept that long
 * after the child itself finishes), with the {@code scrape} options as its config and pending items
 * in input order, then link order, de-duplicated across inputs; {@code scrape_batch_id} is set on
 * the sitemap batch, and a sitemap_fan_outs row makes {@link FanOutDispatcher} publish the child's
 * scrape requests.
 *
 * <p>A child batch holds at most max-urls-per-batch URLs, like a submitted one: beyond that the
 * first ones are kept and the sitemap batch says {@code scrape_truncated: true} (every link stays
 * readable on the sitemap batch's links endpoint). Without any link there is no child batch and
 * {@code scrape_batch_id} stays null.
 */
@ApplicationScoped
public class SitemapFanOut {

  private static final Logger LOG = Logger.getLogger(SitemapFanOut.class);

  private final FanOutRepository fanOuts;
  private final SitemapChunkRepository chunks;
  private final BatchRepository batches;
  private final ItemRepository items;
  private final int maxUrlsPerBatch;

  SitemapFanOut(
      FanOutRepository fanOuts,
      SitemapChunkRepository chunks,
      BatchRepository batches,
      ItemRepository items,
      ResultStoreConfig config) {
    this.fanOuts = fanOuts;
    this.chunks = chunks;
    this.batches = batches;
    this.items = items;
    this.maxUrlsPerBatch = config.maxUrlsPerBatch();
  }

  /** Creates the child batches owed by those of {@code batchIds} that just completed. */
  public void completed(Collection<UUID> batchIds) {
    for (FanOutRepository.Parent parent : fanOuts.parents(batchIds)) {
      ChildUrls urls = childUrls(parent.id());
      if (urls.accepted.isEmpty()) {
        LOG.infof("sitemap batch %s found no links: no scrape batch", parent.id());
        continue;
      }
      UUID child = BatchIds.next();
      batches.insert(
          new NewBatch(
              child,
              parent.tenant(),
              BatchKind.SCRAPE.code(),
              urls.accepted.size(),
              "[]",
              parent.scrapeConfigJson(),
              null,
              null,
              null,
              parent.ttl()));
      Integer[] indexes = new Integer[urls.accepted.size()];
      for (int i = 0; i < indexes.length; i++) {
        indexes[i] = i;
      }
      items.insertPending(child, indexes, urls.accepted.toArray(String[]::new));
      fanOuts.recordChild(parent.id(), child, urls.truncated);
      LOG.infof(
          "sitemap batch %s: scrape batch %s with %d URLs%s",
          parent.id(), child, indexes.length, urls.truncated ? " (truncated)" : "");
    }
  }

  /** The distinct acceptable links of the batch, up to the limit, and whether more were left. */
  private ChildUrls childUrls(UUID sitemapBatch) {
    ChildUrls urls = new ChildUrls();
    chunks.visitBatchLinks(
        sitemapBatch,
        link -> {
          if (UrlValidation.problem(link).isPresent() || urls.accepted.contains(link)) {
            return true;
          }
          if (urls.accepted.size() >= maxUrlsPerBatch) {
            urls.truncated = true;
            return false;
          }
          urls.accepted.add(link);
          return true;
        });
    return urls;
  }

  /** The URLs of a child batch being collected. */
  private static final class ChildUrls {
    final Set<String> accepted = new LinkedHashSet<>();
    boolean truncated;
  }
}
