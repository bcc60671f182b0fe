package io.scrapeline.scrapeworker.extract;

import static io.scrapeline.scrapeworker.extract.Pages.bytes;
import static io.scrapeline.scrapeworker.extract.Pages.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scrapeline.model.Format;
import io.scrapeline.model.ItemErrorCode;
import io.scrapeline.model.ScrapeData;
import io.scrapeline.model.ScrapeOptions;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageExtractorTest {

  private static final URI NEWS = URI.create("https://news.example.com/news/2026/11/bridge");
  private static final URI DOCS = URI.create("https://docs.example.com/docs/config");
  private static final URI REPORT = URI.create("https://harbourline.example/investors/2025");
  private static final String HTML = "text/html; charset=utf-8";

  private static final MarkdownConverter CONVERTER =
      new MarkdownConverter(4, Duration.ofSeconds(10));
  private static final PageExtractor EXTRACTOR = new PageExtractor(CONVERTER);

  @AfterAll
  static void closeConverter() {
    CONVERTER.close();
  }

  private static ExtractedPage extract(String page, URI url, ScrapeOptions options)
      throws InterruptedException {
    return EXTRACTOR.extract(new PageSource(bytes(page), HTML, null, url), options);
  }

  @Test
  void mainContentOfANewsArticleKeepsTheStoryAndDropsTheChrome() throws Exception {
    String md =
        extract("news-article.html", NEWS, options(true, Format.MARKDOWN)).data().markdown();

    assertThat(md)
        .startsWith("# Harbour bridge reopens after two-year refit")
        .contains("By [Mara Quinn](https://news.example.com/authors/mara-quinn)")
        .contains("**two years** and cost 48 million.")
        .contains("[lighting system](https://news.example.com/news/2024/03/bridge-closure)")
        .contains("## What changes for commuters")
        .contains("- Buses return to the bridge from Tuesday.")
        .contains("> \"It feels like a new bridge,\" said one driver.")
        .doesNotContain(
            "Accept cookies",
            "Sport",
            "Search the Herald",
            "Skip to content",
            "Share on",
            "Advertisement",
            "About time",
            "Most read",
            "morning briefing",
            "© 2026",
            "dataLayer");
  }

  @Test
  void theWholePageKeepsTheChromeButNeverScriptsOrStyles() throws Exception {
    ScrapeData data =
        extract("news-article.html", NEWS, options(false, Format.MARKDOWN, Format.HTML)).data();

    assertThat(data.markdown()).contains("Sport", "Most read", "About time", "two years");
    assertThat(data.html())
        .contains("<nav", "<article>")
        .doesNotContain("<script", "<style", "dataLayer");
  }

  @Test
  void cleanedHtmlIsTheMainContentWithAbsoluteLinks() throws Exception {
    String html = extract("news-article.html", NEWS, options(true, Format.HTML)).data().html();

    assertThat(html)
        .startsWith("<article>")
        .contains("href=\"https://news.example.com/news/2024/03/bridge-closure\"")
        .doesNotContain("cookie", "comments", "<nav");
  }

  @Test
  void factsComeFromTheHead() throws Exception {
    PageFacts facts = extract("news-article.html", NEWS, options(true, Format.MARKDOWN)).facts();

    assertThat(facts)
        .isEqualTo(
            new PageFacts(
                "Harbour bridge reopens after two-year refit | The Coastal Herald",
                "The harbour bridge reopened on Monday after a two-year refit that cost 48 million.",
                "en-GB",
                "https://news.example.com/news/2026/11/harbour-bridge-reopens",
                "Harbour bridge reopens after two-year refit",
                "Commuters return to the bridge after a long closure.",
                "https://news.example.com/images/bridge-1200.jpg",
                "The Coastal Herald",
                false));
  }

  @Test
  void theLanguageFallsBackToContentLanguage() throws Exception {
    byte[] page = "<html><body><p>Hallo</p></body></html>".getBytes(StandardCharsets.UTF_8);

    PageFacts facts =
        EXTRACTOR
            .extract(new PageSource(page, HTML, "de-CH, en", NEWS), options(true, Format.MARKDOWN))
            .facts();

    assertThat(facts.language()).isEqualTo("de-CH");
    assertThat(facts.title()).isNull();
  }

  @Test
  void docsBecomeGitHubFlavouredMarkdown() throws Exception {
    String md = extract("docs-page.html", DOCS, options(true, Format.MARKDOWN)).data().markdown();

    assertThat(md)
        .startsWith("# Configuration reference")
        .contains("See the [install guide](https://docs.example.com/docs/install) first.")
        .contains("## Settings")
        .containsPattern("\\| +Setting +\\| Default \\| +Meaning +\\|\\n\\|-+\\|-+\\|-+\\|\\n")
        .containsPattern("\\| `workers` +\\| 4 +\\| Threads that process jobs \\|")
        .contains(
            "```java\nTideline tideline = Tideline.builder()\n    .workers(8)\n    .build();\n```")
        .contains("```python\nimport tideline\ntideline.start(workers=8)\n```")
        .contains("```go\ntideline.Start(8)\n```")
        .contains("```\n$ tideline --version\ntideline 2.1.0\n```")
        .contains("- Values are case-sensitive.\n- Unknown keys are ignored.")
        .doesNotContain("Docs home", "open source");
  }

  @Test
  void nestedLayoutTablesConvertQuicklyAndKeepTheirText() throws Exception {
    // Time the page, not the first use of flexmark's classes.
    extract("docs-page.html", DOCS, options(false, Format.MARKDOWN));
    long started = System.nanoTime();

    String md =
        extract("layout-tables.html", NEWS, options(false, Format.MARKDOWN)).data().markdown();

    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertThat(took).isLessThan(Duration.ofSeconds(1));
    assertThat(md)
        .contains("# Lighthouse to stay open for ten more years")
        .contains("(Paragraph 1.)", "(Paragraph 40.)", "### Section 5", "- Tickets: 4 pounds")
        .contains("Harbour wall repairs", "Copyright 2004")
        .doesNotContain("          ");
    // flexmark without the guard makes some 270 KB of padding out of this 9 KB page.
    assertThat(md.length()).isLessThan(bytes("layout-tables.html").length);
  }

  @Test
  void linksAreAbsoluteDeduplicatedWithoutFragmentsInPageOrder() throws Exception {
    List<String> links =
        extract(
                "base-href.html",
                URI.create("https://www.example.org/page.html"),
                options(true, Format.LINKS))
            .data()
            .links();

    assertThat(links)
        .containsExactly(
            "https://cdn.example.org/library/books/one.html",
            "https://cdn.example.org/about",
            "https://cdn.example.org/shop/?q=sea&page=2",
            "https://other.example.com/page",
            "https://protocol-relative.example.net/x",
            "https://cdn.example.org/library/books/two%20words.html",
            "https://cdn.example.org/library/BOOKS/one.html",
            "https://cdn.example.org/library/maps/harbour.html");
  }

  @Test
  void aWindows1252PageIsDecodedByItsMetaCharset() throws Exception {
    ExtractedPage page =
        EXTRACTOR.extract(
            new PageSource(bytes("windows-1252.html"), "text/html", null, NEWS),
            options(true, Format.MARKDOWN, Format.RAW_HTML));

    assertThat(page.facts().title()).isEqualTo("Café crème – la carte");
    assertThat(page.facts().language()).isEqualTo("fr");
    assertThat(page.data().markdown())
        .contains("# Café crème")
        .contains("“Le meilleur café du quartier” — prix : 3,50", "€. Déjà vu…");
    assertThat(page.data().rawHtml()).contains("<h1>Café crème</h1>");
  }

  @Test
  void onlyTheRequestedFormatsAreProduced() throws Exception {
    ScrapeData data = extract("news-article.html", NEWS, options(true, Format.LINKS)).data();

    assertThat(data.markdown()).isNull();
    assertThat(data.html()).isNull();
    assertThat(data.rawHtml()).isNull();
    assertThat(data.links())
        .contains("https://news.example.com/sport", "https://twitter.com/intent/tweet?url=x");
  }

  @Test
  void rawHtmlIsThePageAsServed() throws Exception {
    String raw =
        extract("news-article.html", NEWS, options(true, Format.RAW_HTML)).data().rawHtml();

    assertThat(raw).isEqualTo(new String(bytes("news-article.html"), StandardCharsets.UTF_8));
  }

  @Test
  void includeTagsKeepOnlyTheMatchingElements() throws Exception {
    ScrapeOptions options =
        options(false, List.of("article h1", ".comment"), List.of(), Format.MARKDOWN);

    String md = extract("news-article.html", NEWS, options).data().markdown();

    assertThat(md)
        .contains("# Harbour bridge reopens", "About time!", "toll increase")
        .doesNotContain("two years", "Most read", "Sport");
  }

  @Test
  void excludeTagsRemoveTheMatchingElements() throws Exception {
    ScrapeOptions options =
        options(true, List.of(), List.of(".byline", "blockquote"), Format.MARKDOWN);

    String md = extract("news-article.html", NEWS, options).data().markdown();

    assertThat(md).contains("two years").doesNotContain("Mara Quinn", "new bridge");
  }

  @Test
  void anInvalidSelectorFailsWithParseError() {
    ScrapeOptions options = options(true, List.of(), List.of("div[[["), Format.MARKDOWN);

    assertThatThrownBy(() -> extract("news-article.html", NEWS, options))
        .isInstanceOfSatisfying(
            ExtractionException.class,
            e -> assertThat(e.code()).isEqualTo(ItemErrorCode.PARSE_ERROR))
        .hasMessageContaining("div[[[");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<body><nav><p>Only navigation text here</p></nav></body>",
        "<body><div class=\"cookie-recipes\"><p>Best cookie recipes</p></div></body>",
        "<body><form id=\"aspnetForm\"><h1>Portal</h1><p>Welcome to the portal</p></form></body>",
        "<body><header><h1>Just a header</h1></header><footer>small</footer></body>"
      })
  void mainContentIsNeverEmptyWhenThePageHasText(String page) throws Exception {
    String md =
        EXTRACTOR
            .extract(
                new PageSource(page.getBytes(StandardCharsets.UTF_8), HTML, null, NEWS),
                options(true, Format.MARKDOWN, Format.HTML))
            .data()
            .markdown();

    assertThat(md).isNotBlank();
  }

  @Test
  void aPlainTextPageIsItsOwnMarkdown() throws Exception {
    byte[] text = "Line one\n\nLine <two> & more".getBytes(StandardCharsets.UTF_8);

    ExtractedPage page =
        EXTRACTOR.extract(
            new PageSource(text, "text/plain; charset=utf-8", "en", NEWS),
            options(true, Format.MARKDOWN, Format.HTML, Format.LINKS));

    assertThat(page.data().markdown()).isEqualTo("Line one\n\nLine <two> & more");
    assertThat(page.data().html()).isEqualTo("<pre>Line one\n\nLine &lt;two&gt; &amp; more</pre>");
    assertThat(page.data().links()).isEmpty();
    assertThat(page.facts().language()).isEqualTo("en");
  }

  @Test
  void aPageWithATableFlexmarkCannotConvertKeepsItsMarkdownAndIsNotDegraded() throws Exception {
    List<String> degradedPages = new ArrayList<>();
    List<Integer> degradedTables = new ArrayList<>();
    PageExtractor extractor =
        new PageExtractor(
            CONVERTER,
            ExtractionBudget.defaults(),
            new DegradationListener() {
              @Override
              public void degraded(String reason) {
                degradedPages.add(reason);
              }

              @Override
              public void degradedTables(int count) {
                degradedTables.add(count);
              }
            });

    ExtractedPage page =
        extractor.extract(
            new PageSource(bytes("table-colspan-zero.html"), HTML, null, REPORT),
            options(true, Format.MARKDOWN));

    assertThat(page.facts().degraded()).isFalse();
    assertThat(page.data().markdown())
        .startsWith("# Annual report 2025")
        .contains("[filings page](https://harbourline.example/investors/filings)")
        .contains("- Two new hybrid ferries entered service.")
        .containsPattern("\\| Vessel \\| Built \\| Seats \\|\\n\\|-+\\|-+\\|-+\\|")
        .contains("Ticket revenue \\| 48,210 \\| 44,905")
        .containsPattern("\\| +Route +\\| Passengers \\|\\n\\|-+\\|-+\\|");
    assertThat(degradedPages).isEmpty();
    assertThat(degradedTables).containsExactly(1);
  }
}
