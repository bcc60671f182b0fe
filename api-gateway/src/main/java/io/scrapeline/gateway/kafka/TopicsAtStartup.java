package io.scrapeline.gateway.kafka;

import io.quarkus.runtime.StartupEvent;
import io.scrapeline.model.kafka.TopicBootstrap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Local stack and tests: creates the missing topics before any producer or consumer needs them. */
@ApplicationScoped
class TopicsAtStartup {

  void createMissingTopics(
      @Observes StartupEvent event,
      @ConfigProperty(name = "scrapeline.kafka.create-topics") boolean createTopics,
      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
      @ConfigProperty(name = "scrapeline.topic-prefix") String prefix,
      @ConfigProperty(name = "scrapeline.kafka.partitions") int partitions) {
    if (createTopics) {
      TopicBootstrap.ensureLayout(bootstrapServers, prefix, partitions);
    }
  }
}
