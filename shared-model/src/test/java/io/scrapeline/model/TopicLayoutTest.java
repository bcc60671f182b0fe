package io.scrapeline.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.scrapeline.model.kafka.TopicBootstrap.TopicSpec;
import io.scrapeline.model.kafka.TopicLayout;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicLayoutTest {

  private final List<TopicSpec> layout = TopicLayout.of(Topics.withPrefix("acme."), 6);

  @Test
  void everyTopicHasADeadLetterTopic() {
    assertThat(layout)
        .extracting(TopicSpec::name)
        .containsExactlyInAnyOrder(
            "acme.scrape.requests",
            "acme.scrape.results",
            "acme.sitemap.requests",
            "acme.sitemap.results",
            "acme.batch.control",
            "acme.scrape.requests.dlq",
            "acme.scrape.results.dlq",
            "acme.sitemap.requests.dlq",
            "acme.sitemap.results.dlq",
            "acme.batch.control.dlq");
  }

  @Test
  void controlTopicIsCompactedAndResultTopicsAcceptLargeRecords() {
    assertThat(spec("acme.batch.control").configs()).containsEntry("cleanup.policy", "compact");
    assertThat(spec("acme.scrape.results").configs())
        .containsEntry("max.message.bytes", "" + TopicLayout.RESULT_MAX_MESSAGE_BYTES);
    assertThat(spec("acme.scrape.requests").partitions()).isEqualTo(6);
  }

  private TopicSpec spec(String name) {
    return layout.stream().filter(topic -> topic.name().equals(name)).findFirst().orElseThrow();
  }
}
