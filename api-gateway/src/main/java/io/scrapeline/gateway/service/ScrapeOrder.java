package io.scrapeline.gateway.service;

import io.scrapeline.model.BatchKind;
import io.scrapeline.model.Format;
import io.scrapeline.model.ScrapeOptions;
import io.scrapeline.model.ScrapeRequest;
import io.scrapeline.model.Topics;
import io.scrapeline.model.WireMessage;
import io.scrapeline.model.internal.BatchItem;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Scrape every URL with the same options. */
public record ScrapeOrder(ScrapeOptions options) implements WorkOrder {

  @Override
  public BatchKind kind() {
    return BatchKind.SCRAPE;
  }

  @Override
  public Map<String, Object> config() {
    return describe(options);
  }

  /**
   * The options as API.md's {@code config} object (also nested in a sitemap batch's {@code
   * scrape}).
   */
  public static Map<String, Object> describe(ScrapeOptions options) {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("formats", options.formats().stream().map(Format::code).toList());
    config.put("only_main_content", options.onlyMainContent());
    config.put("include_tags", options.includeTags());
    config.put("exclude_tags", options.excludeTags());
    config.put("timeout_ms", options.timeoutMs());
    config.put("max_retries", options.maxRetries());
    config.put("headers", options.headers().isEmpty() ? null : options.headers());
    return config;
  }

  @Override
  public String topic(Topics topics) {
    return topics.scrapeRequests();
  }

  @Override
  public WireMessage request(UUID batchId, String tenant, BatchItem item, Instant enqueuedAt) {
    return ScrapeRequest.of(batchId, tenant, item.inputIndex(), item.url(), options, enqueuedAt);
  }
}
