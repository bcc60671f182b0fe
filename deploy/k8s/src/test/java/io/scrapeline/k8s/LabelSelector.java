package io.scrapeline.k8s;

import java.util.List;
import java.util.Map;

/** Kubernetes label selector semantics: matchLabels and matchExpressions, both must hold. */
final class LabelSelector {

  private LabelSelector() {}

  /** Whether {@code selector} (a LabelSelector object) selects {@code labels}. */
  static boolean matches(Map<String, Object> selector, Map<String, String> labels) {
    Map<String, String> matchLabels = Tree.strings(Tree.map(selector.get("matchLabels")));
    for (Map.Entry<String, String> required : matchLabels.entrySet()) {
      if (!required.getValue().equals(labels.get(required.getKey()))) {
        return false;
      }
    }
    for (Map<String, Object> expression : Tree.maps(Tree.list(selector.get("matchExpressions")))) {
      String key = String.valueOf(expression.get("key"));
      List<String> values =
          Tree.list(expression.get("values")).stream().map(String::valueOf).toList();
      boolean present = labels.containsKey(key);
      boolean holds =
          switch (String.valueOf(expression.get("operator"))) {
            case "In" -> present && values.contains(labels.get(key));
            case "NotIn" -> !present || !values.contains(labels.get(key));
            case "Exists" -> present;
            case "DoesNotExist" -> !present;
            default -> throw new AssertionError("unknown selector operator in " + expression);
          };
      if (!holds) {
        return false;
      }
    }
    return true;
  }

  /** A Service's selector is a plain map of labels. */
  static boolean matchesPlain(Map<String, String> selector, Map<String, String> labels) {
    return !selector.isEmpty()
        && selector.entrySet().stream()
            .allMatch(entry -> entry.getValue().equals(labels.get(entry.getKey())));
  }
}
