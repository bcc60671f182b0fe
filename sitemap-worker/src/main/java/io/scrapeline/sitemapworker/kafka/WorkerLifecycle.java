package io.scrapeline.sitemapworker.kafka;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.scrapeline.model.Topics;
import io.scrapeline.model.kafka.TopicLayout;
import io.scrapeline.sitemapworker.config.SitemapWorkerConfig;
import io.scrapeline.sitemapworker.service.SitemapHandler;
import io.scrapeline.sitemapworker.service.SitemapMetrics;
import io.scrapeline.worker.CancelledBatches;
import io.scrapeline.worker.RequestWorker;
import io.scrapeline.worker.WorkerClients;
import io.scrapeline.worker.WorkerSettings;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs shared-worker's consume, process, produce loop on sitemap.requests with the {@link
 * SitemapHandler}: started when the application starts (after the topics exist), stopped, bounded,
 * when it stops.
 */
@ApplicationScoped
public class WorkerLifecycle {

  /** Every sitemap worker shares one group: Kafka spreads the request partitions over them. */
  public static final String GROUP_ID = "scrapeline-sitemap-worker";

  private final RequestWorker<?> worker;

  @Inject
  public WorkerLifecycle(
      @Identifier("default-kafka-broker") Map<String, Object> kafka,
      SitemapHandler handler,
      SitemapMetrics metrics,
      SitemapWorkerConfig config,
      @ConfigProperty(name = "scrapeline.topic-prefix") String prefix) {
    Topics topics = Topics.withPrefix(prefix);
    WorkerClients clients =
        new WorkerClients(
            kafka,
            GROUP_ID,
            "sitemap-worker",
            config.maxPollRecords(),
            TopicLayout.RESULT_MAX_MESSAGE_BYTES);
    this.worker =
        new RequestWorker<>(
            clients,
            topics.sitemapRequests(),
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
    worker.start();
  }

  void stop(@Observes ShutdownEvent event) {
    worker.stop();
  }

  /** Whether the request loop and the batch.control reader are alive. */
  public boolean isRunning() {
    return worker.isRunning();
  }
}
