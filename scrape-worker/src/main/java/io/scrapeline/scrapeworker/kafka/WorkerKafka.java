package io.scrapeline.scrapeworker.kafka;

import io.scrapeline.model.Topics;
import io.scrapeline.model.kafka.TopicLayout;
import io.scrapeline.scrapeworker.config.WorkerConfig;
import io.scrapeline.worker.WorkerClients;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The worker's Kafka clients and the configuration of its request channel ({@code
 * mp.messaging.incoming.scrape-requests} names it as its {@code kafka-configuration}).
 */
@ApplicationScoped
public class WorkerKafka {

  /** The channel of scrape.requests, consumed by SmallRye Reactive Messaging's Kafka connector. */
  public static final String REQUEST_CHANNEL = "scrape-requests";

  /** Every scrape worker shares one group: Kafka spreads the request partitions over them. */
  public static final String GROUP_ID = "scrapeline-scrape-worker";

  /** A result is capped at max-record-bytes (8 MiB by default) before compression; room above. */
  @Produces
  @Singleton
  WorkerClients workerClients(
      @Identifier("default-kafka-broker") Map<String, Object> kafka, WorkerConfig config) {
    return new WorkerClients(
        kafka,
        GROUP_ID,
        "scrape-worker",
        config.maxPollRecords(),
        TopicLayout.RESULT_MAX_MESSAGE_BYTES);
  }

  @Produces
  @Identifier(REQUEST_CHANNEL)
  Map<String, Object> requestChannel(
      WorkerClients clients,
      WorkerConfig config,
      @ConfigProperty(name = "scrapeline.topic-prefix") String prefix) {
    return clients.requestChannel(
        Topics.withPrefix(prefix).scrapeRequests(), config.unfinishedRequestMaxAge());
  }
}
