package io.scrapeline.sitemapworker.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.scrapeline.fetch.fixtures.FixtureServer;
import io.scrapeline.local.EmbeddedStackTestResource;
import io.scrapeline.model.ItemErrorCode;
import io.scrapeline.model.ItemStatus;
import io.scrapeline.model.SitemapRequest;
import io.scrapeline.model.SitemapResult;
import io.scrapeline.model.json.WireJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sitemap worker end to end on a real broker: requests on sitemap.requests, fixture sitemaps on
 * loopback web servers fetched through shared-fetch, results on sitemap.results.
 */
@QuarkusTest
@WithTestResource(EmbeddedStackTestResource.class)
class SitemapPipelineTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  /** The worker's default max-links-per-record. */
  private static final int LINKS_PER_RECORD = 10_000;

  private static FixtureServer shop;
  private static FixtureServer site;
  private static FixtureServer bare;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  private SitemapTopics topics;

  @BeforeAll
  static void startFixtureWebs() throws IOException {
    shop = FixtureServer.start("127.0.0.7");
    String base = "http://" + shop.authority();
    serve(shop, "/urlset.xml", "application/xml", fixture("urlset.xml"));
    serve(shop, "/urlset.xml.gz", "application/gzip", fixture("urlset.xml.gz"));
    serve(shop, "/sitemap-1.xml", "application/xml", fixture("sitemap-1.xml"));
    serve(shop, "/sitemap-2.txt", "text/plain", fixture("sitemap-2.txt"));
    serve(shop, "/feed.rss", "application/rss+xml", fixture("feed.rss"));
    serve(shop, "/feed.atom", "application/atom+xml", fixture("feed.atom"));
    serve(shop, "/index.xml", "application/xml", rebased("index.xml", base));
    serve(shop, "/self-index.xml", "application/xml", rebased("self-index.xml", base));
    serve(shop, "/malformed.xml", "application/xml", fixture("malformed.xml"));
    serve(shop, "/xxe.xml", "application/xml", fixture("xxe.xml"));
    serve(shop, "/billion-laughs.xml", "application/xml", fixture("billion-laughs.xml"));
    serve(shop, "/not-a-sitemap.xml", "text/html", "<html><body>hi</body></html>".getBytes());
    serve(shop, "/big.xml", "application/xml", bigSitemap(100_000));
    // gzip as Content-Encoding: undone by the fetcher, also under a .gz name.
    encoded(shop, "/encoded.xml", "application/xml", gzip(fixture("urlset.xml")));
    encoded(shop, "/decoded.xml.gz", "application/x-gzip", fixture("urlset.xml.gz"));
    shop.robots("User-agent: *\nDisallow: /private/\n");
    serve(shop, "/private/sitemap.xml", "application/xml", fixture("sitemap-1.xml"));

    site = FixtureServer.start("127.0.0.8");
    site.robots("User-agent: *\nAllow: /\nSitemap: http://" + site.authority() + "/listed.xml\n");
    serve(site, "/listed.xml", "application/xml", fixture("sitemap-1.xml"));

    bare = FixtureServer.start("127.0.0.9");
    serve(bare, "/sitemap.xml", "text/plain", fixture("sitemap-2.txt"));
  }

  @AfterAll
  static void stopFixtureWebs() {
    shop.close();
    site.close();
    bare.close();
  }

  @BeforeEach
  void connect() {
    topics = new SitemapTopics(bootstrap);
  }

  @AfterEach
  void disconnect() {
    topics.close();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/urlset.xml      | https://shop.example/a, https://shop.example/b, https://cdn.example/elsewhere",
        "/urlset.xml.gz   | https://shop.example/a, https://shop.example/b, https://cdn.example/elsewhere",
        "/encoded.xml     | https://shop.example/a, https://shop.example/b, https://cdn.example/elsewhere",
        "/decoded.xml.gz  | https://shop.example/a, https://shop.example/b, https://cdn.example/elsewhere",
        "/sitemap-2.txt   | https://shop.example/three, https://shop.example/two, https://shop.example/four",
      })
  void everyFormatYieldsItsLinksDeduplicatedInOrder(String path, String expected) {
    SitemapResult result = only(discover(shop.url(path).toString()));

    assertThat(result.status()).isEqualTo(ItemStatus.COMPLETED);
    assertThat(result.links()).containsExactly(expected.split(",\\s*"));
    assertThat(result.linkCount()).isEqualTo(result.links().size());
    assertThat(result.metadata().sitemapsFetched()).isEqualTo(1);
    assertThat(result.metadata().statusCode()).isEqualTo(200);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/feed.rss  | https://news.example/first, https://news.example/second",
        "/feed.atom | https://blog.example/post-1, https://blog.example/post-2",
      })
  void feedsYieldTheirEntries(String path, String expected) {
    SitemapResult result = only(discover(shop.url(path).toString()));

    assertThat(result.status()).isEqualTo(ItemStatus.COMPLETED);
    assertThat(result.links()).containsSubsequence(expected.split(",\\s*"));
  }

  @Test
  void anIndexIsFollowedAndItsSitemapsCounted() {
    SitemapResult result = only(discover(shop.url("/index.xml").toString()));

    assertThat(result.links())
        .containsExactly(
            "https://shop.example/one",
            "https://shop.example/two",
            "https://shop.example/three",
            "https://shop.example/four");
    assertThat(result.metadata().sitemapsFetched()).isEqualTo(3);
  }

  @Test
  void anIndexThatIncludesItselfIsFetchedOnce() {
    int before = shop.hits("/self-index.xml");
    SitemapResult result = only(discover(shop.url("/self-index.xml").toString()));

    assertThat(result.links())
        .containsExactly("https://shop.example/one", "https://shop.example/two");
    assertThat(shop.hits("/self-index.xml") - before).isEqualTo(1);
  }

  @Test
  void aSiteRootUsesTheSitemapsNamedInRobotsTxt() {
    SitemapResult result = only(discover("http://" + site.authority() + "/"));

    assertThat(result.links())
        .containsExactly("https://shop.example/one", "https://shop.example/two");
    assertThat(site.hits("/listed.xml")).isPositive();
  }

  @Test
  void aSiteRootWithoutRobotsTxtFallsBackToSitemapXml() {
    SitemapResult result = only(discover("http://" + bare.authority()));

    assertThat(result.links())
        .containsExactly(
            "https://shop.example/three", "https://shop.example/two", "https://shop.example/four");
  }

  @ParameterizedTest
  @CsvSource({
    "/malformed.xml, parse_error",
    "/xxe.xml, parse_error",
    "/billion-laughs.xml, parse_error",
    "/not-a-sitemap.xml, parse_error",
    "/missing.xml, http_error",
    "/private/sitemap.xml, robots_disallowed",
  })
  void aSitemapThatCannotBeReadFailsItsInput(String path, String code) {
    SitemapResult result = only(discover(shop.url(path).toString()));

    assertThat(result.status()).isEqualTo(ItemStatus.FAILED);
    assertThat(result.error().code()).isEqualTo(ItemErrorCode.fromCode(code));
    assertThat(result.error().message()).doesNotContain("root:");
    assertThat(result.links()).isEmpty();
  }

  @Test
  void aForbiddenAddressFailsItsInputWithBlockedAddress() {
    SitemapResult result = only(discover("http://169.254.169.254/latest/sitemap.xml"));

    assertThat(result.error().code()).isEqualTo(ItemErrorCode.BLOCKED_ADDRESS);
  }

  @Test
  void aHundredThousandLinksAreSplitIntoRecordsThatEachFitKafka() {
    resetHeapPeaks();
    long start = System.nanoTime();
    SitemapRequest request = topics.request(shop.url("/big.xml").toString(), 100_000, true);
    List<ConsumerRecord<String, byte[]>> records = awaitChunks(request, 10);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "100,000-entry sitemap through the worker: %d ms to all %d records, peak heap %d MiB%n",
        millis, records.size(), heapPeak() >> 20);

    List<SitemapResult> chunks =
        records.stream()
            .map(r -> WireJson.read(r.value(), SitemapResult.class))
            .sorted(Comparator.comparingInt(SitemapResult::chunkIndex))
            .toList();
    assertThat(chunks).extracting(SitemapResult::chunkCount).containsOnly(10);
    assertThat(chunks).extracting(SitemapResult::linkCount).containsOnly(100_000);
    assertThat(records).allSatisfy(r -> assertThat(r.value().length).isLessThan(4 << 20));
    List<String> links = new ArrayList<>();
    chunks.forEach(chunk -> links.addAll(chunk.links()));
    assertThat(links)
        .hasSize(100_000)
        .startsWith("https://big.example/p/0")
        .doesNotHaveDuplicates();
    assertThat(chunks.get(0).links()).hasSize(LINKS_PER_RECORD);
  }

  @Test
  void maxUrlsCapsTheLinksOfAnInput() {
    SitemapRequest request = topics.request(shop.url("/big.xml").toString(), 5, true);
    awaitChunks(request, 1);
    SitemapResult result = only(topics.resultsOf(request.batchId()));

    assertThat(result.links())
        .containsExactly(
            "https://big.example/p/0",
            "https://big.example/p/1",
            "https://big.example/p/2",
            "https://big.example/p/3",
            "https://big.example/p/4");
  }

  private List<SitemapResult> discover(String url) {
    SitemapRequest request = topics.request(url, 50_000, true);
    await().atMost(PATIENCE).until(() -> !topics.resultsOf(request.batchId()).isEmpty());
    return topics.resultsOf(request.batchId());
  }

  private List<ConsumerRecord<String, byte[]>> awaitChunks(SitemapRequest request, int count) {
    await().atMost(PATIENCE).until(() -> topics.recordsOf(request.batchId()).size() >= count);
    return topics.recordsOf(request.batchId());
  }

  private static <T> T only(List<T> results) {
    assertThat(results).hasSize(1);
    return results.get(0);
  }

  private static void serve(FixtureServer server, String path, String type, byte[] body) {
    server.page(path, 200, type, body);
  }

  private static void encoded(FixtureServer server, String path, String type, byte[] gzipped) {
    server.route(
        path,
        exchange -> {
          exchange.getResponseHeaders().set("Content-Encoding", "gzip");
          FixtureServer.respond(exchange, 200, type, gzipped);
        });
  }

  static byte[] fixture(String name) {
    try (InputStream in = SitemapPipelineTest.class.getResourceAsStream("/sitemaps/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fixture whose https://shop.example URLs point at {@code base} instead. */
  private static byte[] rebased(String name, String base) {
    String text = new String(fixture(name), StandardCharsets.UTF_8);
    return text.replace("https://shop.example", base).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] gzip(byte[] plain) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(plain);
    }
    return out.toByteArray();
  }

  static byte[] bigSitemap(int entries) {
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    for (int i = 0; i < entries; i++) {
      xml.append("<url><loc>https://big.example/p/").append(i).append("</loc></url>");
    }
    return xml.append("</urlset>").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void resetHeapPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long heapPeak() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .mapToLong(pool -> pool.getPeakUsage().getUsed())
        .sum();
  }
}
