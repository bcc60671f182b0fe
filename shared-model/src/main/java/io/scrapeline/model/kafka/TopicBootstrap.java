package io.scrapeline.model.kafka;

import io.scrapeline.model.Topics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the topics a service uses when they are missing (local stack and tests). In Kubernetes
 * topics are declared as Strimzi resources and this is switched off.
 */
public final class TopicBootstrap {

  private TopicBootstrap() {}

  /** One topic to create: its partitions and topic-level configs. */
  public record TopicSpec(String name, int partitions, Map<String, String> configs) {
    public TopicSpec {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("topic name is blank");
      }
      if (partitions < 1) {
        throw new IllegalArgumentException("partitions must be >= 1: " + partitions);
      }
      configs = Map.copyOf(configs);
    }
  }

  /** Creates the missing topics of {@link TopicLayout}. */
  public static void ensureLayout(String bootstrapServers, String prefix, int partitions) {
    ensure(bootstrapServers, TopicLayout.of(Topics.withPrefix(prefix), partitions));
  }

  /** Creates every missing topic of {@code topics}; existing ones are left as they are. */
  public static void ensure(String bootstrapServers, List<TopicSpec> topics) {
    Map<String, Object> config =
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
            30_000);
    try (Admin admin = Admin.create(config)) {
      Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      List<NewTopic> missing =
          topics.stream()
              .filter(topic -> !existing.contains(topic.name()))
              .map(
                  topic ->
                      new NewTopic(topic.name(), topic.partitions(), (short) 1)
                          .configs(topic.configs()))
              .toList();
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
      }
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException("cannot create topics " + topics, e.getCause());
      }
    } catch (TimeoutException e) {
      throw new IllegalStateException("Kafka did not answer while creating topics", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
