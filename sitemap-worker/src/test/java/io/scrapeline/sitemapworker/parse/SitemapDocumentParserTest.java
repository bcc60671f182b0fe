package io.scrapeline.sitemapworker.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scrapeline.model.ItemErrorCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SitemapDocumentParserTest {

  private final SitemapDocumentParser parser = new SitemapDocumentParser(10 * 1024 * 1024, false);

  static byte[] fixture(String name) throws IOException {
    try (InputStream in =
        SitemapDocumentParserTest.class.getResourceAsStream("/sitemaps/" + name)) {
      return in.readAllBytes();
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "urlset.xml    | application/xml      | https://shop.example/a, https://shop.example/b, https://cdn.example/elsewhere",
        "urlset.xml.gz | application/gzip     | https://shop.example/a, https://shop.example/b, https://cdn.example/elsewhere",
        "sitemap-2.txt | text/plain           | https://shop.example/three, https://shop.example/two, https://shop.example/four",
        "feed.rss      | application/rss+xml  | https://news.example/first, https://news.example/second",
        "feed.atom     | application/atom+xml | https://blog.example/post-1, https://blog.example/post-2",
      })
  void everyFormatYieldsItsPageLinks(String file, String contentType, String expected)
      throws Exception {
    ParsedSitemap parsed = parser.parse("https://shop.example/" + file, contentType, fixture(file));
    assertThat(parsed).isInstanceOf(ParsedSitemap.Links.class);
    assertThat(((ParsedSitemap.Links) parsed).urls()).containsSubsequence(expected.split(",\\s*"));
  }

  @Test
  void aGzFileThatArrivesAlreadyDecodedIsReadAsXml() throws Exception {
    ParsedSitemap parsed =
        parser.parse(
            "https://shop.example/urlset.xml.gz", "application/x-gzip", fixture("urlset.xml"));
    assertThat(((ParsedSitemap.Links) parsed).urls()).contains("https://shop.example/b");
  }

  @Test
  void aSitemapIndexNamesItsSitemaps() throws Exception {
    ParsedSitemap parsed =
        parser.parse("https://shop.example/index.xml", "application/xml", fixture("index.xml"));
    assertThat(((ParsedSitemap.Index) parsed).sitemaps())
        .containsExactly(
            "https://shop.example/sitemap-1.xml", "https://shop.example/sitemap-2.txt");
  }

  @Test
  void lenientModeKeepsUrlsOutsideTheSitemapsDirectoryAndStrictModeDropsThem() throws Exception {
    String url = "https://shop.example/sitemaps/urlset.xml";
    assertThat(
            ((ParsedSitemap.Links) parser.parse(url, "application/xml", fixture("urlset.xml")))
                .urls())
        .contains("https://cdn.example/elsewhere");
    SitemapDocumentParser strict = new SitemapDocumentParser(1 << 20, true);
    assertThat(
            ((ParsedSitemap.Links) strict.parse(url, "application/xml", fixture("urlset.xml")))
                .urls())
        .doesNotContain("https://cdn.example/elsewhere");
  }

  @Test
  void malformedXmlIsAParseErrorRatherThanAPartialSitemap() {
    assertThatThrownBy(
            () ->
                parser.parse(
                    "https://shop.example/m.xml", "application/xml", fixture("malformed.xml")))
        .isInstanceOf(SitemapParseException.class)
        .hasMessageContaining("not a sitemap");
  }

  @Test
  void aDocumentWithAnExternalEntityIsRefusedWithoutReadingTheFile() {
    assertThatThrownBy(
            () -> parser.parse("https://shop.example/x.xml", "application/xml", fixture("xxe.xml")))
        .isInstanceOf(SitemapParseException.class)
        .satisfies(refused -> assertThat(refused.getMessage()).doesNotContain("root:"));
  }

  @Test
  void entityExpansionIsRefusedBeforeAnyExpansionWork() {
    long start = System.nanoTime();
    assertThatThrownBy(
            () ->
                parser.parse(
                    "https://shop.example/b.xml", "application/xml", fixture("billion-laughs.xml")))
        .isInstanceOf(SitemapParseException.class);
    assertThat(System.nanoTime() - start).as("no expansion work").isLessThan(10_000_000_000L);
  }

  @Test
  void aGzipBombIsRefusedAtTheDecodedByteCap() throws Exception {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 64; i++) {
        gzip.write(spaces);
      }
    }
    SitemapDocumentParser capped = new SitemapDocumentParser(8 * 1024 * 1024, false);
    assertThatThrownBy(
            () ->
                capped.parse(
                    "https://shop.example/bomb.xml.gz",
                    "application/gzip",
                    compressed.toByteArray()))
        .isInstanceOf(SitemapParseException.class)
        .hasMessageContaining("larger than")
        .satisfies(
            tooLarge ->
                assertThat(((SitemapParseException) tooLarge).code())
                    .isEqualTo(ItemErrorCode.BODY_TOO_LARGE));
  }

  @Test
  void garbageIsAParseError() {
    assertThatThrownBy(
            () ->
                parser.parse(
                    "https://shop.example/x.xml",
                    "application/xml",
                    "<html><body>not a sitemap</body></html>".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SitemapParseException.class);
  }
}
