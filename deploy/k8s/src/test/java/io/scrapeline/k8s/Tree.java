package io.scrapeline.k8s;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Navigation in the maps and lists SnakeYAML builds. */
final class Tree {

  private Tree() {}

  /** The node at {@code path}: strings index maps, integers index lists. */
  static Optional<Object> find(Object root, Object... path) {
    Object node = root;
    for (Object step : path) {
      if (step instanceof Integer index && node instanceof List<?> list) {
        node = index < list.size() ? list.get(index) : null;
      } else if (node instanceof Map<?, ?> map) {
        node = map.get(step);
      } else {
        return Optional.empty();
      }
      if (node == null) {
        return Optional.empty();
      }
    }
    return Optional.ofNullable(node);
  }

  static String string(Object root, Object... path) {
    return find(root, path).map(String::valueOf).orElse(null);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object node) {
    return node instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object node) {
    return node instanceof List<?> list ? (List<Object>) list : List.of();
  }

  static List<Map<String, Object>> maps(List<Object> nodes) {
    return nodes.stream().map(Tree::map).toList();
  }

  static Map<String, String> strings(Map<String, Object> map) {
    Map<String, String> strings = new LinkedHashMap<>();
    map.forEach((key, value) -> strings.put(key, value == null ? "" : String.valueOf(value)));
    return strings;
  }
}
