package io.scrapeline.scrapeworker.extract.readability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BlockStatsTest {

  @Test
  void measuresTextLinksCommasAndBlocksInOnePass() {
    Element body =
        Jsoup.parse(
                "<div id=d><p>One,  two,\n three <a href=/x>four</a></p><ul><li>five</li></ul>"
                    + "<img src=/i.png><h2>Six</h2></div>")
            .body();

    BlockStats stats = BlockStats.measure(body, Set.of()).get(body.getElementById("d"));

    assertThat(stats.text).isEqualTo("One, two, three four".length() + "five".length() + 3);
    assertThat(stats.linkText).isEqualTo(4);
    assertThat(stats.listText).isEqualTo(4);
    assertThat(stats.commas).isEqualTo(2);
    assertThat(stats.paragraphs).isEqualTo(1);
    assertThat(stats.images).isEqualTo(1);
    assertThat(stats.listItems).isEqualTo(1);
    assertThat(stats.headingText).isEqualTo(3);
  }

  @Test
  void excludedElementsCountAsRemoved() {
    Element body = Jsoup.parse("<div id=d><p>kept</p><p id=x>left out</p></div>").body();

    Map<Element, BlockStats> stats = BlockStats.measure(body, Set.of(body.getElementById("x")));

    assertThat(stats.get(body.getElementById("d")).text).isEqualTo(4);
    assertThat(stats.get(body.getElementById("d")).removedChildren).isEqualTo(1);
    assertThat(stats).doesNotContainKey(body.getElementById("x"));
  }
}
