package io.scrapeline.resultstore;

import io.scrapeline.model.BatchKind;
import io.scrapeline.model.internal.BatchItem;
import io.scrapeline.model.internal.CreateBatch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Batch requests as the gateway sends them; every test uses its own tenant. */
public final class TestBatches {

  public static final Duration ONE_HOUR = Duration.ofHours(1);

  private TestBatches() {}

  public static String newTenant() {
    return "tenant-" + UUID.randomUUID();
  }

  /** The URL of item {@code index} of every test batch. */
  public static String url(int index) {
    return "https://example.com/page/" + index;
  }

  /** The config the gateway stores and the status document shows. */
  public static Map<String, Object> config() {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("formats", List.of("markdown"));
    config.put("only_main_content", true);
    config.put("timeout_ms", 30000);
    config.put("max_retries", 2);
    config.put("headers", null);
    return config;
  }

  /** A scrape batch of {@code items} URLs (input indexes 0..items-1), kept for an hour. */
  public static CreateBatch scrape(String tenant, int items) {
    return batch(UUID.randomUUID(), tenant, BatchKind.SCRAPE, items, null, "hash-1", ONE_HOUR);
  }

  public static CreateBatch sitemap(String tenant, int items) {
    return batch(UUID.randomUUID(), tenant, BatchKind.SITEMAP, items, null, "hash-1", ONE_HOUR);
  }

  public static CreateBatch withKey(String tenant, String key, String hash) {
    return batch(UUID.randomUUID(), tenant, BatchKind.SCRAPE, 2, key, hash, ONE_HOUR);
  }

  public static CreateBatch withTtl(String tenant, Duration ttl) {
    return batch(UUID.randomUUID(), tenant, BatchKind.SCRAPE, 2, null, "hash-1", ttl);
  }

  /** A two-item batch of a tenant that may have at most {@code maxActive} unfinished batches. */
  public static CreateBatch capped(String tenant, String key, int maxActive) {
    CreateBatch batch =
        batch(UUID.randomUUID(), tenant, BatchKind.SCRAPE, 2, key, "hash-1", ONE_HOUR);
    return new CreateBatch(
        batch.id(),
        tenant,
        batch.kind(),
        batch.items(),
        batch.invalidUrls(),
        batch.config(),
        null,
        key,
        "hash-1",
        ONE_HOUR,
        maxActive);
  }

  public static CreateBatch batch(
      UUID id, String tenant, BatchKind kind, int items, String key, String hash, Duration ttl) {
    List<BatchItem> list = new ArrayList<>(items);
    for (int i = 0; i < items; i++) {
      list.add(new BatchItem(i, url(i)));
    }
    return new CreateBatch(
        id, tenant, kind, list, List.of("not a url"), config(), null, key, hash, ttl, 0);
  }
}
