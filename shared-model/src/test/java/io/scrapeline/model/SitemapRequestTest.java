package io.scrapeline.model;

import static io.scrapeline.model.Samples.AT;
import static io.scrapeline.model.Samples.BATCH_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SitemapRequestTest {

  @Test
  void ofStampsTheCurrentSchemaVersion() {
    assertThat(Samples.sitemapRequest().v()).isEqualTo(SitemapRequest.CURRENT_VERSION);
  }

  @ParameterizedTest(name = "tenant=[{0}], index={1}, maxUrls={2} -> {3}")
  @CsvSource({
    "acme, -1, 10, inputIndex must be at least 0 but was -1",
    "acme, 0,  0,  maxUrls must be at least 1 but was 0",
    "' ',  0,  10, tenant must not be blank",
  })
  void invalidFieldsAreRejectedWithTheirName(
      String tenant, int inputIndex, int maxUrls, String message) {
    assertThatThrownBy(
            () ->
                SitemapRequest.of(
                    BATCH_ID, tenant, inputIndex, "https://a.example/", maxUrls, true, AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void unsupportedSchemaVersionIsRejected() {
    assertThatThrownBy(
            () -> new SitemapRequest(2, BATCH_ID, "t", 0, "https://a.example/", 1, false, AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unsupported schema version v=2");
  }
}
