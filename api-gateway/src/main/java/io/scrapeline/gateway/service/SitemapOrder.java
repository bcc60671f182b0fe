package io.scrapeline.gateway.service;

import io.scrapeline.model.BatchKind;
import io.scrapeline.model.ScrapeOptions;
import io.scrapeline.model.SitemapRequest;
import io.scrapeline.model.Topics;
import io.scrapeline.model.WireMessage;
import io.scrapeline.model.internal.BatchItem;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Discover the links of every sitemap (or site root).
 *
 * @param maxUrls links kept per input
 * @param followIndex follow sitemap indexes recursively
 * @param scrape when present, every discovered link is scraped into a child batch with these
 *     options
 */
public record SitemapOrder(int maxUrls, boolean followIndex, ScrapeOptions scrape)
    implements WorkOrder {

  @Override
  public BatchKind kind() {
    return BatchKind.SITEMAP;
  }

  @Override
  public Map<String, Object> config() {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("max_urls", maxUrls);
    config.put("follow_index", followIndex);
    config.put("scrape", scrape == null ? null : ScrapeOrder.describe(scrape));
    return config;
  }

  @Override
  public String topic(Topics topics) {
    return topics.sitemapRequests();
  }

  @Override
  public WireMessage request(UUID batchId, String tenant, BatchItem item, Instant enqueuedAt) {
    return SitemapRequest.of(
        batchId, tenant, item.inputIndex(), item.url(), maxUrls, followIndex, enqueuedAt);
  }
}
