package io.scrapeline.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The configuration keys one service really reads, from its sources: {@code application.properties}
 * (its keys, and the environment variables its {@code ${NAME:default}} expressions reference),
 * {@code @ConfigMapping} interfaces and {@code @ConfigProperty} injections, plus the few Quarkus
 * runtime keys the deployment sets that no source mentions.
 */
final class ServiceConfig {

  /**
   * Quarkus runtime keys the Deployments set although the services' sources do not mention them:
   * the graceful-shutdown budget that terminationGracePeriodSeconds is derived from.
   */
  static final Map<String, String> FRAMEWORK_RUNTIME_KEYS = Map.of("quarkus.shutdown.timeout", "");

  /**
   * Keys read while building (the image), never at run time: setting them on a pod does nothing.
   */
  static final List<String> BUILD_TIME_PREFIXES =
      List.of("quarkus.container-image.", "quarkus.jib.");

  private final String service;
  private final Map<String, String> properties;
  private final List<ConfigKey> keys;
  private final List<Expressions.Reference> references;

  private ServiceConfig(
      String service,
      Map<String, String> properties,
      List<ConfigKey> keys,
      List<Expressions.Reference> references) {
    this.service = service;
    this.properties = properties;
    this.keys = keys;
    this.references = references;
  }

  private static final Map<String, ServiceConfig> READ = new ConcurrentHashMap<>();

  /** Reads {@code <repository>/<service>/src/main}, once per test run. */
  static ServiceConfig of(String service) {
    return READ.computeIfAbsent(
        service, name -> read(name, Project.service(name).resolve("src/main")));
  }

  static ServiceConfig read(String service, Path main) {
    Path propertiesFile = main.resolve("resources/application.properties");
    if (!Files.isRegularFile(propertiesFile)) {
      throw new AssertionError(
          "no application.properties for " + service + " at " + propertiesFile);
    }
    Map<String, String> properties = containerProperties(propertiesFile);
    List<ConfigKey> keys = new ArrayList<>();
    List<Expressions.Reference> references = new ArrayList<>();
    properties.forEach(
        (key, value) -> {
          if (!isBuildTime(key)) {
            keys.add(new ConfigKey(key, false, value, "application.properties"));
          }
          for (Expressions.Reference reference : Expressions.references(key, value)) {
            references.add(reference);
          }
        });
    keys.addAll(javaKeys(main.resolve("java")));
    FRAMEWORK_RUNTIME_KEYS.forEach(
        (key, defaultValue) -> keys.add(new ConfigKey(key, false, defaultValue, "Quarkus")));
    return new ServiceConfig(service, properties, List.copyOf(keys), List.copyOf(references));
  }

  String service() {
    return service;
  }

  /**
   * The properties that apply in a container (no profile, or the prod profile), profile removed.
   */
  Map<String, String> properties() {
    return properties;
  }

  List<ConfigKey> keys() {
    return keys;
  }

  /** Environment variables referenced by application.properties expressions. */
  List<Expressions.Reference> references() {
    return references;
  }

  /**
   * The value {@code property} takes in a pod with {@code environment}: its environment form, else
   * its application.properties value (a whole {@code ${NAME:default}} resolved against the
   * environment), else its {@code @WithDefault}.
   */
  Optional<String> valueOf(String property, Map<String, String> environment) {
    String form = ConfigKey.environmentName(property);
    if (environment.containsKey(form)) {
      return Optional.of(environment.get(form));
    }
    if (properties.containsKey(property)) {
      return Optional.ofNullable(resolve(properties.get(property), environment));
    }
    return keys.stream()
        .filter(key -> key.property().equals(property) && key.defaultValue() != null)
        .map(ConfigKey::defaultValue)
        .findFirst();
  }

  private static String resolve(String value, Map<String, String> environment) {
    List<Expressions.Reference> references = Expressions.references("", value);
    if (references.isEmpty() || !references.get(0).whole()) {
      return value;
    }
    Expressions.Reference reference = references.get(0);
    if (environment.containsKey(reference.variable())) {
      return environment.get(reference.variable());
    }
    return reference.defaultValue() == null ? null : resolve(reference.defaultValue(), environment);
  }

  static boolean isBuildTime(String property) {
    return BUILD_TIME_PREFIXES.stream().anyMatch(property::startsWith);
  }

  /**
   * Why {@code variable} is a runtime setting of this service, or empty when the service never
   * reads it at run time.
   */
  Optional<String> explain(String variable) {
    for (Expressions.Reference reference : references) {
      if (reference.variable().equals(variable) && !isBuildTime(reference.property())) {
        return Optional.of(
            "application.properties: " + reference.property() + "=${" + variable + "}");
      }
    }
    for (ConfigKey key : keys) {
      if (key.isSetBy(variable)) {
        return Optional.of(key.origin() + ": " + key.property());
      }
    }
    return Optional.empty();
  }

  /**
   * Whether an empty value of {@code variable} leaves the service able to start: SmallRye Config
   * treats an empty value as "no value", which only an {@code Optional} key accepts.
   */
  boolean acceptsEmpty(String variable) {
    List<String> fed = new ArrayList<>();
    for (Expressions.Reference reference : references) {
      if (reference.variable().equals(variable) && reference.whole()) {
        fed.add(reference.property());
      }
    }
    for (ConfigKey key : keys) {
      if (key.isSetBy(variable)) {
        fed.add(key.property());
      }
    }
    return !fed.isEmpty()
        && fed.stream()
            .allMatch(
                property ->
                    keys.stream()
                        .filter(key -> key.property().equals(property))
                        .anyMatch(ConfigKey::optional));
  }

  private static Map<String, String> containerProperties(Path file) {
    Properties raw = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      raw.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> properties = new LinkedHashMap<>();
    for (String name : raw.stringPropertyNames()) {
      String value = raw.getProperty(name);
      if (!name.startsWith("%")) {
        properties.putIfAbsent(name, value);
        continue;
      }
      int dot = name.indexOf('.');
      List<String> profiles = List.of(name.substring(1, dot).split(","));
      if (profiles.contains("prod")) {
        properties.put(name.substring(dot + 1), value);
      }
    }
    return properties;
  }

  private static List<ConfigKey> javaKeys(Path sources) {
    if (!Files.isDirectory(sources)) {
      return List.of();
    }
    List<ConfigKey> keys = new ArrayList<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        if (source.contains("ConfigMapping") || source.contains("ConfigProperty")) {
          keys.addAll(ConfigMappingSource.keys(source, file.getFileName().toString()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return keys;
  }
}
