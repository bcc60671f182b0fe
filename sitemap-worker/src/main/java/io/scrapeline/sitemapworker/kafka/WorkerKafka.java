package io.scrapeline.sitemapworker.kafka;

import io.scrapeline.model.Topics;
import io.scrapeline.model.kafka.TopicLayout;
import io.scrapeline.sitemapworker.config.SitemapWorkerConfig;
import io.scrapeline.worker.WorkerClients;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The worker's Kafka clients and the configuration of its request channel ({@code
 * mp.messaging.incoming.sitemap-requests} names it as its {@code kafka-configuration}).
 */
@ApplicationScoped
public class WorkerKafka {

  /** The channel of sitemap.requests, consumed by SmallRye Reactive Messaging's Kafka connector. */
  public static final String REQUEST_CHANNEL = "sitemap-requests";

  /** Every sitemap worker shares one group: Kafka spreads the request partitions over them. */
  public static final String GROUP_ID = "scrapeline-sitemap-worker";

  /** Records (chunks of discovered URLs) may be as large as the result topics allow. */
  @Produces
  @Singleton
  WorkerClients workerClients(
      @Identifier("default-kafka-broker") Map<String, Object> kafka, SitemapWorkerConfig config) {
    return new WorkerClients(
        kafka,
        GROUP_ID,
        "sitemap-worker",
        config.maxPollRecords(),
        TopicLayout.RESULT_MAX_MESSAGE_BYTES);
  }

  @Produces
  @Identifier(REQUEST_CHANNEL)
  Map<String, Object> requestChannel(
      WorkerClients clients,
      SitemapWorkerConfig config,
      @ConfigProperty(name = "scrapeline.topic-prefix") String prefix) {
    return clients.requestChannel(
        Topics.withPrefix(prefix).sitemapRequests(), config.unfinishedRequestMaxAge());
  }
}
