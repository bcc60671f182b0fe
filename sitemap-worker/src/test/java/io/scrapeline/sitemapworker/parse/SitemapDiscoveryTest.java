package io.scrapeline.sitemapworker.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.scrapeline.model.ItemErrorCode;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SitemapDiscoveryTest {

  /** Documents by URL; everything else is a 404. Records every URL asked for. */
  static final class Documents implements SitemapSource {
    final Map<String, Document> documents = new HashMap<>();
    final List<String> requested = new ArrayList<>();

    Documents put(String url, String contentType, byte[] body) {
      documents.put(url, new Document(200, contentType, body));
      return this;
    }

    @Override
    public Document fetch(String url) throws FetchFailure {
      requested.add(url);
      Document document = documents.get(url);
      if (document == null) {
        throw new FetchFailure(ItemErrorCode.HTTP_ERROR, "HTTP 404", 404);
      }
      return document;
    }
  }

  private final Documents web = new Documents();

  private SitemapDiscovery discovery(int maxDepth, int maxSitemaps) {
    return new SitemapDiscovery(
        web,
        new SitemapDocumentParser(50L * 1024 * 1024, false),
        new SitemapDiscovery.Limits(maxDepth, maxSitemaps),
        "scrapeline");
  }

  @Test
  void anIndexIsFollowedAndLinksAreDeduplicatedInOrder() throws Exception {
    web.put(
            "https://shop.example/index.xml",
            "application/xml",
            SitemapDocumentParserTest.fixture("index.xml"))
        .put(
            "https://shop.example/sitemap-1.xml",
            "application/xml",
            SitemapDocumentParserTest.fixture("sitemap-1.xml"))
        .put(
            "https://shop.example/sitemap-2.txt",
            "text/plain",
            SitemapDocumentParserTest.fixture("sitemap-2.txt"));
    SitemapDiscovery.Outcome outcome =
        discovery(3, 10).discover("https://shop.example/index.xml", 100, true);
    assertThat(outcome.error()).isNull();
    assertThat(outcome.links())
        .containsExactly(
            "https://shop.example/one",
            "https://shop.example/two",
            "https://shop.example/three",
            "https://shop.example/four");
    assertThat(outcome.sitemapsFetched()).isEqualTo(3);
    assertThat(outcome.statusCode()).isEqualTo(200);
  }

  @Test
  void withoutFollowIndexTheIndexListsItsSitemaps() throws Exception {
    web.put(
        "https://shop.example/index.xml",
        "application/xml",
        SitemapDocumentParserTest.fixture("index.xml"));
    SitemapDiscovery.Outcome outcome =
        discovery(3, 10).discover("https://shop.example/index.xml", 100, false);
    assertThat(outcome.links())
        .containsExactly(
            "https://shop.example/sitemap-1.xml", "https://shop.example/sitemap-2.txt");
    assertThat(web.requested).containsExactly("https://shop.example/index.xml");
  }

  @Test
  void anIndexThatIncludesItselfIsFetchedOnce() throws Exception {
    web.put(
            "https://shop.example/self-index.xml",
            "application/xml",
            SitemapDocumentParserTest.fixture("self-index.xml"))
        .put(
            "https://shop.example/sitemap-1.xml",
            "application/xml",
            SitemapDocumentParserTest.fixture("sitemap-1.xml"));
    SitemapDiscovery.Outcome outcome =
        discovery(5, 50).discover("https://shop.example/self-index.xml", 100, true);
    assertThat(outcome.links())
        .containsExactly("https://shop.example/one", "https://shop.example/two");
    assertThat(web.requested).containsOnlyOnce("https://shop.example/self-index.xml");
  }

  @Test
  void maxUrlsCapsTheLinksOfAnInput() throws Exception {
    web.put(
        "https://shop.example/s.txt",
        "text/plain",
        "https://a.example/1\nhttps://a.example/2\nhttps://a.example/3\n"
            .getBytes(StandardCharsets.UTF_8));
    assertThat(discovery(1, 1).discover("https://shop.example/s.txt", 2, true).links())
        .containsExactly("https://a.example/1", "https://a.example/2");
  }

  @Test
  void theDepthLimitStopsNestedIndexes() throws Exception {
    web.put(
        "https://shop.example/index.xml",
        "application/xml",
        SitemapDocumentParserTest.fixture("index.xml"));
    SitemapDiscovery.Outcome outcome =
        discovery(0, 10).discover("https://shop.example/index.xml", 100, true);
    assertThat(outcome.links())
        .containsExactly(
            "https://shop.example/sitemap-1.xml", "https://shop.example/sitemap-2.txt");
  }

  @Test
  void aSiteRootUsesTheSitemapsNamedInRobotsTxt() throws Exception {
    web.put(
            "https://shop.example/robots.txt",
            "text/plain",
            "User-agent: *\nDisallow:\nSitemap: https://shop.example/sitemap-1.xml\n"
                .getBytes(StandardCharsets.UTF_8))
        .put(
            "https://shop.example/sitemap-1.xml",
            "application/xml",
            SitemapDocumentParserTest.fixture("sitemap-1.xml"));
    SitemapDiscovery.Outcome outcome =
        discovery(3, 10).discover("https://shop.example/", 100, true);
    assertThat(outcome.links())
        .containsExactly("https://shop.example/one", "https://shop.example/two");
  }

  @Test
  void aSiteRootWithoutRobotsTxtFallsBackToSitemapXml() throws Exception {
    web.put(
        "https://shop.example/sitemap.xml",
        "application/xml",
        SitemapDocumentParserTest.fixture("sitemap-1.xml"));
    SitemapDiscovery.Outcome outcome = discovery(3, 10).discover("https://shop.example", 100, true);
    assertThat(outcome.links())
        .containsExactly("https://shop.example/one", "https://shop.example/two");
    assertThat(web.requested)
        .containsExactly("https://shop.example/robots.txt", "https://shop.example/sitemap.xml");
  }

  @Test
  void aMissingSitemapFailsItsItemWithTheHttpStatus() throws Exception {
    SitemapDiscovery.Outcome outcome =
        discovery(3, 10).discover("https://shop.example/nope.xml", 100, true);
    assertThat(outcome.error().code()).isEqualTo(ItemErrorCode.HTTP_ERROR);
    assertThat(outcome.statusCode()).isEqualTo(404);
  }

  @Test
  void aMalformedSitemapFailsItsItemWithParseError() throws Exception {
    web.put(
        "https://shop.example/bad.xml",
        "application/xml",
        "<html>no</html>".getBytes(StandardCharsets.UTF_8));
    SitemapDiscovery.Outcome outcome =
        discovery(3, 10).discover("https://shop.example/bad.xml", 100, true);
    assertThat(outcome.error().code()).isEqualTo(ItemErrorCode.PARSE_ERROR);
  }

  @Test
  void aHundredThousandEntrySitemapIsReadWithinItsCaps() throws Exception {
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    for (int i = 0; i < 100_000; i++) {
      xml.append("<url><loc>https://big.example/p/").append(i).append("</loc></url>");
    }
    xml.append("</urlset>");
    web.put(
        "https://big.example/sitemap.xml",
        "application/xml",
        xml.toString().getBytes(StandardCharsets.UTF_8));
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
    long start = System.nanoTime();
    SitemapDiscovery.Outcome outcome =
        discovery(1, 1).discover("https://big.example/sitemap.xml", 100_000, true);
    long millis = (System.nanoTime() - start) / 1_000_000;
    long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
    System.out.printf(
        "100,000-entry sitemap (%d bytes): %d ms, %d MiB allocated while parsing%n",
        xml.length(), millis, allocated >> 20);
    assertThat(outcome.links()).hasSize(100_000).startsWith("https://big.example/p/0");
  }
}
