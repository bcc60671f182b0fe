package io.scrapeline.k8s;

import java.util.List;
import java.util.Optional;

/** The resources of one rendered overlay. */
record Manifests(List<Resource> resources) {

  List<Resource> ofKind(String kind) {
    return resources.stream().filter(resource -> kind.equals(resource.kind())).toList();
  }

  Optional<Resource> find(String kind, String name) {
    return ofKind(kind).stream().filter(resource -> name.equals(resource.name())).findFirst();
  }

  Resource get(String kind, String name) {
    return find(kind, name)
        .orElseThrow(() -> new AssertionError("the overlay renders no " + kind + "/" + name));
  }

  List<Resource> deployments() {
    return ofKind("Deployment");
  }

  /** The namespace every namespaced resource is rendered into. */
  String namespace() {
    return ofKind("Namespace").stream()
        .map(Resource::name)
        .findFirst()
        .orElseThrow(() -> new AssertionError("the overlay renders no Namespace"));
  }
}
