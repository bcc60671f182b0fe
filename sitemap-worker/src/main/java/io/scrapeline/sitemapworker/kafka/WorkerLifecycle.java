package io.scrapeline.sitemapworker.kafka;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.scrapeline.model.Topics;
import io.scrapeline.sitemapworker.config.SitemapWorkerConfig;
import io.scrapeline.sitemapworker.service.SitemapHandler;
import io.scrapeline.sitemapworker.service.SitemapMetrics;
import io.scrapeline.worker.CancelledBatches;
import io.scrapeline.worker.RequestWorker;
import io.scrapeline.worker.WorkerClients;
import io.scrapeline.worker.WorkerSettings;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Runs shared-worker's consume, process, produce worker on the sitemap.requests channel with the
 * {@link SitemapHandler}: started when the application starts (after the topics exist), stopped,
 * bounded, when it stops.
 */
@ApplicationScoped
public class WorkerLifecycle {

  private final RequestWorker<?> worker;
  private final Multi<Message<byte[]>> requests;

  @Inject
  public WorkerLifecycle(
      @Channel(WorkerKafka.REQUEST_CHANNEL) Multi<Message<byte[]>> requests,
      WorkerClients clients,
      SitemapHandler handler,
      SitemapMetrics metrics,
      SitemapWorkerConfig config,
      @ConfigProperty(name = "scrapeline.topic-prefix") String prefix) {
    this.requests = requests;
    Topics topics = Topics.withPrefix(prefix);
    this.worker =
        new RequestWorker<>(
            clients,
            topics.batchControl(),
            handler,
            new CancelledBatches(),
            metrics,
            new WorkerSettings(
                "sitemap",
                config.maxInFlight(),
                config.maxPollRecords(),
                config.shutdownTimeout()));
  }

  /** Runs after TopicsAtStartup (default observer priority), so the topics exist. */
  void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
    worker.start(requests);
  }

  void stop(@Observes ShutdownEvent event) {
    worker.stop();
  }

  /** Whether requests still arrive and the batch.control reader is alive. */
  public boolean isRunning() {
    return worker.isRunning();
  }
}
