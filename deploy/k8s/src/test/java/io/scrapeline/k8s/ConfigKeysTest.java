package io.scrapeline.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reader of the services' configuration keys, on a fixture service with every key shape. */
class ConfigKeysTest {

  private static ServiceConfig fixture() {
    try {
      Path main =
          Path.of(
              Objects.requireNonNull(ConfigKeysTest.class.getResource("/fixtures/service/src/main"))
                  .toURI());
      return ServiceConfig.read("fixture", main);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "scrapeline.gateway.max-urls-per-batch, SCRAPELINE_GATEWAY_MAX_URLS_PER_BATCH",
    "quarkus.http.port, QUARKUS_HTTP_PORT",
    "quarkus.shutdown.timeout, QUARKUS_SHUTDOWN_TIMEOUT",
    "kafka.bootstrap.servers, KAFKA_BOOTSTRAP_SERVERS",
    "quarkus.rest-client.result-store.url, QUARKUS_REST_CLIENT_RESULT_STORE_URL",
    "'quarkus.log.category.\"org.apache.kafka\".level', QUARKUS_LOG_CATEGORY__ORG_APACHE_KAFKA__LEVEL",
  })
  void propertyNamesMapToQuarkusEnvironmentNames(String property, String variable) {
    assertThat(ConfigKey.environmentName(property)).isEqualTo(variable);
  }

  @ParameterizedTest
  @CsvSource({
    "example.worker.base-url, false",
    "example.worker.max-urls-per-batch, false",
    "example.worker.allowed-cidrs, true",
    "example.worker.fetch-timeout, false",
    "example.worker.consumer.group-id, false",
    "example.worker.retry.attempts, false",
    "example.worker.headers.*, true",
    "example.worker.max-page-bytes, false",
    "example.injected.required, false",
    "example.injected.optional, true",
  })
  void configMappingsAndInjectionsYieldTheirKeys(String property, boolean optional) {
    assertThat(fixture().keys())
        .filteredOn(key -> key.property().equals(property) && !key.origin().endsWith("properties"))
        .extracting(ConfigKey::optional)
        .containsExactly(optional);
  }

  @Test
  void defaultMethodsAndCommentsAreNoKeys() {
    assertThat(fixture().keys())
        .extracting(ConfigKey::property)
        .doesNotContain("example.worker.derived", "example.worker.limits");
  }

  @ParameterizedTest
  @CsvSource({
    "EXAMPLE_PORT, application.properties: quarkus.http.port=${EXAMPLE_PORT}",
    "QUARKUS_HTTP_PORT, application.properties: quarkus.http.port",
    "EXAMPLE_WORKER_FETCH_TIMEOUT, ExampleConfig.java: example.worker.fetch-timeout",
    "EXAMPLE_WORKER_CONSUMER_GROUP_ID, ExampleConfig.java: example.worker.consumer.group-id",
    "EXAMPLE_WORKER_HEADERS_X_TRACE, ExampleConfig.java: example.worker.headers.*",
    "EXAMPLE_PROD_ONLY, application.properties: example.prod-only=${EXAMPLE_PROD_ONLY}",
    "QUARKUS_SHUTDOWN_TIMEOUT, Quarkus: quarkus.shutdown.timeout",
  })
  void variablesAreExplainedByTheKeyTheySet(String variable, String explanation) {
    assertThat(fixture().explain(variable)).contains(explanation);
  }

  @ParameterizedTest
  @CsvSource({
    "EXAMPLE_IMAGE_REGISTRY",
    "EXAMPLE_IMAGE_TAG",
    "QUARKUS_CONTAINER_IMAGE_REGISTRY",
    "EXAMPLE_WORKER_UNKNOWN",
    "SCRAPELINE_NOT_A_KEY",
  })
  void buildTimeAndUnknownVariablesAreNotRuntimeSettings(String variable) {
    assertThat(fixture().explain(variable)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "EXAMPLE_ALLOWED_CIDRS, true",
    "EXAMPLE_WORKER_ALLOWED_CIDRS, true",
    "EXAMPLE_MAX_URLS, false",
    "EXAMPLE_PORT, false",
  })
  void onlyOptionalKeysAcceptAnEmptyValue(String variable, boolean accepted) {
    assertThat(fixture().acceptsEmpty(variable)).isEqualTo(accepted);
  }

  @ParameterizedTest
  @CsvSource({
    "example.worker.consumer.group-id, '', scrapeline-example",
    "example.worker.consumer.group-id, EXAMPLE_WORKER_CONSUMER_GROUP_ID=g, g",
    "example.worker.max-urls-per-batch, '', 10000",
    "example.worker.max-urls-per-batch, EXAMPLE_MAX_URLS=5, 5",
    "example.worker.max-urls-per-batch, EXAMPLE_WORKER_MAX_URLS_PER_BATCH=7, 7",
    "quarkus.container-image.tag, '', ${quarkus.application.version:latest}",
  })
  void valuesResolveFromTheEnvironmentThenPropertiesThenDefaults(
      String property, String variable, String expected) {
    Map<String, String> environment =
        variable.isEmpty() ? Map.of() : Map.of(variable.split("=")[0], variable.split("=")[1]);
    assertThat(fixture().valueOf(property, environment)).contains(expected);
  }

  @Test
  void nestedExpressionsYieldEveryVariableWithItsDefault() {
    assertThat(
            Expressions.references(
                "quarkus.container-image.tag", "${IMAGE_TAG:${OTHER_TAG:${quarkus.app:x}}}"))
        .extracting(Expressions.Reference::variable, Expressions.Reference::defaultValue)
        .containsExactly(
            tuple("IMAGE_TAG", "${OTHER_TAG:${quarkus.app:x}}"),
            tuple("OTHER_TAG", "${quarkus.app:x}"));
  }
}
