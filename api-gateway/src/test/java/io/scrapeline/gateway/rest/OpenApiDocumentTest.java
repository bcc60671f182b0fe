package io.scrapeline.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.scrapeline.local.EmbeddedStackTestResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The generated OpenAPI document ({@code /q/openapi}) describes every native endpoint as API.md and
 * docs/api-extensions.md do: its statuses, its body shapes, its parameters and the two ways to pass
 * a key. Shared responses and parameters may be {@code #/components/...} references; the assertions
 * follow them, so they hold for the document a client resolves.
 */
@QuarkusTest
@WithTestResource(EmbeddedStackTestResource.class)
class OpenApiDocumentTest {

  private JsonPath doc;

  @BeforeEach
  void fetchTheDocument() {
    doc =
        given()
            .get("/q/openapi?format=json")
            .then()
            .statusCode(200)
            .contentType("application/json")
            .extract()
            .jsonPath();
  }

  @ParameterizedTest(name = "{1} {0}")
  @CsvSource({
    "/v1/batch/scrape, post, 202 200 400 401 409 413 415 429 503",
    "/v1/batch/scrape, get, 200 400 401 503",
    "/v1/batch/scrape/{id}, get, 200 400 401 404 503",
    "/v1/batch/scrape/{id}, delete, 200 401 404 409 503",
    "/v1/batch/scrape/{id}/errors, get, 200 401 404 503",
    "/v1/batch/sitemap, post, 202 200 400 401 409 413 415 429 503",
    "/v1/batch/sitemap, get, 200 400 401 503",
    "/v1/batch/sitemap/{id}, get, 200 400 401 404 503",
    "/v1/batch/sitemap/{id}, delete, 200 401 404 409 503",
    "/v1/batch/sitemap/{id}/errors, get, 200 401 404 503",
    "/v1/batch/sitemap/{id}/items/{input_index}/links, get, 200 400 401 404 503",
    "/v1/scrape, post, 200 400 401 409 413 415 429 503 504"
  })
  void everyNativeEndpointListsItsStatusesWithJsonBodies(
      String path, String method, String statuses) {
    Map<String, Object> responses = doc.getMap(operation(path, method) + ".responses");
    assertThat(responses).containsOnlyKeys(statuses.split(" "));
    for (String status : responses.keySet()) {
      String schema = response(path, method, status);
      assertThat(schema).as("%s %s %s", method, path, status).isNotNull();
      if (!status.startsWith("2")) {
        assertThat(schema).as("%s %s %s", method, path, status).isEqualTo("Error");
      }
    }
    assertThat(doc.getList(operation(path, method) + ".security.collect { it.keySet() }.flatten()"))
        .as("%s %s security", method, path)
        .containsExactlyInAnyOrder("bearer", "api_key");
  }

  @Test
  void theErrorBodyHasCodeMessageAndDetails() {
    assertThat(properties("Error")).contains("code", "message", "details");
    assertThat(doc.getList("components.schemas.Error.required", String.class))
        .containsExactlyInAnyOrder("code", "message");
  }

  @Test
  void batchSubmissionsDescribeTheirBodiesAndTheSubmittedAnswer() {
    String scrapeBody = requestBody("/v1/batch/scrape", "post");
    assertThat(properties(scrapeBody))
        .containsExactlyInAnyOrder(
            "urls",
            "formats",
            "only_main_content",
            "include_tags",
            "exclude_tags",
            "headers",
            "timeout_ms",
            "max_retries",
            "ignore_invalid_urls",
            "webhook");
    assertThat(doc.getList("components.schemas." + scrapeBody + ".required", String.class))
        .containsExactly("urls");
    assertThat(properties(requestBody("/v1/batch/sitemap", "post")))
        .contains("urls", "max_urls", "follow_index", "scrape", "webhook");
    assertThat(properties(requestBody("/v1/scrape", "post")))
        .contains("url", "formats", "timeout_ms")
        .doesNotContain("urls");
    for (String kind : List.of("scrape", "sitemap")) {
      for (String status : List.of("202", "200")) {
        assertThat(properties(response("/v1/batch/" + kind, "post", status)))
            .containsExactlyInAnyOrder("id", "status", "total", "invalid_urls", "status_url");
      }
    }
    assertThat(child(responseObject("/v1/batch/scrape", "post", "429"), "headers", "Retry-After"))
        .isNotNull();
  }

  @Test
  void theStatusDocumentsHaveCountersPagingAndTheirKindOfItems() {
    String scrape = response("/v1/batch/scrape/{id}", "get", "200");
    assertThat(properties(scrape))
        .contains(
            "id", "status", "total", "completed", "failed", "cancelled", "pending", "invalid_urls")
        .contains("config", "created_at", "finished_at", "expires_at")
        .contains("page", "page_size", "next", "results");
    assertThat(properties(itemsOf(scrape, "results")))
        .containsExactlyInAnyOrder("input_index", "url", "status", "data", "metadata", "error");

    String sitemap = response("/v1/batch/sitemap/{id}", "get", "200");
    assertThat(properties(sitemap))
        .contains("pending", "results", "next", "scrape_batch_id", "scrape_truncated");
    assertThat(properties(itemsOf(sitemap, "results")))
        .containsExactlyInAnyOrder(
            "input_index", "url", "status", "links", "link_count", "metadata", "error");

    for (String kind : List.of("scrape", "sitemap")) {
      assertThat(properties(response("/v1/batch/" + kind + "/{id}", "delete", "200")))
          .contains("id", "status", "pending", "config")
          .doesNotContain("results", "next");
    }
  }

  @Test
  void listsErrorsLinksAndTheSingleScrapeDescribeTheirAnswers() {
    String list = response("/v1/batch/scrape", "get", "200");
    assertThat(properties(list)).containsExactlyInAnyOrder("jobs", "pagination");
    assertThat(properties(itemsOf(list, "jobs")))
        .contains("id", "status", "total", "formats", "created_at", "finished_at");
    assertThat(properties("Pagination"))
        .containsExactlyInAnyOrder("page", "limit", "total", "total_pages");
    assertThat(properties(response("/v1/batch/scrape/{id}/errors", "get", "200")))
        .containsExactlyInAnyOrder("errors", "robots_blocked");
    assertThat(
            properties(response("/v1/batch/sitemap/{id}/items/{input_index}/links", "get", "200")))
        .contains("link_count", "from", "limit", "next", "links");
    assertThat(properties(response("/v1/scrape", "post", "200")))
        .containsExactlyInAnyOrder("url", "status", "data", "metadata", "error");
  }

  @Test
  void queryParametersCarryTheirRangesAndDefaults() {
    String status = operation("/v1/batch/scrape/{id}", "get");
    assertThat(parameterSchema(status, "page"))
        .containsEntry("minimum", 1)
        .containsEntry("default", 1);
    assertThat(parameterSchema(status, "page_size"))
        .containsEntry("minimum", 1)
        .containsEntry("maximum", 100)
        .containsEntry("default", 10);
    assertThat(parameterSchema(status, "from")).containsEntry("minimum", 0);
    assertThat(parameterSchema(status, "status"))
        .containsEntry("enum", List.of("pending", "completed", "failed", "cancelled"));
    String list = operation("/v1/batch/sitemap", "get");
    assertThat(parameterSchema(list, "limit"))
        .containsEntry("minimum", 1)
        .containsEntry("maximum", 50)
        .containsEntry("default", 20);
    assertThat(parameters(operation("/v1/batch/scrape", "post")))
        .extracting(parameter -> parameter.get("name"))
        .containsExactly("Idempotency-Key");
  }

  @Test
  void bothWaysToPassAKeyAreSecuritySchemes() {
    assertThat(doc.getMap("components.securitySchemes.bearer"))
        .containsEntry("type", "http")
        .containsEntry("scheme", "bearer");
    assertThat(doc.getMap("components.securitySchemes.api_key"))
        .containsEntry("type", "apiKey")
        .containsEntry("in", "header")
        .containsEntry("name", "X-Api-Key");
  }

  private static String operation(String path, String method) {
    return "paths.'" + path + "'." + method;
  }

  /** The name of the component schema a response refers to. */
  private String response(String path, String method, String status) {
    Map<String, Object> schema =
        child(responseObject(path, method, status), "content", "application/json", "schema");
    assertThat(schema).as("%s %s %s schema", method, path, status).isNotNull();
    return refName((String) schema.get("$ref"));
  }

  /** A response of an operation, itself or the component it refers to. */
  private Map<String, Object> responseObject(String path, String method, String status) {
    Map<String, Object> response =
        doc.getMap(operation(path, method) + ".responses.'" + status + "'");
    assertThat(response).as("%s %s %s", method, path, status).isNotNull();
    return resolve(response, "responses");
  }

  /** The parameters of an operation, each itself or the component it refers to. */
  private List<Map<String, Object>> parameters(String operation) {
    List<Map<String, Object>> parameters = new ArrayList<>();
    for (Object parameter : doc.getList(operation + ".parameters")) {
      parameters.add(resolve(asMap(parameter), "parameters"));
    }
    return parameters;
  }

  /** Follows a {@code #/components/<kind>/<name>} reference; anything else is returned as is. */
  private Map<String, Object> resolve(Map<String, Object> object, String kind) {
    Object ref = object.get("$ref");
    if (ref == null) {
      return object;
    }
    String prefix = "#/components/" + kind + "/";
    assertThat((String) ref).startsWith(prefix);
    Map<String, Object> target =
        doc.getMap("components." + kind + ".'" + ((String) ref).substring(prefix.length()) + "'");
    assertThat(target).as("target of %s", ref).isNotNull();
    return target;
  }

  private static Map<String, Object> child(Map<String, Object> object, String... keys) {
    Map<String, Object> current = object;
    for (String key : keys) {
      if (current == null) {
        return null;
      }
      current = asMap(current.get(key));
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object object) {
    return (Map<String, Object>) object;
  }

  private String requestBody(String path, String method) {
    assertThat(doc.getMap(operation(path, method) + ".requestBody.content"))
        .containsOnlyKeys("application/json");
    return refName(
        doc.getString(
            operation(path, method) + ".requestBody.content.'application/json'.schema.$ref"));
  }

  private String itemsOf(String schema, String property) {
    return refName(
        doc.getString("components.schemas." + schema + ".properties." + property + ".items.$ref"));
  }

  private List<String> properties(String schema) {
    Map<String, Object> properties = doc.getMap("components.schemas." + schema + ".properties");
    assertThat(properties).as("properties of %s", schema).isNotNull();
    return new ArrayList<>(properties.keySet());
  }

  private Map<String, Object> parameterSchema(String operation, String name) {
    return parameters(operation).stream()
        .filter(parameter -> name.equals(parameter.get("name")))
        .findFirst()
        .map(parameter -> asMap(parameter.get("schema")))
        .orElse(null);
  }

  private static String refName(String ref) {
    assertThat(ref).startsWith("#/components/schemas/");
    return ref.substring("#/components/schemas/".length());
  }
}
