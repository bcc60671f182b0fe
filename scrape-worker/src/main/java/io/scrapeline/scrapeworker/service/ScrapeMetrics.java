package io.scrapeline.scrapeworker.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.scrapeline.worker.WorkerEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The worker's counters, on /q/metrics; also what the request loop reports. */
@ApplicationScoped
public class ScrapeMetrics implements WorkerEvents {

  private final MeterRegistry registry;
  private final Counter deadLettered;
  private final Counter skippedCancelled;

  @Inject
  public ScrapeMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.deadLettered =
        Counter.builder("scrapeline.requests.dead.lettered")
            .description("Unreadable scrape requests sent to the dead-letter topic")
            .register(registry);
    this.skippedCancelled =
        Counter.builder("scrapeline.requests.cancelled.skipped")
            .description("Scrape requests skipped because their batch was cancelled")
            .register(registry);
  }

  /** One page finished, {@code outcome} being "completed" or an item error code. */
  public void pageFinished(String outcome) {
    Counter.builder("scrapeline.pages.fetched")
        .description("Pages scraped, by outcome: completed or the item error code")
        .tag("outcome", outcome)
        .register(registry)
        .increment();
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
