package io.scrapeline.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Fully populated example records shared by the tests. */
public final class Samples {

  public static final UUID BATCH_ID = UUID.fromString("01936b2e-7c4a-7d3e-9a1b-2c3d4e5f6a7b");
  public static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

  private Samples() {}

  public static ScrapeOptions options() {
    return new ScrapeOptions(
        List.of(Format.MARKDOWN, Format.RAW_HTML, Format.LINKS),
        false,
        List.of("article"),
        List.of(".ads", "#cookie-banner"),
        Map.of("Accept-Language", "en"),
        45_000,
        3);
  }

  public static ScrapeRequest scrapeRequest() {
    return ScrapeRequest.of(BATCH_ID, "acme", 7, "https://example.com/a", options(), AT);
  }

  public static PageMetadata pageMetadata() {
    return new PageMetadata(
        200,
        "https://example.com/a/",
        "text/html; charset=utf-8",
        "A",
        "About A",
        "en",
        "https://example.com/a/",
        "A on Example",
        "All about A",
        "https://example.com/a.png",
        "Example",
        false,
        84L,
        1,
        AT.plusMillis(84));
  }

  public static ScrapeResult completedScrape() {
    return ScrapeResult.completed(
        BATCH_ID,
        7,
        "https://example.com/a",
        new ScrapeData("# A", null, "<h1>A</h1>", List.of("https://example.com/b")),
        pageMetadata());
  }

  public static ScrapeResult failedScrape() {
    return ScrapeResult.failed(
        BATCH_ID,
        8,
        "https://example.com/missing",
        new ItemError(ItemErrorCode.HTTP_ERROR, "HTTP 404 Not Found"),
        new PageMetadata(
            404, null, null, null, null, null, null, null, null, null, null, null, 12L, 0, AT));
  }

  public static SitemapRequest sitemapRequest() {
    return SitemapRequest.of(
        BATCH_ID, "acme", 0, "https://example.com/sitemap.xml", 50_000, true, AT);
  }

  public static SitemapResult completedSitemap() {
    return SitemapResult.completed(
        BATCH_ID,
        0,
        "https://example.com/sitemap.xml",
        List.of("https://example.com/a", "https://example.com/b"),
        new SitemapMetadata(3, 200, 120L));
  }

  public static SitemapResult failedSitemap() {
    return SitemapResult.failed(
        BATCH_ID,
        1,
        "https://example.org/",
        new ItemError(ItemErrorCode.DNS_FAILURE, "example.org: no such host"),
        new SitemapMetadata(0, null, 5L));
  }

  public static BatchControl cancel() {
    return BatchControl.cancel(BATCH_ID, AT);
  }
}
