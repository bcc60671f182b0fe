package io.scrapeline.scrapeworker.extract;

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

  private static Element body(String html) {
    return Jsoup.parse(html).body();
  }
}
