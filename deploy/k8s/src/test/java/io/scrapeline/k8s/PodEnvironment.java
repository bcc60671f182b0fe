package io.scrapeline.k8s;

import java.util.LinkedHashMap;
import java.util.Map;

/** The environment variables of a Deployment's first container, envFrom ConfigMaps expanded. */
final class PodEnvironment {

  /**
   * One variable.
   *
   * @param value the literal value, or {@code null} when it comes from elsewhere
   * @param source where it comes from: {@code env}, {@code ConfigMap/<name>}, {@code Secret/<name>}
   * @param secretKey the key in the Secret, for secretKeyRef values
   */
  record Variable(String name, String value, String source, String secretKey) {}

  private PodEnvironment() {}

  static Map<String, Variable> of(Manifests manifests, Resource deployment) {
    Map<String, Object> container = deployment.containers().get(0);
    Map<String, Variable> variables = new LinkedHashMap<>();
    for (Map<String, Object> from : Tree.maps(Tree.list(container.get("envFrom")))) {
      if (from.containsKey("secretRef")) {
        throw new AssertionError(
            deployment.id()
                + " imports a whole Secret with envFrom: reference each key with secretKeyRef, so"
                + " that variable names can be checked even where the Secret is managed outside");
      }
      String prefix = String.valueOf(from.getOrDefault("prefix", ""));
      String configMap = Tree.string(from, "configMapRef", "name");
      Resource source = manifests.get("ConfigMap", configMap);
      Tree.strings(source.map("data"))
          .forEach(
              (key, value) ->
                  variables.put(
                      prefix + key,
                      new Variable(prefix + key, value, "ConfigMap/" + configMap, null)));
    }
    for (Map<String, Object> env : Tree.maps(Tree.list(container.get("env")))) {
      String name = String.valueOf(env.get("name"));
      String secret = Tree.string(env, "valueFrom", "secretKeyRef", "name");
      String configMap = Tree.string(env, "valueFrom", "configMapKeyRef", "name");
      if (secret != null) {
        variables.put(
            name,
            new Variable(
                name,
                null,
                "Secret/" + secret,
                Tree.string(env, "valueFrom", "secretKeyRef", "key")));
      } else if (configMap != null) {
        String key = Tree.string(env, "valueFrom", "configMapKeyRef", "key");
        variables.put(
            name,
            new Variable(
                name,
                manifests.get("ConfigMap", configMap).string("data", key),
                "ConfigMap/" + configMap,
                null));
      } else {
        Object value = env.get("value");
        variables.put(
            name, new Variable(name, value == null ? "" : String.valueOf(value), "env", null));
      }
    }
    return variables;
  }
}
