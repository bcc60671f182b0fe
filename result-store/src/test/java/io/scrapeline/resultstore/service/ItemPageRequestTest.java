package io.scrapeline.resultstore.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scrapeline.model.BatchKind;
import io.scrapeline.model.ItemStatus;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemPageRequestTest {

  private static final UUID ID = UUID.fromString("0193a1b2-0000-7000-8000-000000000001");

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {
        "1, 10, null, null, 0, 1, ?page=2&page_size=10",
        "3, 25, null, null, 50, 3, ?page=4&page_size=25",
        "1, 10, null, failed, 0, 1, ?page=2&page_size=10&status=failed",
        "7, 10, 35, null, 35, 4, ?from=45&page_size=10",
        "1, 5, 0, pending, 0, 1, ?from=5&page_size=5&status=pending",
      })
  void offsetsPagesAndNextPathsFollowPageOrFrom(
      int page,
      int pageSize,
      Long from,
      String status,
      long offset,
      int reportedPage,
      String nextQuery) {
    ItemPageRequest request =
        new ItemPageRequest(
            page, pageSize, from, status == null ? null : ItemStatus.fromCode(status));

    assertThat(request.offset()).isEqualTo(offset);
    assertThat(request.reportedPage()).isEqualTo(reportedPage);
    assertThat(request.nextPath(BatchKind.SCRAPE, ID))
        .isEqualTo("/v1/batch/scrape/" + ID + nextQuery);
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {
        "0, 10, null, page must be at least 1",
        "1, 0, null, page_size must be between 1 and 100",
        "1, 101, null, page_size must be between 1 and 100",
        "1, 10, -1, from must be at least 0",
      })
  void outOfRangeValuesAreRefusedWithTheParameterName(
      int page, int pageSize, Long from, String message) {
    assertThatThrownBy(() -> new ItemPageRequest(page, pageSize, from, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }
}
