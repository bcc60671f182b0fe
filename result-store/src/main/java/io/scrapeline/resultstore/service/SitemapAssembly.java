package io.scrapeline.resultstore.service;

import io.scrapeline.model.BatchKind;
import io.scrapeline.model.ItemStatus;
import io.scrapeline.resultstore.config.ResultStoreConfig;
import io.scrapeline.resultstore.mapping.StoredJson;
import io.scrapeline.resultstore.repository.CounterDelta;
import io.scrapeline.resultstore.repository.ItemOutcome;
import io.scrapeline.resultstore.repository.ItemRepository;
import io.scrapeline.resultstore.repository.SitemapChunk;
import io.scrapeline.resultstore.repository.SitemapChunkRepository;
import io.scrapeline.resultstore.repository.SitemapChunkRepository.StoredChunk;
import io.scrapeline.resultstore.repository.SitemapInput;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Reassembles chunked sitemap results inside the caller's transaction: each chunk is stored once,
 * and an input's item is completed by the chunk that makes its set whole, with the first links
 * (bounded) for the status page, the full link count and the metadata. Redelivered chunks change
 * nothing; counters grow only by the items completed.
 */
@ApplicationScoped
public class SitemapAssembly {

  /** Quotes and the comma around each link in the stored JSON array. */
  private static final int PER_LINK_BYTES = 3;

  private final SitemapChunkRepository chunks;
  private final ItemRepository items;
  private final ResultStoreConfig.Sitemap settings;

  SitemapAssembly(SitemapChunkRepository chunks, ItemRepository items, ResultStoreConfig config) {
    this.chunks = chunks;
    this.items = items;
    this.settings = config.sitemap();
  }

  /**
   * What storing a poll's chunks did.
   *
   * @param stored chunks stored now (the others were there already or no longer wanted)
   * @param completed per batch, the items completed now
   */
  public record Assembled(int stored, Map<UUID, CounterDelta> completed) {}

  /** Stores {@code arriving} and completes the items whose chunks are now all there. */
  public Assembled store(List<SitemapChunk> arriving) {
    if (arriving.isEmpty()) {
      return new Assembled(0, Map.of());
    }
    int stored = 0;
    for (int changed : chunks.store(arriving)) {
      stored += changed;
    }
    Set<SitemapInput> touched = new LinkedHashSet<>();
    arriving.forEach(chunk -> touched.add(chunk.input()));
    List<ItemOutcome> outcomes = new ArrayList<>();
    for (SitemapInput input : chunks.complete(touched)) {
      chunks.numberLinks(input);
      outcomes.add(completed(input));
    }
    Map<UUID, CounterDelta> completed = new HashMap<>();
    int[] changed = outcomes.isEmpty() ? new int[0] : items.applyOutcomes(outcomes);
    for (int i = 0; i < changed.length; i++) {
      if (changed[i] > 0) {
        completed.merge(outcomes.get(i).batchId(), new CounterDelta(1, 0), CounterDelta::plus);
      }
    }
    return new Assembled(stored, completed);
  }

  /** The item's completed state: the first links, the full count, the metadata of the chunks. */
  private ItemOutcome completed(SitemapInput input) {
    Preview preview = new Preview();
    chunks.visitChunks(input, preview);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("links", preview.links);
    data.put("link_count", preview.linkCount);
    return new ItemOutcome(
        input.batchId(),
        BatchKind.SITEMAP.code(),
        input.inputIndex(),
        ItemStatus.COMPLETED.code(),
        StoredJson.write(data),
        preview.metadataJson,
        null,
        null);
  }

  /**
   * The first links of an input within the status page's bounds, read chunk by chunk until they are
   * reached; the count and metadata come from the first chunk (every chunk carries them).
   */
  private final class Preview implements Predicate<StoredChunk> {
    final List<String> links = new ArrayList<>();
    long bytes;
    int linkCount;
    String metadataJson;
    boolean first = true;

    @Override
    public boolean test(StoredChunk chunk) {
      if (first) {
        first = false;
        linkCount = chunk.linkCount();
        metadataJson = chunk.metadataJson();
      }
      for (String link : StoredJson.readStrings(chunk.linksJson())) {
        long size = link.getBytes(StandardCharsets.UTF_8).length + PER_LINK_BYTES;
        if (links.size() >= settings.statusPageLinks()
            || bytes + size > settings.statusPageLinkBytes()) {
          return false;
        }
        links.add(link);
        bytes += size;
      }
      return true;
    }
  }
}
