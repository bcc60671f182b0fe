package io.scrapeline.sitemapworker.config;

import io.scrapeline.fetch.FetchSettings;
import io.scrapeline.fetch.PoliteFetcher;
import io.scrapeline.model.Topics;
import io.scrapeline.sitemapworker.fetch.FetchedSitemapSource;
import io.scrapeline.sitemapworker.parse.SitemapDiscovery;
import io.scrapeline.sitemapworker.parse.SitemapDocumentParser;
import io.scrapeline.sitemapworker.service.SitemapHandler;
import io.scrapeline.sitemapworker.service.SitemapMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds the fetcher, the discovery and the handler, plain classes, from the settings. */
@ApplicationScoped
public class WorkerBeans {

  @Produces
  @Singleton
  PoliteFetcher fetcher(SitemapWorkerConfig config) {
    SitemapWorkerConfig.Fetch fetch = config.fetch();
    return PoliteFetcher.create(
        FetchSettings.builder()
            .userAgent(fetch.userAgent())
            .maxRedirects(fetch.maxRedirects())
            .maxBodyBytes(config.maxSitemapBytes())
            .connectTimeout(fetch.connectTimeout())
            .readTimeout(fetch.readTimeout())
            .retryBaseDelay(fetch.retryBaseDelay())
            .retryMaxDelay(fetch.retryMaxDelay())
            .allowedCidrs(fetch.allowedCidrs().orElse(List.of()))
            .robotsCacheTtl(fetch.robotsCacheTtl())
            .perHostMaxInFlight(fetch.perHostMaxInFlight())
            .perHostMinDelay(fetch.perHostMinDelay())
            .maxInFlight(config.maxInFlight())
            .build());
  }

  void closeFetcher(@Disposes PoliteFetcher fetcher) {
    fetcher.close();
  }

  @Produces
  @Singleton
  SitemapHandler handler(
      PoliteFetcher fetcher,
      SitemapWorkerConfig config,
      SitemapMetrics metrics,
      @ConfigProperty(name = "scrapeline.topic-prefix") String prefix) {
    SitemapDiscovery discovery =
        new SitemapDiscovery(
            new FetchedSitemapSource(
                fetcher, config.maxSitemapBytes(), config.fetchTimeout(), config.maxRetries()),
            new SitemapDocumentParser(config.maxSitemapBytes(), config.strict()),
            new SitemapDiscovery.Limits(config.maxDepth(), config.maxSitemapsPerInput()),
            fetcher.settings().robotsAgent());
    return new SitemapHandler(
        discovery,
        Topics.withPrefix(prefix).sitemapResults(),
        config.maxLinksPerRecord(),
        config.maxRecordBytes(),
        metrics);
  }
}
