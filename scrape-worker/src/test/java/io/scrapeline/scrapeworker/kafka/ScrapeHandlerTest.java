package io.scrapeline.scrapeworker.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.scrapeline.fetch.http.FetchOutcome;
import io.scrapeline.fetch.http.FetchRequest;
import io.scrapeline.fetch.http.PageFetcher;
import io.scrapeline.model.Format;
import io.scrapeline.model.ItemErrorCode;
import io.scrapeline.model.ItemStatus;
import io.scrapeline.model.PageMetadata;
import io.scrapeline.model.ScrapeData;
import io.scrapeline.model.ScrapeOptions;
import io.scrapeline.model.ScrapeRequest;
import io.scrapeline.model.ScrapeResult;
import io.scrapeline.model.json.WireJson;
import io.scrapeline.scrapeworker.extract.MarkdownConverter;
import io.scrapeline.scrapeworker.extract.PageExtractor;
import io.scrapeline.scrapeworker.service.ScrapeMetrics;
import io.scrapeline.scrapeworker.service.ScrapeService;
import io.scrapeline.worker.CancelledBatches;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the scrape worker gives shared-worker's loop for one request: its one result as the record
 * for scrape.results, capped, keyed by batch id; nothing for a cancelled batch; a failure that
 * gives the item back on shutdown; an internal_error result for a bug; the "too large to deliver"
 * replacement. The loop itself (commits, shutdown, dead letters, partitions, backpressure) is
 * shared-worker's RequestWorkerTest.
 */
class ScrapeHandlerTest {

  private static final String RESULTS = "test.scrape.results";
  private static final String URL = "https://example.com/a";
  private static final int MAX_RECORD_BYTES = 4096;

  private final MarkdownConverter converter = new MarkdownConverter(1, Duration.ofSeconds(10));
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final ScrapeMetrics metrics = new ScrapeMetrics(registry);
  private final CancelledBatches cancelled = new CancelledBatches();
  private final ExecutorService workers = Executors.newFixedThreadPool(2);
  private final UUID batch = UUID.randomUUID();

  @AfterEach
  void close() {
    workers.shutdownNow();
    converter.close();
  }

  @Test
  void aScrapedPageIsOneCappedResultRecordKeyedByItsBatch() throws Exception {
    byte[] page =
        ("<html><head><title>A</title></head><body><p>Text</p><!--"
                + "x".repeat(3 * MAX_RECORD_BYTES)
                + "--></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    ScrapeHandler handler =
        handler(request -> FetchOutcome.fetched(200, URI.create(URL), "text/html", null, page));

    List<ProducerRecord<String, byte[]>> records =
        handler.handleAsync(request(), workers).get(30, TimeUnit.SECONDS);

    assertThat(records).hasSize(1);
    ProducerRecord<String, byte[]> record = records.get(0);
    assertThat(record.topic()).isEqualTo(RESULTS);
    assertThat(record.key()).isEqualTo(batch.toString());
    assertThat(record.value().length).isLessThanOrEqualTo(MAX_RECORD_BYTES);
    ScrapeResult result = WireJson.read(record.value(), ScrapeResult.class);
    assertThat(result.status()).isEqualTo(ItemStatus.COMPLETED);
    assertThat(result.inputIndex()).isEqualTo(3);
    assertThat(result.data().markdown()).contains("Text");
    assertThat(result.data().rawHtml()).startsWith("<html>").hasSizeLessThan(MAX_RECORD_BYTES);
  }

  @Test
  void aRequestOfABatchCancelledBeforeItRunsPublishesNothing() throws Exception {
    ScrapeHandler handler =
        handler(
            request -> {
              throw new AssertionError("a cancelled batch is not fetched");
            });
    cancelled.cancel(batch);

    assertThat(handler.handleAsync(request(), workers).get(30, TimeUnit.SECONDS)).isEmpty();
    assertThat(registry.get("scrapeline.requests.cancelled.skipped").counter().count())
        .isEqualTo(1);
  }

  @Test
  void aFetchCancelledByShutdownFailsSoTheRequestIsGivenBack() throws Exception {
    PageFetcher shuttingDown =
        new PageFetcher() {
          @Override
          public FetchOutcome fetch(FetchRequest request) throws InterruptedException {
            throw new InterruptedException();
          }

          @Override
          public CompletableFuture<FetchOutcome> fetchAsync(
              FetchRequest request, Executor executor) {
            return CompletableFuture.failedFuture(new CancellationException("closed"));
          }
        };

    CompletableFuture<List<ProducerRecord<String, byte[]>>> handled =
        handler(shuttingDown).handleAsync(request(), workers);

    Throwable failure = handled.handle((records, thrown) -> thrown).get(30, TimeUnit.SECONDS);
    assertThat(failure).isInstanceOf(CompletionException.class);
    assertThat(failure.getCause()).isInstanceOf(CancellationException.class);
    assertThat(registry.find("scrapeline.pages.fetched").counters()).isEmpty();
  }

  @Test
  void aBugBecomesAnInternalErrorResult() {
    ScrapeHandler handler = handler(request -> gone());

    List<ProducerRecord<String, byte[]>> records =
        handler.unexpectedFailure(request(), new IllegalStateException("a bug"));

    assertThat(records).hasSize(1);
    assertThat(records.get(0).key()).isEqualTo(batch.toString());
    ScrapeResult result = WireJson.read(records.get(0).value(), ScrapeResult.class);
    assertThat(result.status()).isEqualTo(ItemStatus.FAILED);
    assertThat(result.url()).isEqualTo(URL);
    assertThat(result.error().code()).isEqualTo(ItemErrorCode.INTERNAL_ERROR);
    assertThat(result.error().message())
        .isEqualTo("unexpected failure: java.lang.IllegalStateException: a bug");
    assertThat(
            registry
                .get("scrapeline.pages.fetched")
                .tag("outcome", ItemErrorCode.INTERNAL_ERROR.code())
                .counter()
                .count())
        .isEqualTo(1);
  }

  @Test
  void aResultTheBrokerRefusesIsReplacedByAFailureKeepingItsMetadata() {
    ScrapeHandler handler = handler(request -> gone());
    PageMetadata metadata =
        new PageMetadata(
            200,
            URL,
            "text/html",
            "A",
            null,
            "en",
            null,
            null,
            null,
            null,
            null,
            false,
            12L,
            0,
            Instant.parse("2025-01-01T00:00:00Z"));
    // As big as a result gets (max-record-bytes is 8 MiB by default): reading it back must work.
    ScrapeResult huge =
        ScrapeResult.completed(
            batch, 3, URL, new ScrapeData("m", null, "r".repeat(7 << 20), List.of()), metadata);

    Optional<ProducerRecord<String, byte[]>> replacement =
        handler.replacementForTooLarge(request(), record(huge));

    assertThat(replacement).isPresent();
    assertThat(replacement.get().topic()).isEqualTo(RESULTS);
    assertThat(replacement.get().key()).isEqualTo(batch.toString());
    ScrapeResult result = WireJson.read(replacement.get().value(), ScrapeResult.class);
    assertThat(result.status()).isEqualTo(ItemStatus.FAILED);
    assertThat(result.inputIndex()).isEqualTo(3);
    assertThat(result.data()).isNull();
    assertThat(result.error().code()).isEqualTo(ItemErrorCode.INTERNAL_ERROR);
    assertThat(result.error().message()).isEqualTo("the result is too large to deliver");
    assertThat(result.metadata()).isEqualTo(metadata);
  }

  @Test
  void aRefusedResultWithoutContentsHasNoReplacement() {
    ScrapeHandler handler = handler(request -> gone());
    ScrapeResult failed =
        WireJson.read(
            handler.unexpectedFailure(request(), new IllegalStateException()).get(0).value(),
            ScrapeResult.class);

    assertThat(handler.replacementForTooLarge(request(), record(failed))).isEmpty();
  }

  private ScrapeHandler handler(PageFetcher fetcher) {
    ScrapeService service =
        new ScrapeService(fetcher, new PageExtractor(converter), cancelled, metrics);
    return new ScrapeHandler(service, RESULTS, new CappedResultWriter(MAX_RECORD_BYTES), metrics);
  }

  private ScrapeRequest request() {
    ScrapeOptions options =
        new ScrapeOptions(
            List.of(Format.MARKDOWN, Format.RAW_HTML),
            true,
            List.of(),
            List.of(),
            Map.of(),
            30_000,
            0);
    return ScrapeRequest.of(batch, "acme", 3, URL, options, Instant.now());
  }

  private static ProducerRecord<String, byte[]> record(ScrapeResult result) {
    return new ProducerRecord<>(RESULTS, result.batchId().toString(), WireJson.write(result));
  }

  private static FetchOutcome gone() {
    return FetchOutcome.failed(ItemErrorCode.HTTP_ERROR, "HTTP 410", 410, null, null);
  }
}
