package io.scrapeline.gateway.firecrawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scrapeline.gateway.rest.ApiException;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FirecrawlPagingTest {

  private static final URI BASE = URI.create("http://127.0.0.1:8080/");
  private static final UUID ID = UUID.fromString("01937f5e-0000-7000-8000-000000000001");

  @Test
  void absentParametersReadTheFirstPageOfTheLargestSize() {
    assertThat(FirecrawlPage.of(null, null)).isEqualTo(new FirecrawlPage(0, 100));
  }

  @Test
  void aLimitAboveTheNativeMaximumIsClamped() {
    assertThat(FirecrawlPage.of("20", "1000")).isEqualTo(new FirecrawlPage(20, 100));
  }

  @Test
  void theNextPageStartsAfterTheItemsListed() {
    assertThat(new FirecrawlPage(10, 10).after(10)).isEqualTo(new FirecrawlPage(20, 10));
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {"-1, -", "x, -", "-, 0", "-, -5", "-, ten"})
  void badParametersAreInvalidRequests(String skip, String limit) {
    assertThatThrownBy(() -> FirecrawlPage.of(skip, limit))
        .isInstanceOfSatisfying(
            ApiException.class,
            refused -> assertThat(refused.error().code()).isEqualTo("invalid_request"));
  }

  @Test
  void v2StatusUrlsAreAbsolute() {
    StatusUrl url = StatusUrl.batch(BASE, FirecrawlVersion.V2, ID);
    assertThat(url.url()).isEqualTo("http://127.0.0.1:8080/v2/batch/scrape/" + ID);
    assertThat(url.page(new FirecrawlPage(100, 50)))
        .isEqualTo("http://127.0.0.1:8080/v2/batch/scrape/" + ID + "?skip=100&limit=50");
  }

  @Test
  void v1StatusUrlsOnTheSharedPathCarryTheOptIn() {
    StatusUrl url = StatusUrl.batch(BASE, FirecrawlVersion.V1, ID);
    assertThat(url.url())
        .isEqualTo("http://127.0.0.1:8080/v1/batch/scrape/" + ID + "?compat=firecrawl");
    assertThat(url.page(new FirecrawlPage(10, 10)))
        .isEqualTo(
            "http://127.0.0.1:8080/v1/batch/scrape/" + ID + "?skip=10&limit=10&compat=firecrawl");
  }

  @Test
  void crawlStatusUrlsNeedNoOptIn() {
    assertThat(StatusUrl.crawl(BASE, ID).page(new FirecrawlPage(5, 5)))
        .isEqualTo("http://127.0.0.1:8080/v1/crawl/" + ID + "?skip=5&limit=5");
  }

  @Test
  void sharedPathsAreRewrittenToTheInternalOneWithTheirQuery() {
    assertThat(
            FirecrawlRouting.internal(
                URI.create("http://h:1/v1/batch/scrape/" + ID + "/errors?compat=firecrawl&x=%20y")))
        .isEqualTo(
            URI.create(
                "http://h:1"
                    + FirecrawlRouting.INTERNAL_V1
                    + "/batch/scrape/"
                    + ID
                    + "/errors?compat=firecrawl&x=%20y"));
  }
}
