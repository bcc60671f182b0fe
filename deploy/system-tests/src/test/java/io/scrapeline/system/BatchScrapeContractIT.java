package io.scrapeline.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.sun.net.httpserver.HttpServer;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.scrapeline.local.FreePorts;
import io.scrapeline.system.support.FixtureWeb;
import io.scrapeline.system.support.RunningStack;
import io.scrapeline.system.support.StackExtension;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** API.md's batch scrape contract, checked from outside against the running stack. */
class BatchScrapeContractIT {

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

  private static Response submit(String key, Object body) {
    return api(key).contentType(ContentType.JSON).body(body).post("/v1/batch/scrape");
  }

  private static String submitAndWait(Map<String, Object> body) {
    String id = submit(RunningStack.KEY_A, body).then().statusCode(202).extract().path("id");
    awaitFinished(id);
    return id;
  }

  private static void awaitFinished(String id) {
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                List.of("completed", "cancelled", "failed")
                    .contains(
                        api(RunningStack.KEY_A).get("/v1/batch/scrape/" + id).path("status")));
  }

  @Test
  void submitAnswers202WithTheBatchAndItsInvalidUrls() {
    submit(
            RunningStack.KEY_A,
            Map.of("urls", List.of(web.pageUrl(1), "ftp://nope/", web.pageUrl(2))))
        .then()
        .statusCode(202)
        .body("status", equalTo("queued"))
        .body("total", equalTo(2))
        .body("invalid_urls", equalTo(List.of("ftp://nope/")))
        .body("status_url", notNullValue());
  }

  @Test
  void aFinishedBatchHoldsEveryFormatOfItsPagesInInputOrder() {
    String id =
        submitAndWait(
            Map.of(
                "urls",
                    List.of(web.pageUrl(7), "mailto:x@y", web.pageUrl(8), web.url(0, "/missing")),
                "formats", List.of("markdown", "html", "raw_html", "links")));
    Response status = api(RunningStack.KEY_A).get("/v1/batch/scrape/" + id);
    status
        .then()
        .statusCode(200)
        .body("status", equalTo("completed"))
        .body("total", equalTo(3))
        .body("completed", equalTo(2))
        .body("failed", equalTo(1))
        .body("pending", equalTo(0))
        .body("invalid_urls", equalTo(List.of("mailto:x@y")))
        .body("results.input_index", equalTo(List.of(0, 2, 3)))
        .body("results[0].status", equalTo("completed"))
        .body("results[0].metadata.status_code", equalTo(200))
        .body("results[0].metadata.title", equalTo("Page 7"))
        .body("results[0].metadata.final_url", equalTo(web.pageUrl(7)))
        .body("results[2].status", equalTo("failed"))
        .body("results[2].data", equalTo(null))
        .body("results[2].error.code", equalTo("http_error"))
        .body("results[2].metadata.status_code", equalTo(404));
    String markdown = status.path("results[0].data.markdown");
    assertThat(markdown).contains("# Article 7").contains("- first point");
    assertThat(markdown).doesNotContain("Copyright fixture");
    assertThat((String) status.path("results[0].data.raw_html")).contains("<footer>");
    assertThat((List<String>) status.path("results[0].data.links"))
        .contains(web.pageUrl(7) + "/next");
  }

  @Test
  void pagingReachesEveryItemByPageByFromAndByNext() {
    List<String> urls = IntStream.range(0, 25).mapToObj(web::pageUrl).toList();
    String id = submitAndWait(Map.of("urls", urls));

    Response last = api(RunningStack.KEY_A).get("/v1/batch/scrape/" + id + "?page=3&page_size=10");
    last.then().body("results.input_index", equalTo(List.of(20, 21, 22, 23, 24)));
    assertThat((Object) last.path("next")).isNull();

    api(RunningStack.KEY_A)
        .get("/v1/batch/scrape/" + id + "?from=22&page_size=10")
        .then()
        .body("results.input_index", equalTo(List.of(22, 23, 24)));

    api(RunningStack.KEY_A)
        .get("/v1/batch/scrape/" + id + "?page=9")
        .then()
        .statusCode(200)
        .body("results", equalTo(List.of()))
        .body("next", equalTo(null));

    int seen = 0;
    String next = "/v1/batch/scrape/" + id + "?page_size=7";
    while (next != null) {
      Response page = api(RunningStack.KEY_A).get(next);
      seen += page.<List<Object>>path("results").size();
      next = page.path("next");
    }
    assertThat(seen).isEqualTo(25);
  }

  @Test
  void statusFilterListsOnlyItemsInThatState() {
    String id =
        submitAndWait(
            Map.of("urls", List.of(web.pageUrl(3), web.url(1, "/missing"), web.pageUrl(4))));
    api(RunningStack.KEY_A)
        .get("/v1/batch/scrape/" + id + "?status=failed")
        .then()
        .body("results.input_index", equalTo(List.of(1)));
    api(RunningStack.KEY_A)
        .get("/v1/batch/scrape/" + id + "/errors")
        .then()
        .statusCode(200)
        .body("errors[0].input_index", equalTo(1))
        .body("errors[0].code", equalTo("http_error"))
        .body("errors[0].status_code", equalTo(404))
        .body("robots_blocked", equalTo(List.of()));
  }

  @Test
  void bothHeaderStylesAuthenticateAndAnythingElseIs401() {
    String id = submitAndWait(Map.of("urls", List.of(web.pageUrl(11))));
    given()
        .baseUri(STACK.baseUrl())
        .header("X-Api-Key", RunningStack.KEY_A)
        .get("/v1/batch/scrape/" + id)
        .then()
        .statusCode(200);
    given()
        .baseUri(STACK.baseUrl())
        .get("/v1/batch/scrape/" + id)
        .then()
        .statusCode(401)
        .body("code", equalTo("unauthorized"));
    given()
        .baseUri(STACK.baseUrl())
        .header("Authorization", "Bearer wrong")
        .get("/v1/batch/scrape/" + id)
        .then()
        .statusCode(401);
    given()
        .baseUri(STACK.baseUrl())
        .header("Authorization", "Basic " + RunningStack.KEY_A)
        .get("/v1/batch/scrape/" + id)
        .then()
        .statusCode(401);
    given()
        .baseUri(STACK.baseUrl())
        .header("X-Api-Key", "wrong")
        .contentType(ContentType.JSON)
        .body(Map.of("urls", List.of(web.pageUrl(1))))
        .post("/v1/batch/scrape")
        .then()
        .statusCode(401);
  }

  @Test
  void anotherTenantsBatchIsNotFoundOnEveryEndpoint() {
    String id = submitAndWait(Map.of("urls", List.of(web.pageUrl(12))));
    api(RunningStack.KEY_B)
        .get("/v1/batch/scrape/" + id)
        .then()
        .statusCode(404)
        .body("code", equalTo("not_found"));
    api(RunningStack.KEY_B).get("/v1/batch/scrape/" + id + "/errors").then().statusCode(404);
    api(RunningStack.KEY_B).delete("/v1/batch/scrape/" + id).then().statusCode(404);
    assertThat(
            api(RunningStack.KEY_B).get("/v1/batch/scrape?limit=50").<List<String>>path("jobs.id"))
        .doesNotContain(id);
    api(RunningStack.KEY_A).get("/v1/batch/scrape/" + UUID.randomUUID()).then().statusCode(404);
    api(RunningStack.KEY_A).get("/v1/batch/scrape/not-a-uuid").then().statusCode(404);
  }

  @Test
  void theTenantsListIsNewestFirstWithPagination() {
    String older = submitAndWait(Map.of("urls", List.of(web.pageUrl(13))));
    String newer = submitAndWait(Map.of("urls", List.of(web.pageUrl(14))));
    Response list = api(RunningStack.KEY_A).get("/v1/batch/scrape?page=1&limit=2");
    list.then()
        .statusCode(200)
        .body("jobs[0].id", equalTo(newer))
        .body("jobs[1].id", equalTo(older))
        .body("jobs[0].formats", equalTo(List.of("markdown")))
        .body("pagination.page", equalTo(1))
        .body("pagination.limit", equalTo(2));
    assertThat(list.<Integer>path("pagination.total")).isGreaterThanOrEqualTo(2);
  }

  @Test
  void rejectsMoreUrlsThanTheLimit() {
    List<String> urls =
        IntStream.range(0, RunningStack.MAX_URLS + 1).mapToObj(i -> web.pageUrl(i)).toList();
    submit(RunningStack.KEY_A, Map.of("urls", urls))
        .then()
        .statusCode(413)
        .body("code", equalTo("too_many_urls"))
        .body("details.max_urls", equalTo(RunningStack.MAX_URLS));
  }

  @Test
  void aBodyThatIsNotJsonIs415() {
    api(RunningStack.KEY_A)
        .contentType(ContentType.TEXT)
        .body("urls=https://example.com")
        .post("/v1/batch/scrape")
        .then()
        .statusCode(415)
        .body("code", equalTo("unsupported_media_type"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "page=0",
        "page_size=0",
        "page_size=101",
        "from=-1",
        "status=bogus",
        "page=abc",
      })
  void badStatusQueryParametersAre400(String query) {
    String id = submitAndWait(Map.of("urls", List.of(web.pageUrl(15))));
    api(RunningStack.KEY_A)
        .get("/v1/batch/scrape/" + id + "?" + query)
        .then()
        .statusCode(400)
        .body("code", equalTo("invalid_request"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"limit=0", "limit=51", "page=0"})
  void badListQueryParametersAre400(String query) {
    api(RunningStack.KEY_A).get("/v1/batch/scrape?" + query).then().statusCode(400);
  }

  @Test
  void aRefusedRequestLeavesNoBatchBehind() {
    int before = api(RunningStack.KEY_A).get("/v1/batch/scrape").path("pagination.total");
    submit(RunningStack.KEY_A, Map.of("urls", List.of("ftp://a/"), "formats", List.of("pdf")))
        .then()
        .statusCode(400);
    submit(
            RunningStack.KEY_A,
            Map.of("urls", List.of("ftp://a/", web.pageUrl(1)), "ignore_invalid_urls", false))
        .then()
        .statusCode(400)
        .body("code", equalTo("invalid_urls"))
        .body("details.invalid_urls", hasItem("ftp://a/"));
    int after = api(RunningStack.KEY_A).get("/v1/batch/scrape").path("pagination.total");
    assertThat(after).isEqualTo(before);
  }

  @Test
  void theSameIdempotencyKeyAndBodyReturnTheSameBatch() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = Map.of("urls", List.of(web.pageUrl(16)));
    String first =
        api(RunningStack.KEY_A)
            .header("Idempotency-Key", key)
            .contentType(ContentType.JSON)
            .body(body)
            .post("/v1/batch/scrape")
            .then()
            .statusCode(202)
            .extract()
            .path("id");
    api(RunningStack.KEY_A)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/v1/batch/scrape")
        .then()
        .statusCode(200)
        .body("id", equalTo(first));
    api(RunningStack.KEY_A)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(Map.of("urls", List.of(web.pageUrl(17))))
        .post("/v1/batch/scrape")
        .then()
        .statusCode(409)
        .body("code", equalTo("idempotency_conflict"));
  }

  @Test
  void cancelAnswers200TwiceAnd409OnceFinished() {
    List<String> urls = IntStream.range(0, 3000).mapToObj(i -> web.pageUrl(i + 100)).toList();
    String id =
        submit(RunningStack.KEY_A, Map.of("urls", urls))
            .then()
            .statusCode(202)
            .extract()
            .path("id");
    Response cancelled = api(RunningStack.KEY_A).delete("/v1/batch/scrape/" + id);
    cancelled.then().statusCode(200).body("status", equalTo("cancelled"));
    int total = cancelled.path("total");
    int done = cancelled.<Integer>path("completed") + cancelled.<Integer>path("failed");
    assertThat(cancelled.<Integer>path("cancelled")).isEqualTo(total - done);
    api(RunningStack.KEY_A)
        .delete("/v1/batch/scrape/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("cancelled"));

    String finished = submitAndWait(Map.of("urls", List.of(web.pageUrl(18))));
    api(RunningStack.KEY_A)
        .delete("/v1/batch/scrape/" + finished)
        .then()
        .statusCode(409)
        .body("code", equalTo("batch_finished"));
  }

  /**
   * The stack under test gives single scrapes no margin beyond {@code timeout_ms}, so a page that
   * never answers meets the gateway's deadline before the worker's own timeout result is stored.
   */
  @Test
  void aSingleScrapeNotFinishedInTimeAnswers504AndIsCancelled() throws Exception {
    HttpServer stalled =
        HttpServer.create(
            new InetSocketAddress(InetAddress.getByName("127.0.0.60"), FreePorts.pick()), 4);
    CountDownLatch released = new CountDownLatch(1);
    stalled.createContext(
        "/",
        exchange -> {
          try {
            released.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.close();
        });
    stalled.setExecutor(Executors.newCachedThreadPool());
    stalled.start();
    try {
      api(RunningStack.KEY_A)
          .contentType(ContentType.JSON)
          .body(
              Map.of(
                  "url",
                  "http://127.0.0.60:" + stalled.getAddress().getPort() + "/never",
                  "timeout_ms",
                  1000,
                  "max_retries",
                  0))
          .post("/v1/scrape")
          .then()
          .statusCode(504)
          .body("code", equalTo("timeout"))
          .body("message", notNullValue());
    } finally {
      released.countDown();
      stalled.stop(0);
    }
  }

  @Test
  void aSingleScrapeAnswersWithTheFinishedItem() {
    api(RunningStack.KEY_A)
        .contentType(ContentType.JSON)
        .body(Map.of("url", web.pageUrl(19), "formats", List.of("markdown", "links")))
        .post("/v1/scrape")
        .then()
        .statusCode(200)
        .body("url", equalTo(web.pageUrl(19)))
        .body("status", equalTo("completed"))
        .body("metadata.title", equalTo("Page 19"))
        .body("data.links", hasItem(web.pageUrl(19) + "/next"));
  }
}
