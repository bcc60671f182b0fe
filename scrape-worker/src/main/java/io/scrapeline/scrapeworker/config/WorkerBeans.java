package io.scrapeline.scrapeworker.config;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.scrapeline.fetch.FetchSettings;
import io.scrapeline.fetch.PoliteFetcher;
import io.scrapeline.scrapeworker.extract.DegradedPagesMetric;
import io.scrapeline.scrapeworker.extract.ExtractionBudget;
import io.scrapeline.scrapeworker.extract.MarkdownConverter;
import io.scrapeline.scrapeworker.extract.PageExtractor;
import io.scrapeline.worker.CancelledBatches;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;

/**
 * Builds the fetcher, the extractor and the cancelled batches (read by the request loop and the
 * service alike), plain classes, from the settings.
 */
@ApplicationScoped
public class WorkerBeans {

  /** The fetcher (also the {@link io.scrapeline.fetch.http.PageFetcher} bean), with its gauges. */
  @Produces
  @Singleton
  PoliteFetcher politeFetcher(WorkerConfig config, MeterRegistry registry) {
    PoliteFetcher fetcher = PoliteFetcher.create(fetchSettings(config));
    Gauge.builder("scrapeline.fetch.in.flight", fetcher, PoliteFetcher::inFlight)
        .description("HTTP requests in flight, all hosts together")
        .register(registry);
    Gauge.builder("scrapeline.fetch.queued", fetcher, PoliteFetcher::queued)
        .description("HTTP requests waiting for their host's turn (politeness)")
        .register(registry);
    return fetcher;
  }

  /** Fails what is still queued or in flight: those items are given back, not reported. */
  void closePoliteFetcher(@Disposes PoliteFetcher fetcher) {
    fetcher.close();
  }

  static FetchSettings fetchSettings(WorkerConfig config) {
    return FetchSettings.builder()
        .userAgent(config.userAgent())
        .maxRedirects(config.maxRedirects())
        .maxBodyBytes(config.maxBodyBytes())
        .connectTimeout(config.connectTimeout())
        .readTimeout(config.readTimeout())
        .retryBaseDelay(config.retryBaseDelay())
        .retryMaxDelay(config.retryMaxDelay())
        .allowedCidrs(config.allowedCidrs().orElse(List.of()))
        .ignoreRobots(config.ignoreRobots())
        .robotsCacheTtl(config.robotsCacheTtl())
        .maxCrawlDelay(config.maxCrawlDelay())
        .perHostMaxInFlight(config.perHostMaxInFlight())
        .perHostMinDelay(config.perHostMinDelay())
        .maxInFlight(config.maxInFlight())
        .build();
  }

  /**
   * Page extractions run under the shorter of the two time budgets, on at most twice as many
   * threads as there are processors (and no more than fetches in flight): extraction is CPU-bound,
   * so more threads would only share the same cores and stretch every page's time past its budget;
   * see {@link MarkdownConverter}.
   */
  @Produces
  @Singleton
  MarkdownConverter markdownConverter(WorkerConfig config) {
    Duration budget =
        config.extractionTimeout().compareTo(config.conversionTimeout()) < 0
            ? config.extractionTimeout()
            : config.conversionTimeout();
    int threads = Math.min(config.maxInFlight(), 2 * Runtime.getRuntime().availableProcessors());
    return new MarkdownConverter(threads, budget);
  }

  void closeMarkdownConverter(@Disposes MarkdownConverter converter) {
    converter.close();
  }

  @Produces
  @Singleton
  PageExtractor pageExtractor(
      MarkdownConverter markdown, WorkerConfig config, MeterRegistry registry) {
    return new PageExtractor(
        markdown,
        new ExtractionBudget(config.maxMarkdownBytes()),
        new DegradedPagesMetric(registry));
  }

  /** One view of batch.control's cancellations, filled by the worker's control reader. */
  @Produces
  @Singleton
  CancelledBatches cancelledBatches() {
    return new CancelledBatches();
  }
}
