package io.scrapeline.scrapeworker.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LayoutTablesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "two text columns         | <table><tr><td>a</td><td>b</td></tr></table>                                  | false",
        "header row and inline    | <table><thead><tr><th>h</th><th>i</th></tr></thead><tr><td><code>c</code></td><td><a href=x>l</a></td></tr></table> | false",
        "single column            | <table><tr><td>only</td></tr><tr><td>column</td></tr></table>                 | true",
        "paragraph in a cell      | <table><tr><td><p>para</p></td><td>b</td></tr></table>                        | true",
        "div in a cell            | <table><tr><td><div>block</div></td><td>b</td></tr></table>                   | true",
        "heading in a cell        | <table><tr><th><h2>T</h2></th><td>b</td></tr></table>                          | true",
        "list in a cell           | <table><tr><td><ul><li>x</li></ul></td><td>b</td></tr></table>                | true",
        "nested table in a cell   | <table><tr><td><table><tr><td>x</td><td>y</td></tr></table></td><td>b</td></tr></table> | true",
        "pre in a cell            | <table><tr><td><pre>x = 1</pre></td><td><pre>code</pre></td></tr></table>     | true",
        "blockquote in a cell     | <table><tr><td><blockquote>q</blockquote></td><td>b</td></tr></table>         | true"
      })
  void classifiesTables(String description, String html, boolean layout) {
    Element table = Jsoup.parseBodyFragment(html).selectFirst("table");

    assertThat(LayoutTables.isLayout(table)).isEqualTo(layout);
  }

  @Test
  void unwrapsLayoutTablesAroundADataTableAndKeepsAllText() {
    Element body =
        Jsoup.parseBodyFragment(
                "<table><tr><td>menu</td><td>"
                    + "<table><tr><td><h1>Title</h1>"
                    + "<table><tr><th>k</th><th>v</th></tr><tr><td>a</td><td>1</td></tr></table>"
                    + "</td></tr></table>"
                    + "</td></tr></table>")
            .body();

    LayoutTables.unwrap(body);

    assertThat(body.select("table")).hasSize(1);
    assertThat(body.selectFirst("table").text()).isEqualTo("k v a 1");
    assertThat(body.text()).isEqualTo("menu Title k v a 1");
  }
}
