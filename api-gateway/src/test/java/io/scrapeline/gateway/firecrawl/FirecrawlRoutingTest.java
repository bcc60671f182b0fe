package io.scrapeline.gateway.firecrawl;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.scrapeline.local.EmbeddedStackTestResource;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which requests the Firecrawl layer answers and in which error shape, with no result store
 * running: everything here is decided before the store is asked, or shows its absence (503).
 */
@QuarkusTest
@WithTestResource(EmbeddedStackTestResource.class)
class FirecrawlRoutingTest {

  private static final String KEY = "key-a";
  private static final String SDK_USER_AGENT = "axios/1.18.0";

  private static RequestSpecification api() {
    return given().header("Authorization", "Bearer " + KEY);
  }

  @Test
  void firecrawlPathsNeedAKeyAndAnswer401InFirecrawlShape() {
    given()
        .get("/v2/batch/scrape/" + UUID.randomUUID())
        .then()
        .statusCode(401)
        .body("success", equalTo(false))
        .body("code", equalTo("unauthorized"))
        .body("error", containsString("API key"));
    given()
        .get("/v1/crawl/" + UUID.randomUUID())
        .then()
        .statusCode(401)
        .body("success", equalTo(false));
  }

  @ParameterizedTest
  @CsvSource({
    "/v2/batch/scrape/not-a-uuid",
    "/v2/batch/scrape/not-a-uuid/errors",
    "/v1/crawl/not-a-uuid",
    "/v1/crawl/not-a-uuid/errors",
    "/v2/no-such-endpoint"
  })
  void firecrawlOnlyPathsAnswerInFirecrawlShape(String path) {
    api()
        .get(path)
        .then()
        .statusCode(404)
        .body("success", equalTo(false))
        .body("code", equalTo("not_found"))
        .body("error", not(nullValue()));
  }

  @Test
  void aPlainReadOfASharedPathGetsTheNativeAnswer() {
    api()
        .get("/v1/batch/scrape/not-a-uuid")
        .then()
        .statusCode(404)
        .body("code", equalTo("not_found"))
        .body("message", not(nullValue()))
        .body("success", nullValue());
    api()
        .contentType(ContentType.JSON)
        .get("/v1/batch/scrape/not-a-uuid")
        .then()
        .statusCode(404)
        .body("success", nullValue());
    api()
        .header("User-Agent", SDK_USER_AGENT)
        .get("/v1/batch/scrape/not-a-uuid")
        .then()
        .statusCode(404)
        .body("success", nullValue());
  }

  @Test
  void theSdkV1FingerprintGetsFirecrawlAnswersOnSharedPaths() {
    for (String path :
        List.of("/v1/batch/scrape/not-a-uuid", "/v1/batch/scrape/not-a-uuid/errors")) {
      api()
          .header("User-Agent", SDK_USER_AGENT)
          .contentType(ContentType.JSON)
          .get(path)
          .then()
          .statusCode(404)
          .body("success", equalTo(false))
          .body("code", equalTo("not_found"));
    }
    api()
        .header("User-Agent", SDK_USER_AGENT)
        .contentType(ContentType.JSON)
        .delete("/v1/batch/scrape/not-a-uuid/errors")
        .then()
        .statusCode(404)
        .body("success", equalTo(false));
  }

  @Test
  void theExplicitOptInGetsFirecrawlAnswersOnSharedPaths() {
    api()
        .header("X-Scrapeline-Compat", "firecrawl")
        .get("/v1/batch/scrape/not-a-uuid")
        .then()
        .statusCode(404)
        .body("success", equalTo(false));
    api()
        .get("/v1/batch/scrape/not-a-uuid?compat=firecrawl")
        .then()
        .statusCode(404)
        .body("success", equalTo(false));
    api()
        .delete("/v1/batch/scrape/not-a-uuid?compat=firecrawl")
        .then()
        .statusCode(404)
        .body("success", equalTo(false));
  }

  @Test
  void readingErrorsWithDeleteStaysUnknownToNativeClients() {
    api()
        .delete("/v1/batch/scrape/" + UUID.randomUUID() + "/errors")
        .then()
        .statusCode(405)
        .body("code", equalTo("method_not_allowed"));
  }

  @Test
  void theInternalPathIsNotReachableFromOutside() {
    api()
        .get(FirecrawlRouting.INTERNAL_V1 + "/batch/scrape/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .body("code", equalTo("not_found"))
        .body("success", nullValue());
  }

  @Test
  void aNativeBodyOnASharedPathIsHandledByTheNativeApi() {
    api()
        .contentType(ContentType.JSON)
        .body(Map.of("urls", List.of("https://example.com/"), "format", List.of("html")))
        .post("/v1/batch/scrape")
        .then()
        .statusCode(400)
        .body("code", equalTo("invalid_request"))
        .body("message", equalTo("unknown field 'format'"));
    api()
        .contentType(ContentType.TEXT)
        .body("urls=https://example.com")
        .post("/v1/batch/scrape")
        .then()
        .statusCode(415)
        .body("code", equalTo("unsupported_media_type"));
    api()
        .contentType(ContentType.JSON)
        .body(Map.of("url", "ftp://example.com/"))
        .post("/v1/scrape")
        .then()
        .statusCode(400)
        .body("code", equalTo("invalid_urls"))
        .body("success", nullValue());
  }

  @Test
  void aValidNativeBatchReachesTheNativeServiceWhichFindsNoResultStore() {
    api()
        .contentType(ContentType.JSON)
        .body(Map.of("urls", List.of("https://example.com/")))
        .post("/v1/batch/scrape")
        .then()
        .statusCode(503)
        .body("code", equalTo("unavailable"))
        .body("success", nullValue());
  }

  @Test
  void aFirecrawlBodyOnASharedPathIsHandledByTheFirecrawlLayer() {
    api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "urls", List.of("https://example.com/"),
                "formats", List.of("markdown", "screenshot"),
                "origin", "js-sdk@1.25.1"))
        .post("/v1/batch/scrape")
        .then()
        .statusCode(400)
        .body("success", equalTo(false))
        .body("code", equalTo("unsupported_option"))
        .body("error", containsString("'screenshot'"));
    api()
        .contentType(ContentType.JSON)
        .body(Map.of("url", "https://example.com/", "onlyMainContent", true, "waitFor", 500))
        .post("/v1/scrape")
        .then()
        .statusCode(400)
        .body("success", equalTo(false))
        .body("error", containsString("'waitFor'"));
    api()
        .contentType(ContentType.JSON)
        .body(Map.of("urls", List.of("https://example.com/")))
        .post("/v1/batch/scrape?compat=firecrawl")
        .then()
        .statusCode(503)
        .body("success", equalTo(false))
        .body("code", equalTo("unavailable"));
  }

  @Test
  void v2RefusalsNameTheOptionInFirecrawlTerms() {
    api()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "urls",
                List.of("https://example.com/"),
                "actions",
                List.of(Map.of("type", "wait"))))
        .post("/v2/batch/scrape")
        .then()
        .statusCode(400)
        .body("success", equalTo(false))
        .body("code", equalTo("unsupported_option"))
        .body("details.option", equalTo("actions"));
    api()
        .contentType(ContentType.JSON)
        .body(Map.of("urls", List.of("https://example.com/"), "timeout", 5))
        .post("/v2/batch/scrape")
        .then()
        .statusCode(400)
        .body("code", equalTo("invalid_request"))
        .body("error", containsString("timeout must be"))
        .body("error", not(containsString("timeout_ms")));
    api()
        .contentType(ContentType.TEXT)
        .body("hello")
        .post("/v2/batch/scrape")
        .then()
        .statusCode(415)
        .body("success", equalTo(false))
        .body("code", equalTo("unsupported_media_type"));
  }

  @Test
  void theOpenApiDocumentStillDescribesOnlyTheNativeApi() {
    given()
        .get("/q/openapi?format=json")
        .then()
        .statusCode(200)
        .body("paths", not(org.hamcrest.Matchers.hasKey("/v2/batch/scrape")))
        .body(
            "paths",
            not(org.hamcrest.Matchers.hasKey(FirecrawlRouting.INTERNAL_V1 + "/batch/scrape")))
        .body("paths", org.hamcrest.Matchers.hasKey("/v1/batch/scrape"));
  }
}
