package io.scrapeline.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.scrapeline.local.FreePorts;
import io.scrapeline.system.support.RunningStack;
import io.scrapeline.system.support.SitemapWeb;
import io.scrapeline.system.support.StackExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sitemap batches through the whole stack: the gateway, sitemap.requests, the sitemap worker
 * fetching fixture sitemaps, sitemap.results, the result store reassembling chunks, and for a
 * fan-out the child scrape batch through the scrape worker.
 */
class SitemapBatchIT {

  private static final Duration PATIENCE = Duration.ofSeconds(120);
  private static final String URLSET = "http://www.sitemaps.org/schemas/sitemap/0.9";
  private static final int LARGE = 12_345;

  @RegisterExtension static final StackExtension STACK = new StackExtension();

  private static SitemapWeb web;

  @BeforeAll
  static void serveSitemaps() throws IOException {
    web = new SitemapWeb(3, FreePorts.pick());
    web.serve(0, "/pages.xml.gz", "application/gzip", gzip(urlset(pages(1, 2, 3))))
        .serve(
            0, "/index.xml", "application/xml", index(web.url(0, "/a.xml"), web.url(0, "/b.txt")))
        .serve(0, "/a.xml", "application/xml", urlset(pages(4, 5)))
        .serve(0, "/b.txt", "text/plain", "gzip", gzip(lines(pages(5, 6))))
        .serve(0, "/feed.rss", "application/rss+xml", rss(pages(7)))
        .serve(0, "/fan-out.xml", "application/xml", urlset(pages(11, 12, 13, 14, 15, 16)))
        .serve(0, "/large.xml", "application/xml", urlset(numbered(LARGE)))
        .serve(0, "/xxe.xml", "application/xml", XXE.getBytes(StandardCharsets.UTF_8))
        .serve(0, "/laughs.xml", "application/xml", LAUGHS.getBytes(StandardCharsets.UTF_8))
        .serve(0, "/broken.xml", "application/xml", BROKEN.getBytes(StandardCharsets.UTF_8))
        .serve(1, "/robots.txt", "text/plain", robots(web.url(1, "/listed.xml")))
        .serve(1, "/listed.xml", "application/xml", urlset(pages(8, 9)));
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  @Test
  void aSitemapBatchCompletesWithTheLinksOfEveryKindOfInput() {
    String id =
        submit(
            Map.of(
                "urls",
                List.of(
                    web.url(0, "/pages.xml.gz"),
                    web.url(0, "/index.xml"),
                    web.url(1, "/"),
                    web.url(0, "/feed.rss"))));
    JsonPath batch = awaitFinished("sitemap", id, RunningStack.KEY_A);

    assertThat(batch.getString("status")).isEqualTo("completed");
    assertThat(batch.getInt("completed")).isEqualTo(4);
    assertThat(batch.getList("results[0].links", String.class)).isEqualTo(pages(1, 2, 3));
    assertThat(batch.getInt("results[0].link_count")).isEqualTo(3);
    assertThat(batch.getList("results[1].links", String.class)).isEqualTo(pages(4, 5, 6));
    assertThat(batch.getInt("results[1].metadata.sitemaps_fetched")).isEqualTo(3);
    assertThat(batch.getInt("results[1].metadata.status_code")).isEqualTo(200);
    assertThat(batch.getList("results[2].links", String.class)).isEqualTo(pages(8, 9));
    assertThat(batch.getList("results[3].links", String.class)).containsAll(pages(7));
    assertThat(batch.getString("scrape_batch_id")).isNull();
  }

  @Test
  void hostileAndBrokenSitemapsFailWithParseErrorWhileTheBatchCompletes() {
    String id =
        submit(
            Map.of(
                "urls",
                List.of(
                    web.url(0, "/xxe.xml"),
                    web.url(0, "/laughs.xml"),
                    web.url(0, "/broken.xml"),
                    web.url(0, "/pages.xml.gz"))));
    JsonPath batch = awaitFinished("sitemap", id, RunningStack.KEY_A);

    assertThat(batch.getString("status")).isEqualTo("completed");
    assertThat(batch.getInt("failed")).isEqualTo(3);
    assertThat(batch.getInt("completed")).isEqualTo(1);
    api(RunningStack.KEY_A)
        .get("/v1/batch/sitemap/" + id + "/errors")
        .then()
        .statusCode(200)
        .body("errors", hasSize(3))
        .body("errors.code", everyItem(equalTo("parse_error")))
        .body("errors.input_index", equalTo(List.of(0, 1, 2)));
    String json = api(RunningStack.KEY_A).get("/v1/batch/sitemap/" + id).asString();
    assertThat(json).doesNotContain("root:x").doesNotContain("lollol");
  }

  @Test
  void aFanOutScrapesEveryDiscoveredLinkInAChildBatchOfTheSameTenant() {
    String id =
        submit(
            Map.of(
                "urls",
                List.of(web.url(0, "/fan-out.xml")),
                "scrape",
                Map.of("formats", List.of("markdown"))));
    JsonPath sitemap = awaitFinished("sitemap", id, RunningStack.KEY_A);
    assertThat(sitemap.getString("status")).isEqualTo("completed");
    assertThat(sitemap.getString("scrape_batch_id")).isNotNull();
    assertThat(sitemap.getBoolean("scrape_truncated")).isFalse();
    String child = sitemap.getString("scrape_batch_id");

    JsonPath scrape = awaitFinished("scrape", child, RunningStack.KEY_A);
    assertThat(scrape.getString("status")).isEqualTo("completed");
    assertThat(scrape.getInt("total")).isEqualTo(6);
    assertThat(scrape.getInt("completed")).isEqualTo(6);
    assertThat(scrape.getList("results.url", String.class))
        .isEqualTo(pages(11, 12, 13, 14, 15, 16));
    assertThat(scrape.getString("results[0].data.markdown")).contains("Article 11");
    api(RunningStack.KEY_B).get("/v1/batch/scrape/" + child).then().statusCode(404);
    api(RunningStack.KEY_B).get("/v1/batch/sitemap/" + id).then().statusCode(404);
  }

  @Test
  void theStatusPageShowsTheFirstLinksAndTheLinksEndpointAllOfThem() {
    String id = submit(Map.of("urls", List.of(web.url(0, "/large.xml"))));
    awaitFinished("sitemap", id, RunningStack.KEY_A);

    api(RunningStack.KEY_A)
        .get("/v1/batch/sitemap/" + id)
        .then()
        .body("results[0].link_count", equalTo(LARGE))
        .body("results[0].links", hasSize(1000));
    List<String> all = new ArrayList<>();
    String next = "/v1/batch/sitemap/" + id + "/items/0/links?limit=5000";
    while (next != null) {
      JsonPath page = api(RunningStack.KEY_A).get(next).then().statusCode(200).extract().jsonPath();
      all.addAll(page.getList("links", String.class));
      next = page.getString("next");
    }
    assertThat(all).isEqualTo(numbered(LARGE));
    api(RunningStack.KEY_B)
        .get("/v1/batch/sitemap/" + id + "/items/0/links")
        .then()
        .statusCode(404);
    api(RunningStack.KEY_A)
        .get("/v1/batch/sitemap/" + id + "/items/0/links?from=12000&limit=1000")
        .then()
        .body("links", hasSize(LARGE - 12_000))
        .body("next", nullValue())
        .body("link_count", equalTo(LARGE))
        .body("url", notNullValue());
  }

  private static RequestSpecification api(String key) {
    return given().baseUri(STACK.baseUrl()).header("Authorization", "Bearer " + key);
  }

  private static String submit(Map<String, Object> body) {
    return api(RunningStack.KEY_A)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/v1/batch/sitemap")
        .then()
        .statusCode(202)
        .extract()
        .path("id");
  }

  private static JsonPath awaitFinished(String kind, String id, String key) {
    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                List.of("completed", "cancelled", "failed")
                    .contains(api(key).get("/v1/batch/" + kind + "/" + id).path("status")));
    return api(key).get("/v1/batch/" + kind + "/" + id + "?page_size=100").jsonPath();
  }

  /** Fixture pages on hosts 0 and 1, by number. */
  private static List<String> pages(int... numbers) {
    return IntStream.of(numbers).mapToObj(n -> web.url(n % 2, "/page/" + n)).toList();
  }

  /** Links that are never fetched: a large sitemap's. */
  private static List<String> numbered(int count) {
    return IntStream.range(0, count).mapToObj(i -> "https://large.example/p/" + i).toList();
  }

  private static byte[] urlset(List<String> links) {
    String entries =
        links.stream()
            .map(link -> "<url><loc>" + link + "</loc></url>")
            .collect(Collectors.joining());
    return ("<?xml version=\"1.0\"?><urlset xmlns=\"" + URLSET + "\">" + entries + "</urlset>")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] index(String... sitemaps) {
    StringBuilder xml =
        new StringBuilder("<?xml version=\"1.0\"?><sitemapindex xmlns=\"" + URLSET + "\">");
    for (String sitemap : sitemaps) {
      xml.append("<sitemap><loc>").append(sitemap).append("</loc></sitemap>");
    }
    return xml.append("</sitemapindex>").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] rss(List<String> links) {
    String items =
        links.stream()
            .map(link -> "<item><title>Item</title><link>" + link + "</link></item>")
            .collect(Collectors.joining());
    return ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed</title>"
            + items
            + "</channel></rss>")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] lines(List<String> links) {
    return (String.join("\n", links) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] robots(String sitemap) {
    return ("User-agent: *\nAllow: /\nSitemap: " + sitemap + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] gzip(byte[] plain) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(plain);
    }
    return out.toByteArray();
  }

  /** An external entity that would read a local file into a link. */
  private static final String XXE =
      """
      <?xml version="1.0"?>
      <!DOCTYPE urlset [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
      <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <url><loc>https://shop.example/&secret;</loc></url>
      </urlset>
      """;

  /** Entity expansion: a few hundred bytes that would expand to gigabytes. */
  private static final String LAUGHS =
      """
      <?xml version="1.0"?>
      <!DOCTYPE lolz [
       <!ENTITY lol "lol">
       <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
       <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
       <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
       <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
       <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
       <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
       <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
       <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
       <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
      ]>
      <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <url><loc>https://shop.example/&lol9;</loc></url>
      </urlset>
      """;

  /** A sitemap cut off in the middle. */
  private static final String BROKEN =
      """
      <?xml version="1.0"?>
      <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <url><loc>https://shop.example/a</loc>
        <url><loc>https://shop.example/b""";
}
