package io.scrapeline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TopicsTest {

  @Test
  void defaultsUseTheScrapelinePrefix() {
    Topics topics = Topics.defaults();

    assertThat(topics.prefix()).isEqualTo("scrapeline.");
    assertThat(topics.scrapeRequests()).isEqualTo("scrapeline.scrape.requests");
    assertThat(topics.scrapeResults()).isEqualTo("scrapeline.scrape.results");
    assertThat(topics.sitemapRequests()).isEqualTo("scrapeline.sitemap.requests");
    assertThat(topics.sitemapResults()).isEqualTo("scrapeline.sitemap.results");
    assertThat(topics.batchControl()).isEqualTo("scrapeline.batch.control");
  }

  @Test
  void customPrefixNamesEveryTopic() {
    Topics topics = Topics.withPrefix("staging-eu.");

    assertThat(topics.all())
        .containsExactly(
            "staging-eu.scrape.requests",
            "staging-eu.scrape.results",
            "staging-eu.sitemap.requests",
            "staging-eu.sitemap.results",
            "staging-eu.batch.control");
  }

  @Test
  void emptyPrefixLeavesBareNames() {
    assertThat(Topics.withPrefix("").batchControl()).isEqualTo("batch.control");
  }

  @Test
  void dlqAppendsTheDlqSuffix() {
    Topics topics = Topics.withPrefix("t.");

    assertThat(topics.dlq(topics.scrapeResults())).isEqualTo("t.scrape.results.dlq");
  }

  @Test
  void allListsOnlyTheFiveMainTopics() {
    assertThat(Topics.defaults().all()).hasSize(5).noneMatch(t -> t.endsWith(".dlq"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"has space.", "slash/", "ümlaut.", "colon:"})
  void prefixWithIllegalTopicCharactersIsRejected(String prefix) {
    assertThatThrownBy(() -> Topics.withPrefix(prefix))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("may only contain");
  }

  @Test
  void prefixIsRejectedWhenADerivedNameWouldExceedKafkasLimit() {
    String prefix = "p".repeat(Topics.MAX_PREFIX_LENGTH + 1);

    assertThatThrownBy(() -> Topics.withPrefix(prefix))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most");
    Topics longest = Topics.withPrefix("p".repeat(Topics.MAX_PREFIX_LENGTH));
    assertThat(longest.dlq(longest.sitemapRequests())).hasSize(249);
  }

  @Test
  void nullPrefixAndBlankDlqTopicAreRejected() {
    assertThatThrownBy(() -> Topics.withPrefix(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Topics.defaults().dlq(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
