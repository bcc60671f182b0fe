package io.scrapeline.resultstore.service;

import io.scrapeline.model.BatchKind;
import io.scrapeline.resultstore.fanout.SitemapFanOut;
import io.scrapeline.resultstore.repository.BatchRepository;
import io.scrapeline.resultstore.repository.CounterDelta;
import io.scrapeline.resultstore.repository.ItemOutcome;
import io.scrapeline.resultstore.repository.ItemRepository;
import io.scrapeline.resultstore.repository.SitemapChunk;
import io.scrapeline.resultstore.webhook.WebhookOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Applies a poll's results in one transaction, idempotently: an item takes a result only while it
 * is pending, and counters grow by exactly the rows that changed. Redelivery therefore changes
 * nothing, and a late result for a cancelled item is dropped.
 */
@ApplicationScoped
public class ResultApplier {

  private final BatchRepository batches;
  private final ItemRepository items;
  private final WebhookOutbox webhooks;
  private final SitemapAssembly sitemaps;
  private final SitemapFanOut fanOut;

  ResultApplier(
      BatchRepository batches,
      ItemRepository items,
      WebhookOutbox webhooks,
      SitemapAssembly sitemaps,
      SitemapFanOut fanOut) {
    this.batches = batches;
    this.items = items;
    this.webhooks = webhooks;
    this.sitemaps = sitemaps;
    this.fanOut = fanOut;
  }

  @Transactional
  public AppliedResults apply(List<ItemOutcome> outcomes) {
    return apply(outcomes, List.of());
  }

  /**
   * Applies item outcomes and stores sitemap chunks; an input whose chunks are now all there is
   * completed like any other item. A sitemap batch completed here gets its fan-out (see {@link
   * SitemapFanOut}) in the same transaction.
   */
  @Transactional
  public AppliedResults apply(List<ItemOutcome> outcomes, List<SitemapChunk> chunks) {
    if (outcomes.isEmpty() && chunks.isEmpty()) {
      return new AppliedResults(0, 0);
    }
    Set<UUID> ids =
        outcomes.stream().map(ItemOutcome::batchId).collect(Collectors.toCollection(HashSet::new));
    chunks.forEach(chunk -> ids.add(chunk.batchId()));
    Map<UUID, String> active = batches.lockActive(ids);
    List<ItemOutcome> applicable =
        outcomes.stream()
            .filter(outcome -> outcome.kind().equals(active.get(outcome.batchId())))
            .toList();
    List<SitemapChunk> wanted =
        chunks.stream()
            .filter(chunk -> BatchKind.SITEMAP.code().equals(active.get(chunk.batchId())))
            .toList();
    int received = outcomes.size() + chunks.size();
    if (applicable.isEmpty() && wanted.isEmpty()) {
      return new AppliedResults(0, received);
    }
    int[] changed = applicable.isEmpty() ? new int[0] : items.applyOutcomes(applicable);
    SitemapAssembly.Assembled assembled = sitemaps.store(wanted);
    Map<UUID, CounterDelta> deltas = new HashMap<>(assembled.completed());
    int applied = assembled.stored();
    for (int i = 0; i < changed.length; i++) {
      if (changed[i] < 0) {
        throw new IllegalStateException("the driver did not report how many items changed");
      }
      if (changed[i] > 0) {
        ItemOutcome outcome = applicable.get(i);
        CounterDelta delta =
            outcome.isCompleted() ? new CounterDelta(1, 0) : new CounterDelta(0, 1);
        deltas.merge(outcome.batchId(), delta, CounterDelta::plus);
        applied++;
      }
    }
    if (!deltas.isEmpty()) {
      batches.addCounts(deltas);
      webhooks.completed(deltas.keySet());
      fanOut.completed(deltas.keySet());
    }
    return new AppliedResults(applied, received - applied);
  }
}
