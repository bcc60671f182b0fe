package io.scrapeline.k8s;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who may talk to whom: every pod is covered, and the three rules of the issue hold. */
class NetworkPolicyTest {

  /** Ranges workers and webhooks must never reach (cluster, private, loopback, metadata, CGNAT). */
  static final List<String> PRIVATE_RANGES =
      List.of(
          "10.0.0.0/8",
          "172.16.0.0/12",
          "192.168.0.0/16",
          "169.254.0.0/16",
          "100.64.0.0/10",
          "127.0.0.0/8");

  private static List<Resource> policiesSelecting(Manifests manifests, Map<String, String> labels) {
    return manifests.ofKind("NetworkPolicy").stream()
        .filter(policy -> LabelSelector.matches(policy.map("spec", "podSelector"), labels))
        .toList();
  }

  private static boolean hasType(Resource policy, String type) {
    return policy.list("spec", "policyTypes").contains(type);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void everyPodIsCoveredByNetworkPolicies(String overlay) {
    Manifests manifests = Kustomize.render(overlay);
    SoftAssertions softly = new SoftAssertions();
    softly
        .assertThat(manifests.ofKind("NetworkPolicy"))
        .as("a default deny of ingress for every pod of the namespace")
        .anyMatch(
            policy ->
                policy.map("spec", "podSelector").isEmpty()
                    && hasType(policy, "Ingress")
                    && policy.list("spec", "ingress").isEmpty());
    for (Resource deployment : manifests.deployments()) {
      List<Resource> policies = policiesSelecting(manifests, deployment.podLabels());
      for (String type : List.of("Ingress", "Egress")) {
        softly
            .assertThat(policies)
            .as("%s has a policy of its own for %s", deployment.id(), type)
            .anyMatch(
                policy -> !policy.map("spec", "podSelector").isEmpty() && hasType(policy, type));
      }
    }
    for (Resource cluster : manifests.ofKind("Cluster")) {
      softly
          .assertThat(policiesSelecting(manifests, Map.of("cnpg.io/cluster", cluster.name())))
          .as("the pods of %s have an ingress policy", cluster.id())
          .anyMatch(policy -> hasType(policy, "Ingress"));
    }
    softly.assertAll();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void workersReachTheInternetKafkaAndDnsButNoPrivateRange(String overlay) {
    Manifests manifests = Kustomize.render(overlay);
    Resource kafka = manifests.ofKind("Kafka").get(0);
    SoftAssertions softly = new SoftAssertions();
    for (String worker : Project.WORKERS) {
      List<Map<String, Object>> rules =
          policiesSelecting(manifests, manifests.get("Deployment", worker).podLabels()).stream()
              .filter(policy -> hasType(policy, "Egress"))
              .flatMap(policy -> Tree.maps(policy.list("spec", "egress")).stream())
              .toList();
      softly.assertThat(rules).as("%s egress rules", worker).isNotEmpty();
      for (Map<String, Object> rule : rules) {
        List<Map<String, Object>> peers = Tree.maps(Tree.list(rule.get("to")));
        softly.assertThat(peers).as("%s: no egress rule open to everything", worker).isNotEmpty();
        for (Map<String, Object> peer : peers) {
          if (peer.containsKey("ipBlock")) {
            softly.assertThat(Tree.string(peer, "ipBlock", "cidr")).isEqualTo("0.0.0.0/0");
            softly
                .assertThat(Tree.list(Tree.find(peer, "ipBlock", "except").orElse(null)))
                .as("%s internet egress excludes the private ranges", worker)
                .containsAll(PRIVATE_RANGES);
          } else {
            softly
                .assertThat(Tree.map(peer.get("podSelector")))
                .as("%s: other egress peers are named pods", worker)
                .isNotEmpty();
          }
        }
      }
      softly
          .assertThat(rules)
          .as("%s reaches the Kafka brokers", worker)
          .anyMatch(
              rule ->
                  Tree.maps(Tree.list(rule.get("to"))).stream()
                      .anyMatch(
                          peer ->
                              kafka
                                  .name()
                                  .equals(
                                      Tree.string(
                                          peer,
                                          "podSelector",
                                          "matchLabels",
                                          "strimzi.io/cluster"))));
      softly
          .assertThat(rules)
          .as("%s reaches DNS", worker)
          .anyMatch(
              rule ->
                  Tree.maps(Tree.list(rule.get("ports"))).stream()
                      .anyMatch(port -> "53".equals(String.valueOf(port.get("port")))));
    }
    softly.assertAll();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void theResultStoreIsReachableOnlyFromTheGatewayAndPrometheus(String overlay) {
    Manifests manifests = Kustomize.render(overlay);
    assertOnlyReachableFrom(
        manifests,
        manifests.get("Deployment", "result-store").podLabels(),
        Set.of("api-gateway"),
        Set.of("monitoring"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void theDatabaseIsReachableOnlyFromTheResultStore(String overlay) {
    Manifests manifests = Kustomize.render(overlay);
    for (Resource cluster : manifests.ofKind("Cluster")) {
      assertOnlyReachableFrom(
          manifests,
          Map.of("cnpg.io/cluster", cluster.name()),
          Set.of("result-store"),
          Set.of("monitoring", "cnpg-system"));
    }
  }

  /**
   * Among the Deployments of the overlay, only {@code deployments} may reach pods with {@code
   * labels}; other namespaces only when listed; nothing may open ingress to all.
   */
  private static void assertOnlyReachableFrom(
      Manifests manifests,
      Map<String, String> labels,
      Set<String> deployments,
      Set<String> namespaces) {
    SoftAssertions softly = new SoftAssertions();
    List<Map<String, Object>> rules =
        policiesSelecting(manifests, labels).stream()
            .filter(policy -> hasType(policy, "Ingress"))
            .flatMap(policy -> Tree.maps(policy.list("spec", "ingress")).stream())
            .toList();
    for (Map<String, Object> rule : rules) {
      List<Map<String, Object>> peers = Tree.maps(Tree.list(rule.get("from")));
      softly.assertThat(peers).as("ingress to %s open to everyone", labels).isNotEmpty();
      for (Map<String, Object> peer : peers) {
        softly.assertThat(peer).as("no ipBlock peers for %s", labels).doesNotContainKey("ipBlock");
        if (peer.containsKey("namespaceSelector")) {
          softly
              .assertThat(
                  Tree.string(
                      peer, "namespaceSelector", "matchLabels", "kubernetes.io/metadata.name"))
              .as("namespaces allowed to reach %s", labels)
              .isIn(namespaces);
          continue;
        }
        Map<String, Object> selector = Tree.map(peer.get("podSelector"));
        softly.assertThat(selector).as("a peer of %s selects all pods", labels).isNotEmpty();
        for (Resource deployment : manifests.deployments()) {
          if (LabelSelector.matches(selector, deployment.podLabels())) {
            softly
                .assertThat(deployment.name())
                .as("%s may reach %s", deployment.id(), labels)
                .isIn(deployments);
          }
        }
      }
    }
    for (String allowed : deployments) {
      Map<String, String> allowedLabels = manifests.get("Deployment", allowed).podLabels();
      softly
          .assertThat(rules)
          .as("%s reaches %s", allowed, labels)
          .anyMatch(
              rule ->
                  Tree.maps(Tree.list(rule.get("from"))).stream()
                      .anyMatch(
                          peer ->
                              !peer.containsKey("namespaceSelector")
                                  && LabelSelector.matches(
                                      Tree.map(peer.get("podSelector")), allowedLabels)));
    }
    softly.assertAll();
  }
}
