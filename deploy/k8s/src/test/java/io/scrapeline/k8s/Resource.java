package io.scrapeline.k8s;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One rendered Kubernetes object, read through paths of map keys and list indexes. */
record Resource(Map<String, Object> tree) {

  String kind() {
    return string("kind");
  }

  String name() {
    return string("metadata", "name");
  }

  String namespace() {
    return string("metadata", "namespace");
  }

  /** {@code Kind/name}, for messages. */
  String id() {
    return kind() + "/" + name();
  }

  Optional<Object> find(Object... path) {
    return Tree.find(tree, path);
  }

  String string(Object... path) {
    return find(path).map(String::valueOf).orElse(null);
  }

  Map<String, Object> map(Object... path) {
    return Tree.map(find(path).orElse(null));
  }

  List<Object> list(Object... path) {
    return Tree.list(find(path).orElse(null));
  }

  Map<String, String> labels() {
    return Tree.strings(map("metadata", "labels"));
  }

  /** The pod template's labels of a workload. */
  Map<String, String> podLabels() {
    return Tree.strings(map("spec", "template", "metadata", "labels"));
  }

  Map<String, Object> podSpec() {
    return map("spec", "template", "spec");
  }

  /** The containers of a workload's pod template. */
  List<Map<String, Object>> containers() {
    return Tree.maps(Tree.list(podSpec().get("containers")));
  }
}
