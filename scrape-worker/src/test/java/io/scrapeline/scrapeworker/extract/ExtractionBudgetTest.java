package io.scrapeline.scrapeworker.extract;

import static io.scrapeline.scrapeworker.extract.Pages.options;
import static org.assertj.core.api.Assertions.assertThat;

import io.scrapeline.model.Format;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionBudgetTest {

  private static final URI URL = URI.create("https://news.example.com/a");
  private static final String HTML = "text/html; charset=utf-8";
  private static final byte[] PAGE =
      ("<html lang=en><head><title>Long page</title></head><body><nav><a href=/x>Home</a></nav>"
              + "<h1>Long page</h1>"
              + "<p>Paragraph with <b>bold</b> text, a <a href=/y>link</a>, and more words.</p>"
                  .repeat(3_000)
              + "</body></html>")
          .getBytes(StandardCharsets.UTF_8);

  private final List<String> reasons = new ArrayList<>();

  private ExtractedPage extract(Duration timeout, int maxMarkdownBytes, byte[] page)
      throws InterruptedException {
    try (MarkdownConverter converter = new MarkdownConverter(1, timeout)) {
      PageExtractor extractor =
          new PageExtractor(converter, new ExtractionBudget(maxMarkdownBytes), reasons::add);
      return extractor.extract(
          new PageSource(page, HTML, null, URL),
          options(true, Format.MARKDOWN, Format.HTML, Format.LINKS));
    }
  }

  @Test
  void aPageWithinItsBudgetIsExtractedInFull() throws Exception {
    ExtractedPage page = extract(Duration.ofSeconds(30), 10_000_000, PAGE);

    assertThat(page.facts().degraded()).isFalse();
    assertThat(page.data().markdown()).startsWith("# Long page").contains("**bold**");
    assertThat(reasons).isEmpty();
  }

  @Test
  void aPageOverItsTimeBudgetDegradesToPlainTextWithItsFactsAndLinks() throws Exception {
    ExtractedPage page = extract(Duration.ofNanos(1), 10_000_000, PAGE);

    assertThat(page.facts().degraded()).isTrue();
    assertThat(page.facts().title()).isEqualTo("Long page");
    assertThat(page.facts().language()).isEqualTo("en");
    assertThat(page.data().markdown())
        .startsWith("Long page\n\nParagraph with bold text, a link, and more words.")
        .doesNotContain("**", "Home");
    assertThat(page.data().html()).startsWith("<pre>Long page");
    assertThat(page.data().links())
        .containsExactly("https://news.example.com/x", "https://news.example.com/y");
    assertThat(reasons).containsExactly("timeout");
  }

  @Test
  void aPageOverItsMarkdownSizeDegradesToPlainTextCutToTheBudget() throws Exception {
    ExtractedPage page = extract(Duration.ofSeconds(30), 1_000, PAGE);

    assertThat(page.facts().degraded()).isTrue();
    assertThat(page.data().markdown().getBytes(StandardCharsets.UTF_8))
        .hasSizeLessThanOrEqualTo(1_000);
    assertThat(page.data().markdown()).startsWith("Long page\n\nParagraph with bold text");
    assertThat(reasons).containsExactly("size");
  }

  @Test
  void truncationNeverSplitsACharacter() {
    String text = "é".repeat(10);

    assertThat(PageExtractor.truncate(text, 5)).isEqualTo("éé");
    assertThat(PageExtractor.utf8Length("aé€😀")).isEqualTo(1 + 2 + 3 + 4);
  }

  @Test
  void theLanguageIsDetectedWhenThePageNamesNone() throws Exception {
    byte[] page =
        "<html><body><article><p>Der Zug ist nicht pünktlich, und wir sind auch mit dem Bus nicht schneller in der Stadt.</p></article></body></html>"
            .getBytes(StandardCharsets.UTF_8);

    assertThat(extract(Duration.ofSeconds(30), 10_000, page).facts().language()).isEqualTo("de");
  }
}
