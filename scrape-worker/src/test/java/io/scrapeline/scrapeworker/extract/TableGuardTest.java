package io.scrapeline.scrapeworker.extract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableGuardTest {

  private static final FlexmarkHtmlConverter FLEXMARK_CONVERTER =
      FlexmarkHtmlConverter.builder().build();
  private static final Function<Element, String> FLEXMARK = FLEXMARK_CONVERTER::convert;
  private static final String GOOD_TABLE =
      "<table><tr><th>k</th><th>v</th></tr><tr><td>a</td><td>1</td></tr></table>";
  private static final String URL = "https://e.example/";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " ~ ",
      value = {
        "rows ending in colspan=0 (SEC EDGAR) ~ <table><tr><td>Year</td><td>2025</td><td colspan=0>&nbsp;</td></tr><tr><td>Revenue</td><td>48</td><td colspan=0></td></tr></table> ~ <p>Year | 2025</p><p>Revenue | 48</p>",
        "a negative colspan ~ <table><tr><td colspan=-1>Name</td><td>Seats</td></tr><tr><td>Gull</td><td>240</td></tr></table> ~ <p>Name | Seats</p><p>Gull | 240</p>",
        "a caption, a head and an empty row ~ <table><caption>Fleet</caption><thead><tr><th>Name</th><th colspan=0>Seats</th></tr></thead><tr></tr><tr><td>Gull</td><td colspan=0>240</td></tr></table> ~ <p>Fleet</p><p>Name | Seats</p><p>Gull | 240</p>"
      })
  void aTableFlexmarkThrowsOnBecomesOneParagraphPerRow(
      String description, String table, String paragraphs) {
    Element page = body("<p>before</p>" + table + "<p>after</p>");
    // The case is real only while flexmark itself fails on the table.
    assertThatThrownBy(() -> FLEXMARK.apply(page.selectFirst("table")))
        .isInstanceOf(IndexOutOfBoundsException.class);

    int replaced = TableGuard.replaceUnconvertibleTables(page, FLEXMARK);

    assertThat(replaced).isEqualTo(1);
    assertThat(page.html().replace("\n", ""))
        .isEqualTo("<p>before</p>" + paragraphs + "<p>after</p>");
  }

  @Test
  void tablesFlexmarkConvertsAreLeftAlone() {
    Element page = body("<p>text</p>" + GOOD_TABLE + GOOD_TABLE);
    String before = page.html();

    assertThat(TableGuard.replaceUnconvertibleTables(page, FLEXMARK)).isZero();
    assertThat(page.html()).isEqualTo(before);
  }

  @Test
  void aPageWithATableFlexmarkCannotConvertIsConvertedAgainWithThatTableAsText() {
    Element page = body(fixture("table-colspan-zero.html"));

    ConvertedMarkdown markdown = TableGuard.convert(page, FLEXMARK, URL);

    assertThat(markdown.plainTextTables()).isEqualTo(1);
    assertThat(markdown.text())
        .contains("Ticket revenue \\| 48,210 \\| 44,905")
        .containsPattern("\\| Vessel \\| Built \\| Seats \\|\\n\\|-+\\|-+\\|-+\\|");
  }

  @Test
  void aPageFailureNoTableIsToBlameForIsThrownWithTheTablesUntouched() {
    // No real input found makes flexmark fail outside a table: a horizontal rule stands in.
    Function<Element, String> failingOnRules = failingOn("hr");
    Element page = body("<p>text</p><hr>" + GOOD_TABLE);
    String before = page.html();

    assertThatThrownBy(() -> TableGuard.convert(page, failingOnRules, URL))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("flexmark fails on hr");
    assertThat(page.html()).isEqualTo(before);
  }

  @Test
  void aPageThatFailsAgainWithoutItsBadTablesFails() {
    Function<Element, String> failingOnRules = failingOn("hr");
    Element page = body("<p>text</p><hr>" + GOOD_TABLE + fixtureTable());

    assertThatThrownBy(() -> TableGuard.convert(page, failingOnRules, URL))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("flexmark fails on hr");
    // It failed on the second try: the bad table had been replaced, the good one kept.
    assertThat(page.select("table")).hasSize(1);
    assertThat(page.text()).contains("Ticket revenue | 48,210 | 44,905");
  }

  @Test
  void theTablesOfAnInterruptedConversionAreGivenUp() {
    Element page = body(GOOD_TABLE + fixtureTable());
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> TableGuard.replaceUnconvertibleTables(page, FLEXMARK))
          .isInstanceOf(CancellationException.class);
    } finally {
      Thread.interrupted();
    }
    assertThat(page.select("table")).hasSize(2);
  }

  /** flexmark, but failing on any page or table that holds a {@code tag} element. */
  private static Function<Element, String> failingOn(String tag) {
    return content -> {
      if (!content.getElementsByTag(tag).isEmpty()) {
        throw new IllegalStateException("flexmark fails on " + tag);
      }
      return FLEXMARK.apply(content);
    };
  }

  private static String fixtureTable() {
    return Jsoup.parse(fixture("table-colspan-zero.html")).select("table").get(1).outerHtml();
  }

  private static String fixture(String name) {
    return new String(Pages.bytes(name), UTF_8);
  }

  private static Element body(String html) {
    return Jsoup.parse(html).body();
  }
}
