package io.scrapeline.scrapeworker.kafka;

import io.scrapeline.model.ItemError;
import io.scrapeline.model.ItemErrorCode;
import io.scrapeline.model.ScrapeRequest;
import io.scrapeline.model.ScrapeResult;
import io.scrapeline.model.json.WireJson;
import io.scrapeline.scrapeworker.service.ScrapeMetrics;
import io.scrapeline.scrapeworker.service.ScrapeService;
import io.scrapeline.worker.RequestHandler;
import io.scrapeline.worker.RequestRecords;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Scrapes one request into its one ScrapeResult record for scrape.results, keyed by batch id and
 * capped at max-record-bytes; nothing for a batch cancelled meanwhile. The fetch waits for its
 * host's turn without a thread; only extraction runs on the worker pool.
 */
final class ScrapeHandler implements RequestHandler<ScrapeRequest> {

  private final ScrapeService service;
  private final String resultTopic;
  private final CappedResultWriter writer;
  private final ScrapeMetrics metrics;

  /**
   * @param resultTopic scrape.results
   */
  ScrapeHandler(
      ScrapeService service, String resultTopic, CappedResultWriter writer, ScrapeMetrics metrics) {
    this.service = service;
    this.resultTopic = resultTopic;
    this.writer = writer;
    this.metrics = metrics;
  }

  @Override
  public Class<ScrapeRequest> requestType() {
    return ScrapeRequest.class;
  }

  @Override
  public UUID batchId(ScrapeRequest request) {
    return request.batchId();
  }

  @Override
  public String describe(ScrapeRequest request) {
    return request.url();
  }

  @Override
  public List<ProducerRecord<String, byte[]>> handle(ScrapeRequest request)
      throws InterruptedException {
    return records(service.scrape(request));
  }

  @Override
  public CompletableFuture<List<ProducerRecord<String, byte[]>>> handleAsync(
      ScrapeRequest request, Executor workers) {
    return service.scrapeAsync(request, workers).thenApply(this::records);
  }

  @Override
  public List<ProducerRecord<String, byte[]>> unexpectedFailure(
      ScrapeRequest request, RuntimeException failure) {
    metrics.pageFinished(ItemErrorCode.INTERNAL_ERROR.code());
    return List.of(
        record(
            ScrapeResult.failed(
                request.batchId(),
                request.inputIndex(),
                request.url(),
                new ItemError(ItemErrorCode.INTERNAL_ERROR, "unexpected failure: " + failure),
                null)));
  }

  /**
   * The broker refused the result although it was capped: report the item rather than loop. A
   * result without contents has nothing to drop, so it is redone instead.
   */
  @Override
  public Optional<ProducerRecord<String, byte[]>> replacementForTooLarge(
      ScrapeRequest request, ProducerRecord<String, byte[]> refused) {
    ScrapeResult result = WireJson.read(refused.value(), ScrapeResult.class);
    if (result.data() == null) {
      return Optional.empty();
    }
    return Optional.of(
        record(
            ScrapeResult.failed(
                result.batchId(),
                result.inputIndex(),
                result.url(),
                new ItemError(ItemErrorCode.INTERNAL_ERROR, "the result is too large to deliver"),
                result.metadata())));
  }

  private List<ProducerRecord<String, byte[]>> records(Optional<ScrapeResult> result) {
    return result.map(this::record).map(List::of).orElse(List.of());
  }

  private ProducerRecord<String, byte[]> record(ScrapeResult result) {
    return RequestRecords.keyedByBatch(resultTopic, result, writer.write(result));
  }
}
