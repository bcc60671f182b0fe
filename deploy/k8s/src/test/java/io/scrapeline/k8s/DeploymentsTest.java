package io.scrapeline.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every Deployment of both overlays: probes, resources, security, image, shutdown, spreading. */
class DeploymentsTest {

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void theFourServicesAreDeployed(String overlay) {
    assertThat(Kustomize.render(overlay).deployments())
        .extracting(Resource::name)
        .containsExactlyInAnyOrderElementsOf(Project.SERVICES);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void everyDeploymentProbesQuarkusHealth(String overlay) {
    SoftAssertions softly = new SoftAssertions();
    for (Resource deployment : Kustomize.render(overlay).deployments()) {
      for (Map<String, Object> container : deployment.containers()) {
        List<Object> ports = Tree.list(container.get("ports"));
        Map<String, String> probes =
            Map.of(
                "startupProbe", "/q/health/started",
                "livenessProbe", "/q/health/live",
                "readinessProbe", "/q/health/ready");
        probes.forEach(
            (probe, path) -> {
              softly
                  .assertThat(Tree.string(container, probe, "httpGet", "path"))
                  .as("%s %s path", deployment.id(), probe)
                  .isEqualTo(path);
              String port = Tree.string(container, probe, "httpGet", "port");
              softly
                  .assertThat(
                      ports.stream()
                          .map(Tree::map)
                          .anyMatch(
                              declared ->
                                  String.valueOf(declared.get("name")).equals(port)
                                      || String.valueOf(declared.get("containerPort"))
                                          .equals(port)))
                  .as("%s %s port %s is a port of the container", deployment.id(), probe, port)
                  .isTrue();
            });
      }
    }
    softly.assertAll();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void everyContainerHasCpuAndMemoryRequestsAndLimits(String overlay) {
    SoftAssertions softly = new SoftAssertions();
    for (Resource deployment : Kustomize.render(overlay).deployments()) {
      for (Map<String, Object> container : deployment.containers()) {
        for (String bound : List.of("requests", "limits")) {
          for (String resource : List.of("cpu", "memory")) {
            softly
                .assertThat(Tree.string(container, "resources", bound, resource))
                .as("%s resources.%s.%s", deployment.id(), bound, resource)
                .isNotBlank();
          }
        }
      }
    }
    softly.assertAll();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void everyPodRunsAsNonRootOnAReadOnlyRootWithoutCapabilities(String overlay) {
    SoftAssertions softly = new SoftAssertions();
    for (Resource deployment : Kustomize.render(overlay).deployments()) {
      Map<String, Object> pod = deployment.podSpec();
      String id = deployment.id();
      softly
          .assertThat(Tree.string(pod, "securityContext", "runAsNonRoot"))
          .as(id)
          .isEqualTo("true");
      softly
          .assertThat(Tree.string(pod, "securityContext", "seccompProfile", "type"))
          .as("%s pod seccomp", id)
          .isEqualTo("RuntimeDefault");
      softly
          .assertThat(Tree.string(pod, "automountServiceAccountToken"))
          .as("%s mounts no API token", id)
          .isEqualTo("false");
      for (Map<String, Object> container : deployment.containers()) {
        Map<String, Object> security = Tree.map(container.get("securityContext"));
        softly.assertThat(Tree.string(security, "runAsNonRoot")).as(id).isEqualTo("true");
        softly
            .assertThat(Tree.string(security, "allowPrivilegeEscalation"))
            .as("%s allowPrivilegeEscalation", id)
            .isEqualTo("false");
        softly
            .assertThat(Tree.string(security, "readOnlyRootFilesystem"))
            .as("%s readOnlyRootFilesystem", id)
            .isEqualTo("true");
        softly.assertThat(Tree.string(security, "privileged")).as(id).isNotEqualTo("true");
        softly
            .assertThat(Tree.list(Tree.find(security, "capabilities", "drop").orElse(null)))
            .as("%s drops all capabilities", id)
            .contains("ALL");
        softly
            .assertThat(Tree.list(Tree.find(security, "capabilities", "add").orElse(null)))
            .as("%s adds no capability", id)
            .isEmpty();
        softly
            .assertThat(Tree.string(security, "seccompProfile", "type"))
            .as("%s container seccomp", id)
            .isEqualTo("RuntimeDefault");
        softly
            .assertThat(tmpIsAnEmptyDir(pod, container))
            .as("%s /tmp is an emptyDir", id)
            .isTrue();
      }
    }
    softly.assertAll();
  }

  private static boolean tmpIsAnEmptyDir(Map<String, Object> pod, Map<String, Object> container) {
    return Tree.maps(Tree.list(container.get("volumeMounts"))).stream()
        .filter(mount -> "/tmp".equals(mount.get("mountPath")))
        .map(mount -> String.valueOf(mount.get("name")))
        .anyMatch(
            volume ->
                Tree.maps(Tree.list(pod.get("volumes"))).stream()
                    .anyMatch(
                        declared ->
                            volume.equals(declared.get("name"))
                                && declared.containsKey("emptyDir")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void everyContainerRunsAPinnedImage(String overlay) {
    SoftAssertions softly = new SoftAssertions();
    for (Resource deployment : Kustomize.render(overlay).deployments()) {
      for (Map<String, Object> container : deployment.containers()) {
        String image = String.valueOf(container.get("image"));
        String lastSegment = image.substring(image.lastIndexOf('/') + 1);
        softly.assertThat(image).as("%s image", deployment.id()).isNotBlank();
        softly
            .assertThat(lastSegment.contains(":") || image.contains("@sha256:"))
            .as("%s image %s has a tag or digest", deployment.id(), image)
            .isTrue();
        softly.assertThat(image).as(deployment.id()).doesNotEndWith(":latest");
        if (overlay.equals("prod")) {
          softly.assertThat(image).as("prod runs releases").doesNotContain("SNAPSHOT");
        }
      }
    }
    softly.assertAll();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void theGracePeriodCoversTheGracefulShutdown(String overlay) {
    Manifests manifests = Kustomize.render(overlay);
    SoftAssertions softly = new SoftAssertions();
    for (Resource deployment : manifests.deployments()) {
      Map<String, String> environment = new HashMap<>();
      PodEnvironment.of(manifests, deployment)
          .values()
          .forEach(variable -> environment.put(variable.name(), variable.value()));
      String timeout = environment.get("QUARKUS_SHUTDOWN_TIMEOUT");
      softly
          .assertThat(timeout)
          .as("%s sets QUARKUS_SHUTDOWN_TIMEOUT", deployment.id())
          .isNotNull();
      if (timeout == null) {
        continue;
      }
      Duration expected = Duration.ofSeconds(Project.isWorker(deployment.name()) ? 60 : 30);
      softly
          .assertThat(Durations.parse(timeout))
          .as("%s shutdown timeout", deployment.id())
          .isEqualTo(expected);
      // The longest of Quarkus' own timeout and the service's *.shutdown-timeout settings.
      ServiceConfig config = ServiceConfig.of(deployment.name());
      Duration budget = Duration.ZERO;
      String longest = "";
      for (ConfigKey key : config.keys()) {
        if (key.property().endsWith("shutdown-timeout")
            || key.property().equals("quarkus.shutdown.timeout")) {
          String value = config.valueOf(key.property(), environment).orElse("");
          if (!value.isBlank() && Durations.parse(value).compareTo(budget) > 0) {
            budget = Durations.parse(value);
            longest = key.property() + "=" + value;
          }
        }
      }
      long preStop = preStopSeconds(deployment.containers().get(0));
      long grace = Long.parseLong(deployment.podSpec().get("terminationGracePeriodSeconds") + "");
      softly
          .assertThat(grace)
          .as(
              "%s terminationGracePeriodSeconds must cover preStop (%d s) + the shutdown budget"
                  + " (%s) + 10 s to close the clients",
              deployment.id(), preStop, longest)
          .isGreaterThanOrEqualTo(preStop + budget.toSeconds() + 10);
    }
    softly.assertAll();
  }

  private static long preStopSeconds(Map<String, Object> container) {
    List<Object> command =
        Tree.list(Tree.find(container, "lifecycle", "preStop", "exec", "command").orElse(null));
    if (command.size() == 2 && "sleep".equals(command.get(0))) {
      return Long.parseLong(String.valueOf(command.get(1)));
    }
    return Tree.find(container, "lifecycle", "preStop", "sleep", "seconds")
        .map(seconds -> Long.parseLong(String.valueOf(seconds)))
        .orElse(0L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void everyDeploymentSpreadsOverNodesAndHasOneDisruptionBudget(String overlay) {
    Manifests manifests = Kustomize.render(overlay);
    SoftAssertions softly = new SoftAssertions();
    for (Resource deployment : manifests.deployments()) {
      Map<String, String> labels = deployment.podLabels();
      List<Map<String, Object>> antiAffinity =
          Tree.maps(
              Tree.list(
                  Tree.find(
                          deployment.podSpec(),
                          "affinity",
                          "podAntiAffinity",
                          "preferredDuringSchedulingIgnoredDuringExecution")
                      .orElse(null)));
      softly
          .assertThat(
              antiAffinity.stream()
                  .map(term -> Tree.map(term.get("podAffinityTerm")))
                  .anyMatch(
                      term ->
                          "kubernetes.io/hostname".equals(term.get("topologyKey"))
                              && LabelSelector.matches(
                                  Tree.map(term.get("labelSelector")), labels)))
          .as("%s keeps its replicas on different nodes", deployment.id())
          .isTrue();
      softly
          .assertThat(
              manifests.ofKind("PodDisruptionBudget").stream()
                  .filter(pdb -> LabelSelector.matches(pdb.map("spec", "selector"), labels))
                  .count())
          .as("%s is covered by exactly one PodDisruptionBudget", deployment.id())
          .isEqualTo(1);
    }
    softly.assertAll();
  }
}
