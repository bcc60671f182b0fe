package io.scrapeline.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.scrapeline.local.FreePorts;
import io.scrapeline.system.support.RunningStack;
import io.scrapeline.system.support.StackExtension;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bad inputs an attacker or a careless client sends, each expected to get a clear error while every
 * service stays healthy. The suite counts what it tried and prints the total.
 */
class SecuritySuiteIT {

  @RegisterExtension static final StackExtension STACK = new StackExtension();

  private static final AtomicInteger TRIED = new AtomicInteger();

  /** The outcome of a URL the gateway refused as invalid: listed in {@code invalid_urls}. */
  private static final String INVALID = "invalid_url";

  /** On 127.0.0.1, which the stack may not fetch: any hit here is an SSRF that got through. */
  private static HttpServer canary;

  private static final AtomicInteger CANARY_HITS = new AtomicInteger();

  /** On 127.0.0.2 (allowed): redirects into forbidden space, and a gzip bomb. */
  private static HttpServer attacker;

  private static byte[] gzipBomb;

  @BeforeAll
  static void startServers() throws Exception {
    canary = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 16);
    canary.createContext(
        "/",
        exchange -> {
          CANARY_HITS.incrementAndGet();
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    canary.start();

    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 200; i++) {
        gzip.write(zeros);
      }
    }
    gzipBomb = compressed.toByteArray();

    attacker =
        HttpServer.create(
            new InetSocketAddress(InetAddress.getByName("127.0.0.2"), FreePorts.pick()), 16);
    attacker.createContext(
        "/redirect",
        exchange -> {
          String to = exchange.getRequestURI().getQuery().substring("to=".length());
          exchange.getResponseHeaders().set("Location", to);
          exchange.sendResponseHeaders(302, -1);
          exchange.close();
        });
    attacker.createContext(
        "/bomb",
        exchange -> {
          exchange.getResponseHeaders().set("Content-Type", "text/html");
          exchange.getResponseHeaders().set("Content-Encoding", "gzip");
          exchange.sendResponseHeaders(200, gzipBomb.length);
          exchange.getResponseBody().write(gzipBomb);
          exchange.close();
        });
    attacker.start();
  }

  @AfterAll
  static void stopServersAndReport() {
    canary.stop(0);
    attacker.stop(0);
    System.out.println("security suite: " + TRIED.get() + " bad inputs tried");
  }

  private static RequestSpecification api(String key) {
    return given().baseUri(STACK.baseUrl()).header("Authorization", "Bearer " + key);
  }

  private static RequestSpecification api() {
    return api(RunningStack.KEY_A);
  }

  private static String canaryUrl(String host) {
    return "http://" + host + ":" + canary.getAddress().getPort() + "/secret";
  }

  private static String attackerUrl(String path) {
    return "http://127.0.0.2:" + attacker.getAddress().getPort() + path;
  }

  @Test
  void ssrfVectorsFailTheirItemAndNeverReachTheForbiddenAddress() {
    Map<String, Set<String>> vectors = new LinkedHashMap<>();
    // Numeric host forms that java.net.URI cannot read as a host (0x7f.0.0.1, 127.1) are refused
    // at the gateway as invalid URLs; the others are resolved and refused by the address policy.
    Set<String> refused = Set.of("blocked_address", "dns_failure", INVALID);
    vectors.put(canaryUrl("127.0.0.1"), Set.of("blocked_address"));
    vectors.put(canaryUrl("localhost"), Set.of("blocked_address"));
    vectors.put(canaryUrl("2130706433"), refused);
    vectors.put(canaryUrl("0x7f000001"), refused);
    vectors.put(canaryUrl("0x7f.0.0.1"), refused);
    vectors.put(canaryUrl("017700000001"), refused);
    vectors.put(canaryUrl("0177.0.0.1"), refused);
    vectors.put(canaryUrl("127.1"), refused);
    vectors.put(canaryUrl("[::1]"), Set.of("blocked_address"));
    vectors.put(canaryUrl("[::ffff:127.0.0.1]"), Set.of("blocked_address"));
    vectors.put(canaryUrl("[0:0:0:0:0:ffff:7f00:1]"), Set.of("blocked_address"));
    vectors.put(canaryUrl("0.0.0.0"), Set.of("blocked_address"));
    vectors.put("http://169.254.169.254/latest/meta-data/", Set.of("blocked_address"));
    vectors.put(attackerUrl("/redirect?to=" + canaryUrl("127.0.0.1")), Set.of("blocked_address"));
    vectors.put(
        attackerUrl("/redirect?to=http://169.254.169.254/latest/meta-data/"),
        Set.of("blocked_address"));
    vectors.put(attackerUrl("/redirect?to=" + canaryUrl("[::1]")), Set.of("blocked_address"));
    vectors.put("http://b\u00fccher.invalid/", Set.of("dns_failure"));

    List<String> urls = new ArrayList<>(vectors.keySet());
    Map<String, Object> body = Map.of("urls", urls, "max_retries", 0, "timeout_ms", 5000);
    Response submitted = api().contentType(ContentType.JSON).body(body).post("/v1/batch/scrape");
    submitted.then().statusCode(202);
    String id = submitted.path("id");
    Map<String, String> codes = new HashMap<>();
    for (String invalid : submitted.<List<String>>path("invalid_urls")) {
      codes.put(invalid, INVALID);
    }
    await()
        .atMost(Duration.ofMinutes(2))
        .until(() -> "completed".equals(api().get("/v1/batch/scrape/" + id).path("status")));

    Response page = api().get("/v1/batch/scrape/" + id + "?page_size=100");
    List<Map<String, Object>> results = page.path("results");
    for (Map<String, Object> item : results) {
      @SuppressWarnings("unchecked")
      Map<String, Object> error = (Map<String, Object>) item.get("error");
      codes.put((String) item.get("url"), error == null ? "completed" : (String) error.get("code"));
    }
    vectors.forEach(
        (url, expected) -> {
          TRIED.incrementAndGet();
          assertThat(codes.get(url)).as(url).isIn(expected);
        });
    assertThat(CANARY_HITS.get()).as("requests that reached 127.0.0.1").isZero();
  }

  @Test
  void schemesOtherThanHttpAndCredentialsInUrlsAreInvalid() {
    List<String> urls =
        List.of(
            "file:///etc/passwd",
            "gopher://127.0.0.2:70/_GET",
            "ftp://127.0.0.2/pub",
            "javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "http://user:pass@127.0.0.2/",
            "http:///no-host",
            "http://" + "a".repeat(2100) + ".com/");
    Response refused =
        api()
            .contentType(ContentType.JSON)
            .body(Map.of("urls", urls, "ignore_invalid_urls", false))
            .post("/v1/batch/scrape");
    refused.then().statusCode(400);
    assertThat(refused.<String>path("code")).isEqualTo("invalid_urls");
    assertThat(refused.<List<String>>path("details.invalid_urls")).hasSize(urls.size());
    TRIED.addAndGet(urls.size());
  }

  @Test
  void headerInjectionThroughRequestHeadersIsRefused() {
    List<Map<String, String>> attempts =
        List.of(
            Map.of("X-Test", "a\r\nX-Injected: yes"),
            Map.of("X-Test", "a\nHost: evil.example"),
            Map.of("Bad Header", "x"),
            Map.of("X-Test\r\nX-Other", "x"),
            Map.of("Host", "evil.example"),
            Map.of("Content-Length", "0"),
            Map.of("Transfer-Encoding", "chunked"),
            Map.of("Connection", "close"));
    for (Map<String, String> headers : attempts) {
      TRIED.incrementAndGet();
      api()
          .contentType(ContentType.JSON)
          .body(Map.of("urls", List.of(attackerUrl("/x")), "headers", headers))
          .post("/v1/batch/scrape")
          .then()
          .statusCode(400);
    }
  }

  @Test
  void hugeAndDeeplyNestedJsonIsRefused() {
    TRIED.addAndGet(3);
    String huge = "{\"urls\": [\"" + "x".repeat(6 * 1024 * 1024) + "\"]}";
    api().contentType(ContentType.JSON).body(huge).post("/v1/batch/scrape").then().statusCode(413);
    String deep =
        "{\"urls\": [\"https://a.com\"], \"headers\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
    api().contentType(ContentType.JSON).body(deep).post("/v1/batch/scrape").then().statusCode(400);
    api()
        .contentType(ContentType.JSON)
        .body("{\"urls\": [")
        .post("/v1/batch/scrape")
        .then()
        .statusCode(400);
  }

  @Test
  void sqlMetacharactersInEveryParameterAreHarmless() {
    String sql = "1' OR '1'='1'; DROP TABLE batches; --";
    String encoded = java.net.URLEncoder.encode(sql, java.nio.charset.StandardCharsets.UTF_8);
    int before = api().get("/v1/batch/scrape").path("pagination.total");
    List<Integer> statuses = new ArrayList<>();
    statuses.add(api().get("/v1/batch/scrape/" + encoded).statusCode());
    statuses.add(api().get("/v1/batch/scrape/" + encoded + "/errors").statusCode());
    statuses.add(api().delete("/v1/batch/scrape/" + encoded).statusCode());
    statuses.add(api().get("/v1/batch/scrape?status=" + encoded).statusCode());
    statuses.add(api().get("/v1/batch/scrape?page=" + encoded).statusCode());
    statuses.add(api().get("/v1/batch/scrape?limit=" + encoded).statusCode());
    String id =
        api()
            .contentType(ContentType.JSON)
            .header("Idempotency-Key", sql)
            .body(Map.of("urls", List.of(attackerUrl("/page/" + encoded))))
            .post("/v1/batch/scrape")
            .then()
            .statusCode(202)
            .extract()
            .path("id");
    for (String query : List.of("page", "page_size", "from", "status")) {
      statuses.add(api().get("/v1/batch/scrape/" + id + "?" + query + "=" + encoded).statusCode());
    }
    TRIED.addAndGet(statuses.size() + 2);
    assertThat(statuses).containsOnly(400, 404);
    assertThat(api().get("/v1/batch/scrape").<Integer>path("pagination.total"))
        .isEqualTo(before + 1);
  }

  @Test
  void everyEndpointHidesAnotherTenantsBatch() {
    String id =
        api()
            .contentType(ContentType.JSON)
            .body(Map.of("urls", List.of(attackerUrl("/x"))))
            .post("/v1/batch/scrape")
            .then()
            .statusCode(202)
            .extract()
            .path("id");
    List<Integer> statuses = new ArrayList<>();
    statuses.add(api(RunningStack.KEY_B).get("/v1/batch/scrape/" + id).statusCode());
    statuses.add(api(RunningStack.KEY_B).get("/v1/batch/scrape/" + id + "/errors").statusCode());
    statuses.add(api(RunningStack.KEY_B).delete("/v1/batch/scrape/" + id).statusCode());
    statuses.add(api(RunningStack.KEY_B).get("/v1/batch/sitemap/" + id).statusCode());
    statuses.add(api(RunningStack.KEY_B).get("/v2/batch/scrape/" + id).statusCode());
    statuses.add(api(RunningStack.KEY_B).delete("/v2/batch/scrape/" + id).statusCode());
    statuses.add(api(RunningStack.KEY_B).get("/v2/batch/scrape/" + id + "/errors").statusCode());
    statuses.add(api(RunningStack.KEY_B).get("/v1/crawl/" + id).statusCode());
    TRIED.addAndGet(statuses.size());
    assertThat(statuses).containsOnly(404);
    assertThat(
            api(RunningStack.KEY_B).get("/v1/batch/scrape?limit=50").<List<String>>path("jobs.id"))
        .doesNotContain(id);
  }

  @Test
  void aGzipBombFailsItsItemAndTheWorkerStaysHealthy() {
    TRIED.incrementAndGet();
    String id =
        api()
            .contentType(ContentType.JSON)
            .body(Map.of("urls", List.of(attackerUrl("/bomb")), "max_retries", 0))
            .post("/v1/batch/scrape")
            .then()
            .statusCode(202)
            .extract()
            .path("id");
    await()
        .atMost(Duration.ofMinutes(1))
        .until(() -> "completed".equals(api().get("/v1/batch/scrape/" + id).path("status")));
    assertThat(api().get("/v1/batch/scrape/" + id).<String>path("results[0].error.code"))
        .isEqualTo("body_too_large");
    for (String readiness : STACK.stack().readinessUrls()) {
      given().get(readiness).then().statusCode(200);
    }
  }
}
