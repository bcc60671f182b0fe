package io.scrapeline.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/** Prometheus scrapes every service and alerts on what matters. */
class MonitoringTest {

  static final Set<String> KEY_ALERTS =
      Set.of(
          "ScrapelineConsumerLagGrowing",
          "ScrapelineDeadLetterNotEmpty",
          "ScrapelineErrorRateSpike",
          "ScrapelineBatchStuck");

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void everyServiceIsScrapedOnQuarkusMetrics(String overlay) {
    Manifests manifests = Kustomize.render(overlay);
    SoftAssertions softly = new SoftAssertions();
    for (String name : Project.SERVICES) {
      Resource service = manifests.get("Service", name);
      List<String> portNames =
          Tree.maps(service.list("spec", "ports")).stream()
              .map(port -> String.valueOf(port.get("name")))
              .toList();
      softly
          .assertThat(manifests.ofKind("ServiceMonitor"))
          .as("a ServiceMonitor scrapes %s on /q/metrics", service.id())
          .anyMatch(
              monitor ->
                  LabelSelector.matches(monitor.map("spec", "selector"), service.labels())
                      && Tree.maps(monitor.list("spec", "endpoints")).stream()
                          .anyMatch(
                              endpoint ->
                                  "/q/metrics".equals(endpoint.get("path"))
                                      && portNames.contains(String.valueOf(endpoint.get("port")))));
    }
    softly.assertAll();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void theKeyAlertsAreDefined(String overlay) {
    Map<String, Map<String, Object>> alerts = alerts(Kustomize.render(overlay));
    assertThat(alerts.keySet()).containsAll(KEY_ALERTS);
    SoftAssertions softly = new SoftAssertions();
    alerts.forEach(
        (name, rule) -> {
          softly.assertThat(String.valueOf(rule.get("expr"))).as("%s expr", name).isNotBlank();
          softly.assertThat(Tree.string(rule, "labels", "severity")).as(name).isNotBlank();
          softly.assertThat(Tree.string(rule, "annotations", "summary")).as(name).isNotBlank();
        });
    softly.assertAll();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void lagAlertsSeeBothWorkerGroups(String overlay) {
    Manifests manifests = Kustomize.render(overlay);
    Resource kafka = manifests.ofKind("Kafka").get(0);
    Pattern groups = Pattern.compile(kafka.string("spec", "kafkaExporter", "groupRegex"));
    Pattern topics = Pattern.compile(kafka.string("spec", "kafkaExporter", "topicRegex"));
    for (String worker : Project.WORKERS) {
      assertThat(groups.matcher("scrapeline-" + worker).matches())
          .as("Kafka Exporter exports the lag of scrapeline-%s", worker)
          .isTrue();
    }
    for (Resource topic : manifests.ofKind("KafkaTopic")) {
      assertThat(topics.matcher(KafkaTest.topicName(topic)).matches())
          .as("Kafka Exporter exports the offsets of %s", KafkaTest.topicName(topic))
          .isTrue();
    }
    assertThat(manifests.ofKind("PodMonitor"))
        .as("Prometheus scrapes the Kafka Exporter")
        .anyMatch(
            monitor ->
                (kafka.name() + "-kafka-exporter")
                    .equals(monitor.string("spec", "selector", "matchLabels", "strimzi.io/name")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void theBatchMetricsComeFromTheDatabaseSchema(String overlay) throws IOException {
    Manifests manifests = Kustomize.render(overlay);
    Resource cluster = manifests.ofKind("Cluster").get(0);
    Map<String, Object> reference =
        Tree.map(cluster.list("spec", "monitoring", "customQueriesConfigMap").get(0));
    String queriesYaml =
        manifests
            .get("ConfigMap", String.valueOf(reference.get("name")))
            .string("data", String.valueOf(reference.get("key")));
    Map<String, Object> queries = new Yaml().load(queriesYaml);
    Set<String> metrics =
        queries.entrySet().stream()
            .flatMap(
                query ->
                    Tree.maps(Tree.list(Tree.map(query.getValue()).get("metrics"))).stream()
                        .flatMap(metric -> metric.keySet().stream())
                        .map(column -> query.getKey() + "_" + column))
            .collect(Collectors.toSet());
    String stuck = String.valueOf(alerts(manifests).get("ScrapelineBatchStuck").get("expr"));
    Matcher metric = Pattern.compile("scrapeline_[a-z_]+").matcher(stuck);
    assertThat(metric.find()).isTrue();
    assertThat(metrics).as("metrics of the custom queries").contains(metric.group());

    Set<String> tables = migratedTables();
    Matcher used = Pattern.compile("(?:FROM|JOIN)\\s+([a-z_]+)").matcher(queriesYaml);
    while (used.find()) {
      assertThat(tables)
          .as("table %s exists in the Flyway migrations", used.group(1))
          .contains(used.group(1));
    }
  }

  private static Set<String> migratedTables() throws IOException {
    Path migrations = Project.service("result-store").resolve("src/main/resources/db/migration");
    Pattern create = Pattern.compile("CREATE TABLE (?:IF NOT EXISTS )?([a-z_]+)");
    try (Stream<Path> files = Files.list(migrations)) {
      return files
          .flatMap(
              file -> {
                try {
                  return create.matcher(Files.readString(file)).results().map(m -> m.group(1));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .collect(Collectors.toSet());
    }
  }

  static Map<String, Map<String, Object>> alerts(Manifests manifests) {
    return manifests.ofKind("PrometheusRule").stream()
        .flatMap(rule -> Tree.maps(rule.list("spec", "groups")).stream())
        .flatMap(group -> Tree.maps(Tree.list(group.get("rules"))).stream())
        .filter(rule -> rule.containsKey("alert"))
        .collect(Collectors.toMap(rule -> String.valueOf(rule.get("alert")), rule -> rule));
  }
}
