package io.scrapeline.scrapeworker.extract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkdownConverterTest {

  private static final String PAGE =
      "<h1>Title</h1><p>First <b>bold</b> paragraph.</p><ul><li>one</li><li>two</li></ul>";

  @Test
  void convertsToGitHubFlavouredMarkdown() throws Exception {
    try (MarkdownConverter converter = new MarkdownConverter(1, Duration.ofSeconds(10))) {
      assertThat(converter.convert(body(PAGE), "https://e.example/"))
          .isEqualTo("# Title\n\nFirst **bold** paragraph.\n\n- one\n- two");
    }
  }

  @Test
  void aConversionOverItsTimeLimitDegradesToPlainText() throws Exception {
    // Thousands of paragraphs take flexmark milliseconds: far beyond a one-nanosecond limit.
    Element page = body(PAGE + "<p>More <i>text</i>.</p>".repeat(5_000));

    try (MarkdownConverter converter = new MarkdownConverter(1, Duration.ofNanos(1))) {
      assertThat(converter.convert(page, "https://e.example/"))
          .startsWith("Title\n\nFirst bold paragraph.\n\none\n\ntwo\n\nMore text.\n\nMore text.")
          .doesNotContain("#", "**", "- one");
    }
  }

  @Test
  void aFigureCaptionIsAParagraphOfItsOwn() throws Exception {
    Element page =
        body(
            "<figure><img src=https://e.example/pier-2019.jpg alt=Pier><figcaption>The pier</figcaption></figure>");

    try (MarkdownConverter converter = new MarkdownConverter(1, Duration.ofSeconds(10))) {
      assertThat(converter.convert(page, "https://e.example/"))
          .isEqualTo("![Pier](https://e.example/pier-2019.jpg)\n\nThe pier");
    }
  }

  @Test
  void theContentIsLeftUnchanged() throws Exception {
    Element content =
        body("<table><tr><td><p>layout</p></td></tr></table><pre class=lang-js>x</pre>");
    String before = content.outerHtml();

    try (MarkdownConverter converter = new MarkdownConverter(1, Duration.ofSeconds(10))) {
      converter.convert(content, "https://e.example/");
    }

    assertThat(content.outerHtml()).isEqualTo(before);
  }

  @Test
  void aTableFlexmarkCannotConvertBecomesPlainTextAndTheRestStaysMarkdown() throws Exception {
    // Its operating-results table ends every row in a colspan="0" cell: flexmark 0.64.8 throws.
    Element page = Jsoup.parse(new String(Pages.bytes("table-colspan-zero.html"), UTF_8)).body();

    try (MarkdownConverter converter = new MarkdownConverter(1, Duration.ofSeconds(10))) {
      assertThat(converter.convert(page, "https://harbourline.example/investors/2025"))
          .startsWith("# Annual report 2025\n\n")
          .contains("The full filing is on the [filings page](/investors/filings).")
          .contains(
              "## Highlights\n\n- Two new hybrid ferries entered service.\n"
                  + "- Fares stayed unchanged for the third year.")
          .containsPattern(
              "\\| Vessel \\| Built \\| Seats \\|\\n\\|-+\\|-+\\|-+\\|\\n\\| Gull +\\| 2011 +\\| 240 +\\|")
          .contains(
              "## Selected financial data\n\n"
                  + "Operating results (in thousands of euros)\n\n"
                  + "Year \\| 2025 \\| 2024\n\n"
                  + "Ticket revenue \\| 48,210 \\| 44,905\n\n"
                  + "Operating costs \\| 39,774 \\| 38,120\n\n"
                  + "Operating profit \\| 8,436 \\| 6,785\n\n"
                  + "## Routes")
          .containsPattern(
              "\\| +Route +\\| Passengers \\|\\n\\|-+\\|-+\\|\\n\\| Old Town - Island +\\| 1,204,000 +\\|")
          .endsWith("[investors@harbourline.example](mailto:investors@harbourline.example).");
    }
  }

  private static Element body(String html) {
    return Jsoup.parse(html).body();
  }
}
