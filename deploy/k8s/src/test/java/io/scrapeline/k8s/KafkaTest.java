package io.scrapeline.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Kafka through Strimzi: KRaft, a KafkaTopic for every topic, the settings results need. */
class KafkaTest {

  private static final Pattern ARCHITECTURE_TOPIC = Pattern.compile("^\\|\\s*`([a-z0-9._-]+)`");
  private static final Pattern SHARED_MODEL_TOPIC =
      Pattern.compile("return prefix \\+ \"([a-z0-9._-]+)\";");
  private static final String MAX_MESSAGE_BYTES = "10485760";

  /** The topics of ARCHITECTURE.md's topic table. */
  static Set<String> architectureTopics() throws IOException {
    Set<String> topics = new TreeSet<>();
    boolean inTable = false;
    for (String line : Files.readAllLines(Project.architecture())) {
      if (line.startsWith("## ")) {
        inTable = line.equals("## Topics");
      } else if (inTable) {
        Matcher topic = ARCHITECTURE_TOPIC.matcher(line);
        if (topic.find()) {
          topics.add(topic.group(1));
        }
      }
    }
    assertThat(topics).as("topics found in ARCHITECTURE.md").isNotEmpty();
    return topics;
  }

  /** The topics shared-model's Topics record names, under the default prefix. */
  static Set<String> sharedModelTopics() throws IOException {
    String source =
        Files.readString(
            Project.repository()
                .resolve("shared-model/src/main/java/io/scrapeline/model/Topics.java"));
    Set<String> topics = new TreeSet<>();
    Matcher topic = SHARED_MODEL_TOPIC.matcher(source);
    while (topic.find()) {
      topics.add("scrapeline." + topic.group(1));
    }
    return topics;
  }

  static String topicName(Resource topic) {
    String name = topic.string("spec", "topicName");
    return name != null ? name : topic.name();
  }

  static Map<String, Resource> topicsByName(Manifests manifests) {
    Map<String, Resource> topics = new HashMap<>();
    manifests.ofKind("KafkaTopic").forEach(topic -> topics.put(topicName(topic), topic));
    return topics;
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void everyTopicAndItsDeadLetterTopicIsAKafkaTopic(String overlay) throws IOException {
    Set<String> expected = new TreeSet<>(architectureTopics());
    expected.addAll(sharedModelTopics());
    Map<String, Resource> declared = topicsByName(Kustomize.render(overlay));
    for (String topic : expected) {
      assertThat(declared).as("KafkaTopic for %s", topic).containsKey(topic);
      assertThat(declared).as("KafkaTopic for %s.dlq", topic).containsKey(topic + ".dlq");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void topicsCarryTheSettingsTheirRecordsNeed(String overlay) throws IOException {
    Manifests manifests = Kustomize.render(overlay);
    Resource kafka = manifests.ofKind("Kafka").get(0);
    int brokers = brokers(manifests);
    int minInSync =
        Integer.parseInt(kafka.string("spec", "kafka", "config", "min.insync.replicas"));
    SoftAssertions softly = new SoftAssertions();
    for (Resource topic : manifests.ofKind("KafkaTopic")) {
      String name = topicName(topic);
      Map<String, String> config = Tree.strings(topic.map("spec", "config"));
      int replicas = Integer.parseInt(topic.string("spec", "replicas"));
      softly
          .assertThat(topic.labels())
          .as("%s belongs to the Kafka cluster", name)
          .containsEntry("strimzi.io/cluster", kafka.name());
      softly.assertThat(Integer.parseInt(topic.string("spec", "partitions"))).isPositive();
      softly.assertThat(replicas).as("%s replicas", name).isBetween(minInSync, brokers);
      if (brokers >= 3) {
        softly
            .assertThat(replicas)
            .as("%s survives one broker down (replicas > min.insync.replicas)", name)
            .isGreaterThan(minInSync);
      }
      if (name.endsWith(".results") || name.endsWith(".dlq")) {
        softly
            .assertThat(config.get("max.message.bytes"))
            .as("%s carries whole pages", name)
            .isEqualTo(MAX_MESSAGE_BYTES);
      }
      if (name.endsWith(".batch.control")) {
        softly.assertThat(config.get("cleanup.policy")).as(name).isEqualTo("compact");
      } else {
        softly.assertThat(config.get("retention.ms")).as("%s retention", name).isNotBlank();
        softly.assertThat(config.get("cleanup.policy")).as(name).isIn(null, "delete");
      }
    }
    softly.assertAll();
  }

  static int brokers(Manifests manifests) {
    return manifests.ofKind("KafkaNodePool").stream()
        .filter(pool -> pool.list("spec", "roles").contains("broker"))
        .mapToInt(pool -> Integer.parseInt(pool.string("spec", "replicas")))
        .sum();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void kafkaRunsInKraftModeOnNodePools(String overlay) {
    Manifests manifests = Kustomize.render(overlay);
    assertThat(manifests.ofKind("Kafka")).hasSize(1);
    Resource kafka = manifests.ofKind("Kafka").get(0);
    assertThat(kafka.find("spec", "zookeeper")).as("no ZooKeeper").isEmpty();
    assertThat(kafka.string("metadata", "annotations", "strimzi.io/node-pools"))
        .isEqualTo("enabled");
    assertThat(kafka.string("spec", "kafka", "config", "auto.create.topics.enable"))
        .isEqualTo("false");
    List<Resource> pools = manifests.ofKind("KafkaNodePool");
    assertThat(pools)
        .allSatisfy(
            pool -> assertThat(pool.labels()).containsEntry("strimzi.io/cluster", kafka.name()));
    assertThat(pools.stream().flatMap(pool -> pool.list("spec", "roles").stream()))
        .contains("controller", "broker");
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void onlyScrapelineAndKedaReachTheBrokers(String overlay) {
    Manifests manifests = Kustomize.render(overlay);
    Resource kafka = manifests.ofKind("Kafka").get(0);
    SoftAssertions softly = new SoftAssertions();
    for (Object listener : kafka.list("spec", "kafka", "listeners")) {
      Map<String, Object> spec = Tree.map(listener);
      if (spec.containsKey("authentication")) {
        for (String service : Project.SERVICES) {
          softly
              .assertThat(manifests.find("KafkaUser", service))
              .as("listener %s authenticates: KafkaUser %s", spec.get("name"), service)
              .isPresent();
        }
        continue;
      }
      List<Map<String, Object>> peers = Tree.maps(Tree.list(spec.get("networkPolicyPeers")));
      softly
          .assertThat(peers)
          .as("listener %s without authentication limits its peers", spec.get("name"))
          .isNotEmpty();
      for (Resource deployment : manifests.deployments()) {
        softly
            .assertThat(
                peers.stream()
                    .filter(peer -> !peer.containsKey("namespaceSelector"))
                    .anyMatch(
                        peer ->
                            LabelSelector.matches(
                                Tree.map(peer.get("podSelector")), deployment.podLabels())))
            .as("%s may reach listener %s", deployment.id(), spec.get("name"))
            .isTrue();
      }
      softly
          .assertThat(peers)
          .as("KEDA's operator reads consumer-group lag")
          .anyMatch(
              peer ->
                  "keda"
                      .equals(
                          Tree.string(
                              peer,
                              "namespaceSelector",
                              "matchLabels",
                              "kubernetes.io/metadata.name")));
    }
    softly.assertAll();
  }
}
