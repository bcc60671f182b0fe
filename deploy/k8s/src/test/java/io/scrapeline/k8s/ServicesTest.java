package io.scrapeline.k8s;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every Service reaches the pods of a Deployment on a port they listen on. */
class ServicesTest {

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void everyServiceSelectsADeploymentOnADeclaredPort(String overlay) {
    Manifests manifests = Kustomize.render(overlay);
    SoftAssertions softly = new SoftAssertions();
    for (Resource service : manifests.ofKind("Service")) {
      Map<String, String> selector = Tree.strings(service.map("spec", "selector"));
      List<Resource> selected =
          manifests.deployments().stream()
              .filter(deployment -> LabelSelector.matchesPlain(selector, deployment.podLabels()))
              .toList();
      softly.assertThat(selected).as("%s selects exactly one Deployment", service.id()).hasSize(1);
      for (Resource deployment : selected) {
        List<Map<String, Object>> containerPorts =
            deployment.containers().stream()
                .flatMap(container -> Tree.maps(Tree.list(container.get("ports"))).stream())
                .toList();
        for (Map<String, Object> port : Tree.maps(service.list("spec", "ports"))) {
          String target = String.valueOf(port.getOrDefault("targetPort", port.get("port")));
          softly
              .assertThat(containerPorts)
              .as("%s targetPort %s is a port of %s", service.id(), target, deployment.id())
              .anyMatch(
                  declared ->
                      target.equals(String.valueOf(declared.get("name")))
                          || target.equals(String.valueOf(declared.get("containerPort"))));
        }
      }
    }
    softly.assertAll();
  }
}
