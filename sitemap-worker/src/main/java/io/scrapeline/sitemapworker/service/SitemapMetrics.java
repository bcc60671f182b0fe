package io.scrapeline.sitemapworker.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.scrapeline.worker.WorkerEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The worker's counters, on /q/metrics. */
@ApplicationScoped
public class SitemapMetrics implements WorkerEvents {

  private final MeterRegistry registry;
  private final Counter deadLettered;
  private final Counter skippedCancelled;
  private final Counter sitemapsFetched;
  private final DistributionSummary links;

  @Inject
  public SitemapMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.deadLettered =
        Counter.builder("scrapeline.requests.dead.lettered")
            .description("Unreadable sitemap requests sent to the dead-letter topic")
            .register(registry);
    this.skippedCancelled =
        Counter.builder("scrapeline.requests.cancelled.skipped")
            .description("Sitemap requests skipped because their batch was cancelled")
            .register(registry);
    this.sitemapsFetched =
        Counter.builder("scrapeline.sitemaps.fetched")
            .description("Sitemap documents fetched, indexes included")
            .register(registry);
    this.links =
        DistributionSummary.builder("scrapeline.sitemap.links")
            .description("Links discovered per completed input")
            .register(registry);
  }

  /** One input finished, {@code outcome} being "completed" or an item error code. */
  public void inputFinished(String outcome, int sitemaps, int linkCount) {
    Counter.builder("scrapeline.sitemap.inputs")
        .description("Sitemap inputs discovered, by outcome: completed or the item error code")
        .tag("outcome", outcome)
        .register(registry)
        .increment();
    sitemapsFetched.increment(sitemaps);
    if ("completed".equals(outcome)) {
      links.record(linkCount);
    }
  }

  @Override
  public void deadLettered() {
    deadLettered.increment();
  }

  @Override
  public void skippedCancelled() {
    skippedCancelled.increment();
  }
}
