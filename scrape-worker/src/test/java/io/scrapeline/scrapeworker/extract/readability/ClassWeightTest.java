package io.scrapeline.scrapeworker.extract.readability;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassWeightTest {

  private static Element element(String attributes) {
    return Jsoup.parse("<div " + attributes + ">x</div>").body().child(0);
  }

  @ParameterizedTest(name = "{0} weighs {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "class='entry-content'           | 25",
        "class='comment-list'            | -25",
        "class='sidebar' id='main'       | 0",
        "id='post-body' class='story'    | 50",
        "class='related-posts widget'    | 0",
        "class='plain'                   | 0"
      })
  void classAndIdWeighTheElement(String attributes, int weight) {
    assertThat(ClassWeight.of(element(attributes))).isEqualTo(weight);
  }

  @ParameterizedTest(name = "{0} is unlikely: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "class='comments-area'       | true",
        "class='discussion-thread'   | true",
        "class='nl-signup newsletter'| true",
        "class='sidebar-content'     | false",
        "class='main-column'         | false",
        "class='story-body'          | false"
      })
  void boilerplateNamesAreUnlikelyUnlessTheyAlsoSayContent(String attributes, boolean unlikely) {
    assertThat(ClassWeight.isUnlikely(element(attributes))).isEqualTo(unlikely);
  }
}
