package io.scrapeline.scrapeworker.kafka;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.scrapeline.model.Topics;
import io.scrapeline.model.kafka.TopicLayout;
import io.scrapeline.scrapeworker.config.WorkerConfig;
import io.scrapeline.scrapeworker.service.ScrapeMetrics;
import io.scrapeline.scrapeworker.service.ScrapeService;
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
 * Runs shared-worker's consume, process, produce loop on scrape.requests with the {@link
 * ScrapeHandler}: started when the application starts (after the topics exist), stopped, bounded,
 * when it stops (stop polling, let in-flight work finish for shutdown-timeout, commit what
 * finished, give back the rest, close).
 */
@ApplicationScoped
public class WorkerLifecycle {

  /** Every scrape worker shares one group: Kafka spreads the request partitions over them. */
  public static final String GROUP_ID = "scrapeline-scrape-worker";

  private final RequestWorker<?> worker;

  @Inject
  public WorkerLifecycle(
      @Identifier("default-kafka-broker") Map<String, Object> kafka,
      ScrapeService service,
      CancelledBatches cancelled,
      ScrapeMetrics metrics,
      WorkerConfig config,
      @ConfigProperty(name = "scrapeline.topic-prefix") String prefix) {
    Topics topics = Topics.withPrefix(prefix);
    // A result is capped at max-record-bytes (8 MiB by default) before compression; room above.
    WorkerClients clients =
        new WorkerClients(
            kafka,
            GROUP_ID,
            "scrape-worker",
            config.maxPollRecords(),
            TopicLayout.RESULT_MAX_MESSAGE_BYTES);
    ScrapeHandler handler =
        new ScrapeHandler(
            service,
            topics.scrapeResults(),
            new CappedResultWriter(config.maxRecordBytes()),
            metrics);
    this.worker =
        new RequestWorker<>(
            clients,
            topics.scrapeRequests(),
            topics.batchControl(),
            handler,
            cancelled,
            metrics,
            new WorkerSettings(
                "scrape", config.maxInFlight(), config.maxPollRecords(), config.shutdownTimeout()));
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
