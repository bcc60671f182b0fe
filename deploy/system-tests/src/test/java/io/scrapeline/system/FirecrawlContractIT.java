package io.scrapeline.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.scrapeline.local.FreePorts;
import io.scrapeline.system.support.FixtureWeb;
import io.scrapeline.system.support.RunningStack;
import io.scrapeline.system.support.StackExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Firecrawl-compatible API (README: "Using Firecrawl SDKs with Scrapeline"), endpoint by
 * endpoint and field by field, against the running stack.
 */
class FirecrawlContractIT {

  private static final String UUID_PATTERN =
      "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  @RegisterExtension static final StackExtension STACK = new StackExtension();

  private static FixtureWeb web;

  @BeforeAll
  static void startFixtureWeb() {
    web = new FixtureWeb(3, FreePorts.pick());
  }

  @AfterAll
  static void stopFixtureWeb() {
    web.close();
  }

  private static RequestSpecification api(String key) {
    return given().baseUri(STACK.baseUrl()).header("Authorization", "Bearer " + key);
  }

  private static RequestSpecification firecrawl() {
    return api(RunningStack.KEY_A);
  }

  private static Response submitV2(Map<String, Object> body) {
    return firecrawl().contentType(ContentType.JSON).body(body).post("/v2/batch/scrape");
  }

  private static String startV2(Map<String, Object> body) {
    return submitV2(body).then().statusCode(200).extract().path("id");
  }

  private static JsonPath awaitDone(String statusPath) {
    List<JsonPath> last = new ArrayList<>(List.of(new JsonPath("{}")));
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              JsonPath status =
                  firecrawl().get(statusPath).then().statusCode(200).extract().jsonPath();
              last.set(0, status);
              return !"scraping".equals(status.getString("status"));
            });
    return last.get(0);
  }

  private static Map<String, Object> body(Object... pairs) {
    Map<String, Object> body = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      body.put((String) pairs[i], pairs[i + 1]);
    }
    return body;
  }

  @Test
  void v2SubmitAnswers200WithIdUrlAndInvalidUrls() {
    submitV2(body("urls", List.of(web.pageUrl(1), "ftp://nope/", web.pageUrl(2))))
        .then()
        .statusCode(200)
        .body("success", equalTo(true))
        .body("id", matchesPattern(UUID_PATTERN))
        .body("url", matchesPattern(STACK.baseUrl() + "/v2/batch/scrape/" + UUID_PATTERN))
        .body("invalidURLs", equalTo(List.of("ftp://nope/")));
  }

  @Test
  void aFinishedBatchHoldsEveryFormatAndMetadataField() {
    String id =
        startV2(
            body(
                "urls", List.of(web.pageUrl(7), web.url(0, "/missing")),
                "formats", List.of("markdown", Map.of("type", "html"), "rawHtml", "links")));
    JsonPath status = awaitDone("/v2/batch/scrape/" + id);
    assertThat(status.getBoolean("success")).isTrue();
    assertThat(status.getString("status")).isEqualTo("completed");
    assertThat(status.getInt("total")).isEqualTo(2);
    assertThat(status.getInt("completed")).isEqualTo(2);
    assertThat(status.getInt("creditsUsed")).isEqualTo(2);
    assertThat(status.getString("expiresAt")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    assertThat(status.getMap("$")).doesNotContainKey("next");
    assertThat(status.getList("data")).hasSize(2);

    Map<String, Object> page = status.getMap("data[0]");
    assertThat((String) page.get("markdown"))
        .contains("# Article 7")
        .doesNotContain("Copyright fixture");
    assertThat((String) page.get("html")).contains("Article 7");
    assertThat((String) page.get("rawHtml")).contains("<footer>");
    assertThat(status.getList("data[0].links", String.class)).contains(web.pageUrl(7) + "/next");
    assertThat(status.getMap("data[0].metadata"))
        .containsEntry("title", "Page 7")
        .containsEntry("description", "Fixture page 7")
        .containsEntry("language", "en")
        .containsEntry("sourceURL", web.pageUrl(7))
        .containsEntry("url", web.pageUrl(7))
        .containsEntry("statusCode", 200)
        .doesNotContainKey("error");

    assertThat(status.getMap("data[1]")).doesNotContainKeys("markdown", "html", "rawHtml", "links");
    assertThat(status.getMap("data[1].metadata"))
        .containsEntry("sourceURL", web.url(0, "/missing"))
        .containsEntry("statusCode", 404)
        .containsEntry("errorCode", "http_error")
        .containsKey("error");
  }

  @Test
  void skipAndLimitPageThroughEveryDocumentAndNextIsOmittedOnTheLastPage() {
    List<String> urls = IntStream.range(0, 25).mapToObj(i -> web.pageUrl(100 + i)).toList();
    String id = startV2(body("urls", urls));
    awaitDone("/v2/batch/scrape/" + id);

    Response first = firecrawl().get("/v2/batch/scrape/" + id + "?limit=10");
    first
        .then()
        .statusCode(200)
        .body("data.size()", equalTo(10))
        .body("next", equalTo(STACK.baseUrl() + "/v2/batch/scrape/" + id + "?skip=10&limit=10"));

    List<String> seen = new ArrayList<>();
    String next = STACK.baseUrl() + "/v2/batch/scrape/" + id + "?limit=7";
    int pages = 0;
    while (next != null) {
      JsonPath page = firecrawl().get(next).then().statusCode(200).extract().jsonPath();
      seen.addAll(page.getList("data.metadata.sourceURL", String.class));
      next = page.getMap("$").containsKey("next") ? page.getString("next") : null;
      pages++;
    }
    assertThat(pages).isEqualTo(4);
    assertThat(seen).isEqualTo(urls);

    firecrawl()
        .get("/v2/batch/scrape/" + id + "?skip=20&limit=10")
        .then()
        .body("data.size()", equalTo(5))
        .body("$", not(hasKey("next")));
    firecrawl()
        .get("/v2/batch/scrape/" + id + "?skip=500")
        .then()
        .statusCode(200)
        .body("data.size()", equalTo(0))
        .body("$", not(hasKey("next")));
    firecrawl()
        .get("/v2/batch/scrape/" + id + "?limit=1000")
        .then()
        .body("data.size()", equalTo(25));
  }

  @ParameterizedTest
  @CsvSource({"skip=-1", "skip=x", "limit=0", "limit=abc"})
  void badPagingParametersAre400InFirecrawlShape(String query) {
    String id = startV2(body("urls", List.of(web.pageUrl(15))));
    firecrawl()
        .get("/v2/batch/scrape/" + id + "?" + query)
        .then()
        .statusCode(400)
        .body("success", equalTo(false))
        .body("code", equalTo("invalid_request"))
        .body("error", notNullValue());
  }

  @Test
  void theV1PathsServeTheSameBatchInFirecrawlShapeAndTheNativeShapeStaysTheDefault() {
    Response submitted =
        firecrawl()
            .header("X-Scrapeline-Compat", "firecrawl")
            .contentType(ContentType.JSON)
            .body(body("urls", List.of(web.pageUrl(20), web.pageUrl(21))))
            .post("/v1/batch/scrape");
    submitted
        .then()
        .statusCode(200)
        .body("success", equalTo(true))
        .body("invalidURLs", equalTo(List.of()));
    String id = submitted.path("id");
    assertThat((String) submitted.path("url"))
        .isEqualTo(STACK.baseUrl() + "/v1/batch/scrape/" + id + "?compat=firecrawl");

    JsonPath viaCrawl = awaitDone("/v1/crawl/" + id);
    assertThat(viaCrawl.getString("status")).isEqualTo("completed");
    assertThat(viaCrawl.getList("data")).hasSize(2);

    firecrawl()
        .get(submitted.<String>path("url"))
        .then()
        .statusCode(200)
        .body("success", equalTo(true))
        .body("data.metadata.sourceURL", equalTo(List.of(web.pageUrl(20), web.pageUrl(21))));
    firecrawl()
        .get("/v1/crawl/" + id + "?limit=1")
        .then()
        .body("next", equalTo(STACK.baseUrl() + "/v1/crawl/" + id + "?skip=1&limit=1"));
    firecrawl()
        .get("/v1/batch/scrape/" + id + "?limit=1&compat=firecrawl")
        .then()
        .body(
            "next",
            equalTo(
                STACK.baseUrl() + "/v1/batch/scrape/" + id + "?skip=1&limit=1&compat=firecrawl"));

    firecrawl()
        .header("User-Agent", "axios/1.18.0")
        .contentType(ContentType.JSON)
        .get("/v1/batch/scrape/" + id)
        .then()
        .statusCode(200)
        .body("success", equalTo(true))
        .body("data.size()", equalTo(2));

    firecrawl()
        .get("/v1/batch/scrape/" + id)
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("status", equalTo("completed"))
        .body("results.size()", equalTo(2))
        .body("$", not(hasKey("success")));
  }

  @Test
  void aV1BodyIsRecognisedByItsFirecrawlFieldsAndTakesV1Defaults() {
    firecrawl()
        .contentType(ContentType.JSON)
        .body(body("urls", List.of(web.pageUrl(22), "ftp://nope/"), "origin", "js-sdk@1.25.1"))
        .post("/v1/batch/scrape")
        .then()
        .statusCode(400)
        .body("success", equalTo(false))
        .body("code", equalTo("invalid_urls"));
    firecrawl()
        .contentType(ContentType.JSON)
        .body(body("urls", List.of(web.pageUrl(22), "ftp://nope/"), "ignoreInvalidURLs", true))
        .post("/v1/batch/scrape")
        .then()
        .statusCode(200)
        .body("invalidURLs", equalTo(List.of("ftp://nope/")));
    firecrawl()
        .contentType(ContentType.JSON)
        .body(body("urls", List.of(web.pageUrl(22))))
        .post("/v1/batch/scrape")
        .then()
        .statusCode(202)
        .body("status", equalTo("queued"))
        .body("$", not(hasKey("success")));
  }

  @Test
  void everyMappedOptionReachesTheBatchConfiguration() {
    String id =
        startV2(
            body(
                "urls", List.of(web.pageUrl(30)),
                "formats", List.of("markdown", "links"),
                "onlyMainContent", false,
                "includeTags", List.of("article", "footer"),
                "excludeTags", List.of("ul"),
                "headers", Map.of("Accept-Language", "de"),
                "timeout", 12000,
                "maxConcurrency", 2,
                "webhook",
                    Map.of(
                        "url", "https://hooks.example.com/scrape", "events", List.of("completed")),
                "origin", "js-sdk@4.42.0"));
    Map<String, Object> config =
        api(RunningStack.KEY_A).get("/v1/batch/scrape/" + id).path("config");
    assertThat(config)
        .containsEntry("formats", List.of("markdown", "links"))
        .containsEntry("only_main_content", false)
        .containsEntry("include_tags", List.of("article", "footer"))
        .containsEntry("exclude_tags", List.of("ul"))
        .containsEntry("headers", Map.of("Accept-Language", "de"))
        .containsEntry("timeout_ms", 12000);

    String markdown = awaitDone("/v2/batch/scrape/" + id).getString("data[0].markdown");
    assertThat(markdown)
        .contains("# Article 30")
        .contains("Copyright fixture")
        .doesNotContain("first point");
  }

  @Test
  void aWebhookMayBeAPlainUrl() {
    submitV2(body("urls", List.of(web.pageUrl(31)), "webhook", "https://hooks.example.com/scrape"))
        .then()
        .statusCode(200);
    submitV2(body("urls", List.of(web.pageUrl(31)), "webhook", "file:///etc/passwd"))
        .then()
        .statusCode(400)
        .body("error", containsString("webhook.url"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "formats    | [\"screenshot\"]                       | screenshot",
        "formats    | [{\"type\": \"json\", \"prompt\": \"x\"}] | json",
        "actions    | [{\"type\": \"wait\", \"milliseconds\": 5}] | actions",
        "jsonOptions | {\"prompt\": \"x\"}                     | jsonOptions",
        "waitFor    | 1000                                   | waitFor",
        "mobile     | true                                   | mobile",
        "proxy      | \"stealth\"                            | proxy",
        "location   | {\"country\": \"US\"}                   | location",
        "webhook    | {\"url\": \"https://h.example.com/\", \"events\": [\"page\"]} | page",
      })
  void unsupportedOptionsAre400NamingTheOption(String field, String json, String named) {
    firecrawl()
        .contentType(ContentType.JSON)
        .body("{\"urls\": [\"" + web.pageUrl(1) + "\"], \"" + field + "\": " + json + "}")
        .post("/v2/batch/scrape")
        .then()
        .statusCode(400)
        .body("success", equalTo(false))
        .body("code", equalTo("unsupported_option"))
        .body("error", containsString(named));
  }

  @Test
  void malformedFieldsAre400InFirecrawlTerms() {
    submitV2(body("urls", List.of(web.pageUrl(1)), "timeout", 10))
        .then()
        .statusCode(400)
        .body("code", equalTo("invalid_request"))
        .body("error", containsString("timeout must be"));
    submitV2(body("urls", List.of(web.pageUrl(1)), "maxConcurrency", 0))
        .then()
        .statusCode(400)
        .body("error", containsString("maxConcurrency"));
    submitV2(body("urls", List.of(web.pageUrl(1)), "only_main_content", true))
        .then()
        .statusCode(400)
        .body("error", equalTo("unknown field 'only_main_content'"));
    submitV2(body("urls", List.of()))
        .then()
        .statusCode(400)
        .body("error", equalTo("urls must not be empty"));
  }

  @Test
  void cancelAnswersCancelledTwiceAnd409OnceFinished() {
    List<String> urls = IntStream.range(0, 2000).mapToObj(i -> web.pageUrl(5000 + i)).toList();
    String id = startV2(body("urls", urls));
    firecrawl()
        .delete("/v2/batch/scrape/" + id)
        .then()
        .statusCode(200)
        .body("$", equalTo(Map.of("status", "cancelled")));
    firecrawl()
        .delete("/v2/batch/scrape/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("cancelled"));
    JsonPath cancelled = firecrawl().get("/v2/batch/scrape/" + id).then().extract().jsonPath();
    assertThat(cancelled.getString("status")).isEqualTo("cancelled");
    assertThat(cancelled.getInt("completed")).isLessThan(2000);

    String finished = startV2(body("urls", List.of(web.pageUrl(32))));
    awaitDone("/v2/batch/scrape/" + finished);
    firecrawl()
        .delete("/v2/batch/scrape/" + finished)
        .then()
        .statusCode(409)
        .body("success", equalTo(false))
        .body("code", equalTo("batch_finished"));
    String viaCrawl = startV2(body("urls", urls));
    firecrawl()
        .delete("/v1/crawl/" + viaCrawl)
        .then()
        .statusCode(200)
        .body("status", equalTo("cancelled"));
    String viaV1 = startV2(body("urls", urls));
    firecrawl()
        .delete("/v1/batch/scrape/" + viaV1 + "?compat=firecrawl")
        .then()
        .statusCode(200)
        .body("$", equalTo(Map.of("status", "cancelled")));
  }

  @Test
  void errorsListFailedPagesWithIdTimestampCodeAndMessage() {
    String id = startV2(body("urls", List.of(web.pageUrl(33), web.url(1, "/missing"))));
    awaitDone("/v2/batch/scrape/" + id);
    for (Response errors :
        List.of(
            firecrawl().get("/v2/batch/scrape/" + id + "/errors"),
            firecrawl().get("/v1/crawl/" + id + "/errors"),
            firecrawl().delete("/v1/crawl/" + id + "/errors"),
            firecrawl().get("/v1/batch/scrape/" + id + "/errors?compat=firecrawl"))) {
      errors
          .then()
          .statusCode(200)
          .body("errors.size()", equalTo(1))
          .body("errors[0].id", equalTo(id + ":1"))
          .body("errors[0].timestamp", matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*"))
          .body("errors[0].url", equalTo(web.url(1, "/missing")))
          .body("errors[0].code", equalTo("http_error"))
          .body("errors[0].error", notNullValue())
          .body("robotsBlocked", equalTo(List.of()));
    }
  }

  @Test
  void aSingleScrapeAnswersWithTheDocument() {
    firecrawl()
        .contentType(ContentType.JSON)
        .body(body("url", web.pageUrl(34), "formats", List.of("markdown", "links")))
        .post("/v2/scrape")
        .then()
        .statusCode(200)
        .body("success", equalTo(true))
        .body("data.markdown", containsString("# Article 34"))
        .body("data.links", org.hamcrest.Matchers.hasItem(web.pageUrl(34) + "/next"))
        .body("data.metadata.sourceURL", equalTo(web.pageUrl(34)))
        .body("data.metadata.statusCode", equalTo(200));
    firecrawl()
        .contentType(ContentType.JSON)
        .body(body("url", web.url(2, "/missing"), "origin", "js-sdk@1.25.1"))
        .post("/v1/scrape")
        .then()
        .statusCode(200)
        .body("success", equalTo(true))
        .body("data.metadata.statusCode", equalTo(404))
        .body("data.metadata.error", notNullValue());
    firecrawl()
        .contentType(ContentType.JSON)
        .body(body("url", web.pageUrl(35)))
        .post("/v1/scrape")
        .then()
        .statusCode(200)
        .body("status", equalTo("completed"))
        .body("$", not(hasKey("success")));
  }

  @Test
  void theIdempotencyKeyReturnsTheSameBatchOrConflicts() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = body("urls", List.of(web.pageUrl(36)));
    String first =
        firecrawl()
            .header("x-idempotency-key", key)
            .contentType(ContentType.JSON)
            .body(body)
            .post("/v2/batch/scrape")
            .then()
            .statusCode(200)
            .extract()
            .path("id");
    firecrawl()
        .header("x-idempotency-key", key)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/v2/batch/scrape")
        .then()
        .statusCode(200)
        .body("id", equalTo(first));
    firecrawl()
        .header("x-idempotency-key", key)
        .contentType(ContentType.JSON)
        .body(body("urls", List.of(web.pageUrl(37))))
        .post("/v2/batch/scrape")
        .then()
        .statusCode(409)
        .body("success", equalTo(false))
        .body("code", equalTo("idempotency_conflict"));
  }

  @Test
  void tenancyAndAuthenticationAreTheNativeOnes() {
    String id = startV2(body("urls", List.of(web.pageUrl(38))));
    for (String path :
        List.of(
            "/v2/batch/scrape/" + id, "/v2/batch/scrape/" + id + "/errors", "/v1/crawl/" + id)) {
      api(RunningStack.KEY_B)
          .get(path)
          .then()
          .statusCode(404)
          .body("success", equalTo(false))
          .body("code", equalTo("not_found"));
    }
    api(RunningStack.KEY_B).delete("/v2/batch/scrape/" + id).then().statusCode(404);
    given()
        .baseUri(STACK.baseUrl())
        .get("/v2/batch/scrape/" + id)
        .then()
        .statusCode(401)
        .body("success", equalTo(false));
    given()
        .baseUri(STACK.baseUrl())
        .header("Authorization", "Bearer wrong")
        .contentType(ContentType.JSON)
        .body(body("urls", List.of(web.pageUrl(1))))
        .post("/v2/batch/scrape")
        .then()
        .statusCode(401)
        .body("code", equalTo("unauthorized"));
    given()
        .baseUri(STACK.baseUrl())
        .header("X-Api-Key", RunningStack.KEY_A)
        .get("/v2/batch/scrape/" + id)
        .then()
        .statusCode(200)
        .body("success", equalTo(true));
    firecrawl()
        .get("/v2/batch/scrape/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .body("error", notNullValue());
    firecrawl()
        .get("/v2/crawl/" + id)
        .then()
        .statusCode(404)
        .body("success", equalTo(false))
        .body("message", nullValue());
  }
}
