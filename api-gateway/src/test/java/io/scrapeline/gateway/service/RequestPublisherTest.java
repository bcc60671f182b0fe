package io.scrapeline.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestPublisherTest {

  /** Kafka's own rule: delivery.timeout.ms >= linger.ms (5) + request.timeout.ms. */
  @ParameterizedTest
  @CsvSource({"PT30S, 10000", "PT10S, 9995", "PT5S, 4995", "PT0.1S, 95", "PT0S, 1"})
  void everyPublishTimeoutGivesAProducerKafkaAccepts(Duration publish, int requestTimeoutMs) {
    assertThat(RequestPublisher.requestTimeoutMs(publish)).isEqualTo(requestTimeoutMs);
    assertThat(RequestPublisher.deliveryTimeoutMs(publish))
        .isGreaterThanOrEqualTo(5 + RequestPublisher.requestTimeoutMs(publish));
  }
}
