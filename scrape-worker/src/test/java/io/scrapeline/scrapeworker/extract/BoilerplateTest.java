package io.scrapeline.scrapeworker.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoilerplateTest {

  private static Element first(String html) {
    return Jsoup.parse(html).body().child(0);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "<nav>x</nav>                                   | true",
        "<div role=Navigation>x</div>                   | true",
        "<div class='site-Cookie-bar'>x</div>           | true",
        "<div id=gdpr-notice>x</div>                    | true",
        "<div id=CybotCookiebotDialog>x</div>           | true",
        "<div id=Sidebar>x</div>                        | false",
        "<div id=div-gpt-ad-123>x</div>                 | true",
        "<div data-ad-slot=top>x</div>                  | true",
        "<div class='card AD'>x</div>                   | true",
        "<div class='adventure'>x</div>                 | false",
        "<ul class='comment-list'><li>x</li></ul>       | true",
        "<div class='comment-body'>x</div>              | false",
        "<sup class=reference>[1]</sup>                 | true",
        "<span class=reference>x</span>                 | false",
        "<div id=toc>x</div>                            | true",
        "<article class=story>x</article>               | false"
      })
  void matchesTheNamesOfTheListWithTheCaseRulesOfCss(String html, boolean boilerplate) {
    assertThat(Boilerplate.matches(first(html))).isEqualTo(boilerplate);
  }
}
