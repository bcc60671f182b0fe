package io.scrapeline.model;

import static io.scrapeline.model.Samples.AT;
import static io.scrapeline.model.Samples.BATCH_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScrapeRequestTest {

  @Test
  void ofStampsTheCurrentSchemaVersion() {
    ScrapeRequest request = Samples.scrapeRequest();

    assertThat(request.v()).isEqualTo(ScrapeRequest.CURRENT_VERSION).isEqualTo(1);
    assertThat(request.batchId()).isEqualTo(BATCH_ID);
    assertThat(request.inputIndex()).isEqualTo(7);
  }

  @ParameterizedTest(name = "tenant=[{0}], index={1}, url=[{2}] -> {3}")
  @CsvSource({
    "acme, -1, https://a.example/, inputIndex must be at least 0 but was -1",
    "'  ', 0,  https://a.example/, tenant must not be blank",
    "acme, 0,  '',                 url must not be blank",
  })
  void invalidFieldsAreRejectedWithTheirName(
      String tenant, int inputIndex, String url, String message) {
    assertThatThrownBy(
            () -> ScrapeRequest.of(BATCH_ID, tenant, inputIndex, url, ScrapeOptions.defaults(), AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void missingReferencesAreRejectedWithTheirName() {
    ScrapeOptions options = ScrapeOptions.defaults();
    String url = "https://a.example/";

    assertThatThrownBy(() -> ScrapeRequest.of(null, "t", 0, url, options, AT))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("batchId must not be null");
    assertThatThrownBy(() -> ScrapeRequest.of(BATCH_ID, null, 0, url, options, AT))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("tenant must not be null");
    assertThatThrownBy(() -> ScrapeRequest.of(BATCH_ID, "t", 0, url, null, AT))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("options must not be null");
    assertThatThrownBy(() -> ScrapeRequest.of(BATCH_ID, "t", 0, url, options, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("enqueuedAt must not be null");
  }

  @ParameterizedTest
  @CsvSource({"0", "2", "-1"})
  void unsupportedSchemaVersionsAreRejected(int v) {
    UUID id = UUID.randomUUID();

    assertThatThrownBy(
            () ->
                new ScrapeRequest(
                    v, id, "t", 0, "https://a.example/", ScrapeOptions.defaults(), AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unsupported schema version v=" + v + "; this reader supports 1 to 1");
  }
}
