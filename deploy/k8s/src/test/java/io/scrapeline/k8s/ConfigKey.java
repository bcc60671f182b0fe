package io.scrapeline.k8s;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One configuration key a service reads.
 *
 * @param property the property name, e.g. {@code scrapeline.gateway.max-urls-per-batch}; a {@code
 *     *} stands for any map key or list index
 * @param optional whether the service starts without a value: only an {@code Optional} key does, a
 *     default is no help because an empty environment value clears a key
 * @param defaultValue the value when nothing sets the key ({@code @WithDefault} or the value in
 *     application.properties), or {@code null}
 * @param origin where the key was found, for messages
 */
record ConfigKey(String property, boolean optional, String defaultValue, String origin) {

  /**
   * Quarkus' environment form of a property name: every character other than a letter or digit
   * becomes {@code _}, then upper case ({@code quarkus.http.port} ↔ {@code QUARKUS_HTTP_PORT}).
   */
  static String environmentName(String property) {
    return property.replaceAll("[^A-Za-z0-9*]", "_").toUpperCase(Locale.ROOT);
  }

  String environmentName() {
    return environmentName(property);
  }

  /** Whether the environment variable {@code name} sets this key. */
  boolean isSetBy(String name) {
    String form = environmentName();
    if (!form.contains("*")) {
      return form.equals(name);
    }
    String pattern = Pattern.quote(form).replace("*", "\\E[A-Z0-9_]+\\Q");
    return name.matches(pattern);
  }
}
