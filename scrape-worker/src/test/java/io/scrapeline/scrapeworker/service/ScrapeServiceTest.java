package io.scrapeline.scrapeworker.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.scrapeline.fetch.http.FetchOutcome;
import io.scrapeline.fetch.http.FetchRequest;
import io.scrapeline.fetch.http.PageFetcher;
import io.scrapeline.model.Format;
import io.scrapeline.model.ItemErrorCode;
import io.scrapeline.model.ItemStatus;
import io.scrapeline.model.PageMetadata;
import io.scrapeline.model.ScrapeOptions;
import io.scrapeline.model.ScrapeRequest;
import io.scrapeline.model.ScrapeResult;
import io.scrapeline.scrapeworker.extract.MarkdownConverter;
import io.scrapeline.scrapeworker.extract.PageExtractor;
import io.scrapeline.worker.CancelledBatches;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The service over a scripted fetcher: what reaches the result for each kind of outcome. */
class ScrapeServiceTest {

  private static final String URL = "https://example.com/a";
  private static final URI FINAL = URI.create("https://example.com/b");
  private static final byte[] PAGE =
      "<html lang=en><head><title>B</title></head><body><h1>B</h1><p>Text</p></body></html>"
          .getBytes(StandardCharsets.UTF_8);

  private final MarkdownConverter converter = new MarkdownConverter(2, Duration.ofSeconds(10));
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final CancelledBatches cancelled = new CancelledBatches();
  private final AtomicInteger fetches = new AtomicInteger();
  private final UUID batch = UUID.randomUUID();

  @AfterEach
  void closeConverter() {
    converter.close();
  }

  private ScrapeService serviceFetching(FetchOutcome outcome) {
    PageFetcher fetcher =
        (FetchRequest request) -> {
          fetches.incrementAndGet();
          assertThat(request.url()).isEqualTo(URI.create(URL));
          assertThat(request.timeout()).isEqualTo(Duration.ofMillis(30_000));
          assertThat(request.headers()).containsEntry("Accept-Language", "en");
          return outcome;
        };
    return new ScrapeService(
        fetcher, new PageExtractor(converter), cancelled, new ScrapeMetrics(registry));
  }

  private ScrapeRequest request(List<String> excludeTags) {
    ScrapeOptions options =
        new ScrapeOptions(
            List.of(Format.MARKDOWN, Format.RAW_HTML),
            true,
            List.of(),
            excludeTags,
            Map.of("Accept-Language", "en"),
            30_000,
            2);
    return ScrapeRequest.of(batch, "acme", 3, URL, options, Instant.now());
  }

  @Test
  void aFetchedPageBecomesACompletedResultWithItsMetadata() throws Exception {
    FetchOutcome fetched =
        FetchOutcome.fetched(200, FINAL, "text/html", null, PAGE).withRetryCount(1);

    ScrapeResult result = serviceFetching(fetched).scrape(request(List.of())).orElseThrow();

    assertThat(result.status()).isEqualTo(ItemStatus.COMPLETED);
    assertThat(result.inputIndex()).isEqualTo(3);
    assertThat(result.data().markdown()).isEqualTo("# B\n\nText");
    assertThat(result.data().rawHtml()).startsWith("<html lang=en>");
    assertThat(result.data().html()).isNull();
    PageMetadata metadata = result.metadata();
    assertThat(metadata.statusCode()).isEqualTo(200);
    assertThat(metadata.finalUrl()).isEqualTo(FINAL.toString());
    assertThat(metadata.contentType()).isEqualTo("text/html");
    assertThat(metadata.title()).isEqualTo("B");
    assertThat(metadata.language()).isEqualTo("en");
    assertThat(metadata.retryCount()).isEqualTo(1);
    assertThat(metadata.durationMs()).isNotNegative();
    assertThat(metadata.scrapedAt()).isNotNull();
    assertThat(
            registry.get("scrapeline.pages.fetched").tag("outcome", "completed").counter().count())
        .isEqualTo(1);
  }

  @Test
  void aFailedFetchBecomesAFailedResultWithWhatIsKnown() throws Exception {
    FetchOutcome failed =
        FetchOutcome.failed(ItemErrorCode.HTTP_ERROR, "HTTP 404", 404, FINAL, "text/html");

    ScrapeResult result = serviceFetching(failed).scrape(request(List.of())).orElseThrow();

    assertThat(result.status()).isEqualTo(ItemStatus.FAILED);
    assertThat(result.data()).isNull();
    assertThat(result.error().code()).isEqualTo(ItemErrorCode.HTTP_ERROR);
    assertThat(result.metadata().statusCode()).isEqualTo(404);
    assertThat(result.metadata().finalUrl()).isEqualTo(FINAL.toString());
    assertThat(
            registry.get("scrapeline.pages.fetched").tag("outcome", "http_error").counter().count())
        .isEqualTo(1);
  }

  @Test
  void anExtractionFailureBecomesAParseError() throws Exception {
    FetchOutcome fetched = FetchOutcome.fetched(200, FINAL, "text/html", null, PAGE);

    ScrapeResult result =
        serviceFetching(fetched).scrape(request(List.of("p:nonsense("))).orElseThrow();

    assertThat(result.status()).isEqualTo(ItemStatus.FAILED);
    assertThat(result.error().code()).isEqualTo(ItemErrorCode.PARSE_ERROR);
    assertThat(result.metadata().statusCode()).isEqualTo(200);
  }

  @Test
  void aRequestOfACancelledBatchIsSkippedWithoutFetching() throws Exception {
    cancelled.cancel(batch);

    assertThat(serviceFetching(null).scrape(request(List.of()))).isEmpty();
    assertThat(fetches).hasValue(0);
  }
}
