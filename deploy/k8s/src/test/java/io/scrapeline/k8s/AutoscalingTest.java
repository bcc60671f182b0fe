package io.scrapeline.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HPA for the HTTP services, KEDA on consumer-group lag for the workers. */
class AutoscalingTest {

  private static final Map<String, String> WORKER_TOPICS =
      Map.of(
          "scrape-worker", "scrapeline.scrape.requests",
          "sitemap-worker", "scrapeline.sitemap.requests");

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void gatewayAndResultStoreScaleOnCpu(String overlay) {
    Manifests manifests = Kustomize.render(overlay);
    SoftAssertions softly = new SoftAssertions();
    for (String service : List.of("api-gateway", "result-store")) {
      Resource hpa = horizontalAutoscaler(manifests, service);
      int min = Integer.parseInt(hpa.string("spec", "minReplicas"));
      int max = Integer.parseInt(hpa.string("spec", "maxReplicas"));
      softly.assertThat(min).as("%s minReplicas", service).isPositive();
      softly.assertThat(max).as("%s maxReplicas", service).isGreaterThanOrEqualTo(min);
      softly
          .assertThat(hpa.list("spec", "metrics"))
          .as("%s scales on CPU", service)
          .anyMatch(metric -> "cpu".equals(Tree.string(metric, "resource", "name")));
    }
    softly.assertAll();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void workersScaleOnLagUpToThePartitionsOfTheirTopic(String overlay) {
    Manifests manifests = Kustomize.render(overlay);
    Resource kafka = manifests.ofKind("Kafka").get(0);
    String bootstrap =
        kafka.name()
            + "-kafka-bootstrap."
            + manifests.namespace()
            + ".svc:"
            + kafka.string("spec", "kafka", "listeners", 0, "port");
    Map<String, Resource> topics = KafkaTest.topicsByName(manifests);
    SoftAssertions softly = new SoftAssertions();
    for (Map.Entry<String, String> worker : WORKER_TOPICS.entrySet()) {
      Resource scaled = manifests.get("ScaledObject", worker.getKey());
      softly.assertThat(scaled.string("spec", "scaleTargetRef", "name")).isEqualTo(worker.getKey());
      Map<String, Object> trigger = Tree.map(scaled.list("spec", "triggers").get(0));
      softly.assertThat(trigger.get("type")).isEqualTo("kafka");
      Map<String, String> metadata = Tree.strings(Tree.map(trigger.get("metadata")));
      softly.assertThat(metadata.get("consumerGroup")).isEqualTo("scrapeline-" + worker.getKey());
      softly.assertThat(metadata.get("topic")).isEqualTo(worker.getValue());
      softly
          .assertThat(metadata.get("bootstrapServers"))
          .as("KEDA runs in its own namespace: the bootstrap address names this one")
          .isEqualTo(bootstrap);
      softly.assertThat(metadata.get("lagThreshold")).isNotBlank();
      int min = Integer.parseInt(scaled.string("spec", "minReplicaCount"));
      int max = Integer.parseInt(scaled.string("spec", "maxReplicaCount"));
      int partitions = Integer.parseInt(topics.get(worker.getValue()).string("spec", "partitions"));
      softly.assertThat(min).as("%s keeps a replica", worker.getKey()).isPositive();
      softly.assertThat(max).isGreaterThanOrEqualTo(min);
      softly
          .assertThat(max)
          .as(
              "%s maxReplicaCount: replicas beyond the %d partitions of %s would sit idle",
              worker.getKey(), partitions, worker.getValue())
          .isLessThanOrEqualTo(partitions);
    }
    softly.assertAll();
  }

  /**
   * Where a worker's sources already set a consumer group, it is the one KEDA watches (a worker
   * that does not consume yet is not checked).
   */
  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void kedaWatchesTheGroupTheWorkersJoin(String overlay) throws IOException {
    Manifests manifests = Kustomize.render(overlay);
    SoftAssertions softly = new SoftAssertions();
    for (String worker : WORKER_TOPICS.keySet()) {
      String sources = mainSources(worker);
      if (!sources.contains("GROUP_ID_CONFIG") && !sources.contains("group.id")) {
        continue;
      }
      String group =
          manifests
              .get("ScaledObject", worker)
              .string("spec", "triggers", 0, "metadata", "consumerGroup");
      softly
          .assertThat(sources)
          .as("%s's sources name the consumer group %s that KEDA watches", worker, group)
          .contains("\"" + group + "\"");
    }
    softly.assertAll();
  }

  private static String mainSources(String service) throws IOException {
    StringBuilder text = new StringBuilder();
    Path main = Project.service(service).resolve("src/main");
    try (Stream<Path> files = Files.walk(main)) {
      for (Path file :
          files.filter(path -> path.toString().matches(".*\\.(java|properties)$")).toList()) {
        text.append(Files.readString(file)).append('\n');
      }
    }
    return text.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void exactlyOneAutoscalerOwnsEachDeployment(String overlay) {
    Manifests manifests = Kustomize.render(overlay);
    SoftAssertions softly = new SoftAssertions();
    for (Resource deployment : manifests.deployments()) {
      long owners =
          manifests.ofKind("HorizontalPodAutoscaler").stream()
                  .filter(
                      hpa -> deployment.name().equals(hpa.string("spec", "scaleTargetRef", "name")))
                  .count()
              + manifests.ofKind("ScaledObject").stream()
                  .filter(
                      so -> deployment.name().equals(so.string("spec", "scaleTargetRef", "name")))
                  .count();
      softly.assertThat(owners).as("autoscalers of %s", deployment.id()).isEqualTo(1);
      softly
          .assertThat(deployment.find("spec", "replicas"))
          .as("%s leaves replicas to its autoscaler", deployment.id())
          .isEmpty();
    }
    softly.assertAll();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void resultStoreConnectionsFitThePostgresLimit(String overlay) {
    Manifests manifests = Kustomize.render(overlay);
    Resource store = manifests.get("Deployment", "result-store");
    PodEnvironment.Variable poolVariable =
        PodEnvironment.of(manifests, store).get("SCRAPELINE_DB_POOL_SIZE");
    int pool =
        Integer.parseInt(
            poolVariable != null
                ? poolVariable.value()
                : ServiceConfig.of("result-store")
                    .properties()
                    .get("quarkus.datasource.jdbc.max-size")
                    .replaceAll(".*:(\\d+)}", "$1"));
    int maxReplicas =
        Integer.parseInt(
            horizontalAutoscaler(manifests, "result-store").string("spec", "maxReplicas"));
    int surge = Integer.parseInt(store.string("spec", "strategy", "rollingUpdate", "maxSurge"));
    int maxConnections =
        Integer.parseInt(
            manifests
                .ofKind("Cluster")
                .get(0)
                .string("spec", "postgresql", "parameters", "max_connections"));
    int reserved = 20;
    assertThat((maxReplicas + surge) * pool + reserved)
        .as(
            "(%d replicas + %d surge) x %d connections + %d for the operator, exporter and admins"
                + " must fit max_connections",
            maxReplicas, surge, pool, reserved)
        .isLessThanOrEqualTo(maxConnections);
  }

  private static Resource horizontalAutoscaler(Manifests manifests, String deployment) {
    return manifests.ofKind("HorizontalPodAutoscaler").stream()
        .filter(hpa -> deployment.equals(hpa.string("spec", "scaleTargetRef", "name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no HorizontalPodAutoscaler for " + deployment));
  }
}
