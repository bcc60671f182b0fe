package io.scrapeline.scrapeworker.extract.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TokenF1Test {

  @Test
  void tokensAreLowercaseRunsOfLettersAndDigits() {
    assertThat(TokenF1.tokens("Café crème, 3,50 € — Déjà-vu!"))
        .containsExactly("café", "crème", "3", "50", "déjà", "vu");
  }

  @Test
  void identicalTextScoresOne() {
    assertThat(TokenF1.of("The cat sat.", "the CAT sat").f1()).isEqualTo(1.0);
  }

  @Test
  void extraWordsCostPrecisionAndMissingWordsCostRecall() {
    TokenF1 score = TokenF1.of("a b c d", "a b e f g h");

    assertThat(score.precision()).isEqualTo(0.5);
    assertThat(score.recall()).isCloseTo(2.0 / 6, within(1e-9));
    assertThat(score.f1()).isCloseTo(0.4, within(1e-9));
  }

  @Test
  void repeatedWordsCountOnlyAsOftenAsTheReferenceHasThem() {
    assertThat(TokenF1.of("news news news", "news").precision()).isCloseTo(1.0 / 3, within(1e-9));
  }

  @Test
  void markdownTextDropsLinkTargetsAndFenceInfoButKeepsTheWords() {
    String text =
        MarkdownText.of(
            "# Title\n\nSee [the guide](https://x.example/guide \"Guide\") and "
                + "![a chart](https://x.example/c.png).\n\n```java\nint x = 1;\n```\n<https://x.example/>");

    assertThat(TokenF1.tokens(text))
        .containsExactly("title", "see", "the", "guide", "and", "a", "chart", "int", "x", "1");
  }
}
