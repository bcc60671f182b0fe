package io.scrapeline.model;

import static io.scrapeline.model.Samples.BATCH_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ScrapeResultTest {

  private static final String URL = "https://example.com/a";
  private static final ScrapeData DATA = new ScrapeData("# A", null, null, null);
  private static final ItemError ERROR =
      new ItemError(ItemErrorCode.TIMEOUT, "timed out after 30 s");

  @Test
  void completedFactoryBuildsACompletedResultWithoutError() {
    ScrapeResult result = Samples.completedScrape();

    assertThat(result.v()).isEqualTo(WireMessage.CURRENT_VERSION);
    assertThat(result.status()).isEqualTo(ItemStatus.COMPLETED);
    assertThat(result.error()).isNull();
    assertThat(result.data().markdown()).isEqualTo("# A");
  }

  @Test
  void failedFactoryBuildsAFailedResultWithoutData() {
    ScrapeResult result = Samples.failedScrape();

    assertThat(result.status()).isEqualTo(ItemStatus.FAILED);
    assertThat(result.data()).isNull();
    assertThat(result.error().code()).isEqualTo(ItemErrorCode.HTTP_ERROR);
    assertThat(result.metadata().statusCode()).isEqualTo(404);
  }

  @Test
  void completedWithErrorIsRejected() {
    assertThatThrownBy(() -> result(ItemStatus.COMPLETED, DATA, ERROR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a completed result must not carry an error");
  }

  @Test
  void completedWithoutDataIsRejected() {
    assertThatThrownBy(() -> result(ItemStatus.COMPLETED, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a completed result must carry data");
  }

  @Test
  void failedWithoutErrorIsRejected() {
    assertThatThrownBy(() -> result(ItemStatus.FAILED, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a failed result must carry an error");
  }

  @Test
  void failedWithDataIsRejected() {
    assertThatThrownBy(() -> result(ItemStatus.FAILED, DATA, ERROR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a failed result must not carry data");
  }

  @ParameterizedTest
  @EnumSource(
      value = ItemStatus.class,
      names = {"PENDING", "CANCELLED"})
  void resultsCanOnlyBeCompletedOrFailed(ItemStatus status) {
    assertThatThrownBy(() -> result(status, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a result's status must be completed or failed, not " + status.code());
  }

  @Test
  void negativeInputIndexIsRejected() {
    assertThatThrownBy(() -> ScrapeResult.completed(BATCH_ID, -1, URL, DATA, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("inputIndex must be at least 0 but was -1");
  }

  @Test
  void scrapeDataCopiesLinksAndKeepsAbsentLinksNull() {
    List<String> links = new ArrayList<>(List.of("https://example.com/b"));
    ScrapeData data = new ScrapeData(null, null, null, links);
    links.clear();

    assertThat(data.links()).containsExactly("https://example.com/b");
    assertThat(DATA.links()).isNull();
  }

  @ParameterizedTest(name = "status={0}, duration={1}, retries={2}")
  @CsvSource({"99, 0, 0", "600, 0, 0", "200, -1, 0", "200, 0, -1"})
  void pageMetadataRejectsImpossibleNumbers(int statusCode, long durationMs, int retryCount) {
    assertThatThrownBy(
            () ->
                new PageMetadata(
                    statusCode,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    durationMs,
                    retryCount,
                    null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void itemErrorNeedsCodeAndMessage() {
    assertThatThrownBy(() -> new ItemError(null, "m"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("code must not be null");
    assertThatThrownBy(() -> new ItemError(ItemErrorCode.TIMEOUT, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("message must not be null");
  }

  private static ScrapeResult result(ItemStatus status, ScrapeData data, ItemError error) {
    return new ScrapeResult(1, BATCH_ID, 0, URL, status, data, null, error);
  }
}
