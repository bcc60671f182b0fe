package io.scrapeline.k8s;

import java.net.URI;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Deployments' environment against the services' real configuration keys: a misspelt or
 * invented variable is silently ignored by Quarkus, so every one must name a key the service reads.
 */
class EnvironmentTest {

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void everyVariableSetsAKeyTheServiceReads(String overlay) {
    Manifests manifests = Kustomize.render(overlay);
    SoftAssertions softly = new SoftAssertions();
    for (Resource deployment : manifests.deployments()) {
      ServiceConfig config = ServiceConfig.of(deployment.name());
      for (PodEnvironment.Variable variable : PodEnvironment.of(manifests, deployment).values()) {
        softly
            .assertThat(config.explain(variable.name()))
            .as(
                "%s sets %s (from %s), which %s never reads at run time: it is neither a"
                    + " ${%s} of its application.properties nor the environment form of one of its"
                    + " configuration keys",
                deployment.id(),
                variable.name(),
                variable.source(),
                deployment.name(),
                variable.name())
            .isPresent();
      }
    }
    softly.assertAll();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void servicesNeverCreateTopicsInKubernetes(String overlay) {
    Manifests manifests = Kustomize.render(overlay);
    SoftAssertions softly = new SoftAssertions();
    for (Resource deployment : manifests.deployments()) {
      if (ServiceConfig.of(deployment.name()).explain("SCRAPELINE_KAFKA_CREATE_TOPICS").isEmpty()) {
        continue;
      }
      PodEnvironment.Variable createTopics =
          PodEnvironment.of(manifests, deployment).get("SCRAPELINE_KAFKA_CREATE_TOPICS");
      softly
          .assertThat(createTopics == null ? null : createTopics.value())
          .as("%s: topics are KafkaTopic resources", deployment.id())
          .isEqualTo("false");
    }
    softly.assertAll();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void emptyValuesOnlyClearOptionalKeys(String overlay) {
    Manifests manifests = Kustomize.render(overlay);
    SoftAssertions softly = new SoftAssertions();
    for (Resource deployment : manifests.deployments()) {
      ServiceConfig config = ServiceConfig.of(deployment.name());
      for (PodEnvironment.Variable variable : PodEnvironment.of(manifests, deployment).values()) {
        if ("".equals(variable.value())) {
          softly
              .assertThat(config.acceptsEmpty(variable.name()))
              .as(
                  "%s sets %s to an empty value: SmallRye Config treats that as no value, so the"
                      + " key must be Optional or the service will not start",
                  deployment.id(), variable.name())
              .isTrue();
        }
      }
    }
    softly.assertAll();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void workersAllowNoPrivateAddresses(String overlay) {
    Manifests manifests = Kustomize.render(overlay);
    SoftAssertions softly = new SoftAssertions();
    for (String worker : Project.WORKERS) {
      if (ServiceConfig.of(worker).explain("SCRAPELINE_ALLOWED_CIDRS").isEmpty()) {
        continue;
      }
      PodEnvironment.Variable allowed =
          PodEnvironment.of(manifests, manifests.get("Deployment", worker))
              .get("SCRAPELINE_ALLOWED_CIDRS");
      softly
          .assertThat(allowed == null ? null : allowed.value())
          .as("%s: SCRAPELINE_ALLOWED_CIDRS is set and empty in Kubernetes", worker)
          .isEqualTo("");
    }
    softly.assertAll();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void addressesPointAtTheRenderedServices(String overlay) {
    Manifests manifests = Kustomize.render(overlay);
    Resource kafka = manifests.ofKind("Kafka").get(0);
    String bootstrap =
        kafka.name() + "-kafka-bootstrap:" + kafka.string("spec", "kafka", "listeners", 0, "port");
    Resource database = manifests.ofKind("Cluster").get(0);
    SoftAssertions softly = new SoftAssertions();
    for (Resource deployment : manifests.deployments()) {
      Map<String, PodEnvironment.Variable> env = PodEnvironment.of(manifests, deployment);
      softly
          .assertThat(env.get("KAFKA_BOOTSTRAP_SERVERS"))
          .as("%s KAFKA_BOOTSTRAP_SERVERS", deployment.id())
          .isNotNull()
          .extracting(PodEnvironment.Variable::value)
          .isEqualTo(bootstrap);
    }
    String storeUrl =
        PodEnvironment.of(manifests, manifests.get("Deployment", "api-gateway"))
            .get("SCRAPELINE_RESULT_STORE_URL")
            .value();
    URI store = URI.create(storeUrl);
    Resource storeService = manifests.get("Service", store.getHost());
    softly
        .assertThat(storeService.list("spec", "ports"))
        .as("Service %s has port %d", store.getHost(), store.getPort())
        .anyMatch(port -> String.valueOf(Tree.map(port).get("port")).equals("" + store.getPort()));
    softly
        .assertThat(storeService.map("spec", "selector"))
        .containsEntry("app.kubernetes.io/name", "result-store");

    Map<String, PodEnvironment.Variable> storeEnv =
        PodEnvironment.of(manifests, manifests.get("Deployment", "result-store"));
    String credentials = database.string("spec", "bootstrap", "initdb", "secret", "name");
    softly
        .assertThat(storeEnv.get("SCRAPELINE_DB_URL").value())
        .isEqualTo(
            "jdbc:postgresql://"
                + database.name()
                + "-rw:5432/"
                + database.string("spec", "bootstrap", "initdb", "database"));
    softly
        .assertThat(storeEnv.get("SCRAPELINE_DB_USER").source())
        .isEqualTo("Secret/" + credentials);
    softly
        .assertThat(storeEnv.get("SCRAPELINE_DB_PASSWORD").source())
        .isEqualTo("Secret/" + credentials);
    softly.assertAll();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void secretValuesComeFromSecretsKeyByKey(String overlay) {
    Manifests manifests = Kustomize.render(overlay);
    SoftAssertions softly = new SoftAssertions();
    for (Resource deployment : manifests.deployments()) {
      Map<String, PodEnvironment.Variable> env = PodEnvironment.of(manifests, deployment);
      for (String secret :
          new String[] {
            "SCRAPELINE_API_KEYS",
            "SCRAPELINE_INTERNAL_TOKEN",
            "SCRAPELINE_WEBHOOK_SECRETS",
            "SCRAPELINE_DB_PASSWORD"
          }) {
        if (env.containsKey(secret)) {
          softly
              .assertThat(env.get(secret).source())
              .as("%s takes %s from a Secret", deployment.id(), secret)
              .startsWith("Secret/");
        }
      }
    }
    softly.assertAll();
  }
}
