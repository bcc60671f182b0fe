package io.scrapeline.sitemapworker.service;

import io.scrapeline.model.ItemError;
import io.scrapeline.model.ItemErrorCode;
import io.scrapeline.model.ItemStatus;
import io.scrapeline.model.SitemapMetadata;
import io.scrapeline.model.SitemapRequest;
import io.scrapeline.model.SitemapResult;
import io.scrapeline.model.WireMessage;
import io.scrapeline.sitemapworker.parse.SitemapDiscovery;
import io.scrapeline.worker.RequestHandler;
import io.scrapeline.worker.RequestRecords;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Discovers the links of one sitemap input and turns them into SitemapResult records for
 * sitemap.results, keyed by batch id: one record per chunk of links small enough for Kafka, or one
 * failed record. Every chunk carries the whole input's link count and metadata, so the result store
 * can reassemble them in any order.
 */
public final class SitemapHandler implements RequestHandler<SitemapRequest> {

  /** Room in a record for everything but the links: ids, counts, metadata, the field names. */
  private static final int ENVELOPE_BYTES = 1024;

  private final SitemapDiscovery discovery;
  private final String resultTopic;
  private final int maxLinksPerRecord;
  private final int maxRecordBytes;
  private final SitemapMetrics metrics;

  /**
   * @param resultTopic sitemap.results
   * @param maxLinksPerRecord links in one record at most
   * @param maxRecordBytes largest serialized record
   */
  public SitemapHandler(
      SitemapDiscovery discovery,
      String resultTopic,
      int maxLinksPerRecord,
      int maxRecordBytes,
      SitemapMetrics metrics) {
    this.discovery = discovery;
    this.resultTopic = resultTopic;
    this.maxLinksPerRecord = maxLinksPerRecord;
    this.maxRecordBytes = maxRecordBytes;
    this.metrics = metrics;
  }

  @Override
  public Class<SitemapRequest> requestType() {
    return SitemapRequest.class;
  }

  @Override
  public UUID batchId(SitemapRequest request) {
    return request.batchId();
  }

  @Override
  public List<ProducerRecord<String, byte[]>> handle(SitemapRequest request)
      throws InterruptedException {
    return records(results(request));
  }

  /** The results of {@code request}: its link chunks, or one failed result. */
  private List<SitemapResult> results(SitemapRequest request) throws InterruptedException {
    long start = System.nanoTime();
    SitemapDiscovery.Outcome outcome =
        discovery.discover(request.url(), request.maxUrls(), request.followIndex());
    SitemapMetadata metadata =
        new SitemapMetadata(
            outcome.sitemapsFetched(),
            outcome.statusCode(),
            (System.nanoTime() - start) / 1_000_000);
    if (outcome.error() != null) {
      metrics.inputFinished(outcome.error().code().code(), outcome.sitemapsFetched(), 0);
      return List.of(
          SitemapResult.failed(
              request.batchId(), request.inputIndex(), request.url(), outcome.error(), metadata));
    }
    metrics.inputFinished(
        ItemStatus.COMPLETED.code(), outcome.sitemapsFetched(), outcome.links().size());
    return chunks(request, outcome.links(), metadata);
  }

  @Override
  public List<ProducerRecord<String, byte[]>> unexpectedFailure(
      SitemapRequest request, RuntimeException failure) {
    metrics.inputFinished(ItemErrorCode.INTERNAL_ERROR.code(), 0, 0);
    return records(
        List.of(
            failed(
                request, new ItemError(ItemErrorCode.INTERNAL_ERROR, "unexpected: " + failure))));
  }

  /** A chunk the broker refused although it was sized to fit: fail the input rather than loop. */
  @Override
  public Optional<ProducerRecord<String, byte[]>> replacementForTooLarge(
      SitemapRequest request, ProducerRecord<String, byte[]> refused) {
    SitemapResult failed =
        failed(
            request,
            new ItemError(ItemErrorCode.INTERNAL_ERROR, "the links are too large to deliver"));
    return Optional.of(RequestRecords.keyedByBatch(resultTopic, failed));
  }

  private List<SitemapResult> chunks(
      SitemapRequest request, List<String> links, SitemapMetadata metadata) {
    // The input URL is in every chunk; 6 bytes per character covers its worst escaping.
    long linkBytes = maxRecordBytes - ENVELOPE_BYTES - 6L * request.url().length();
    List<List<String>> parts = LinkChunks.split(links, maxLinksPerRecord, Math.max(1, linkBytes));
    List<SitemapResult> results = new ArrayList<>(parts.size());
    for (int i = 0; i < parts.size(); i++) {
      results.add(
          new SitemapResult(
              WireMessage.CURRENT_VERSION,
              request.batchId(),
              request.inputIndex(),
              request.url(),
              ItemStatus.COMPLETED,
              parts.get(i),
              i,
              parts.size(),
              links.size(),
              metadata,
              null));
    }
    return results;
  }

  private static SitemapResult failed(SitemapRequest request, ItemError error) {
    return SitemapResult.failed(
        request.batchId(), request.inputIndex(), request.url(), error, null);
  }

  private List<ProducerRecord<String, byte[]>> records(List<SitemapResult> results) {
    return results.stream()
        .map(result -> RequestRecords.keyedByBatch(resultTopic, result))
        .toList();
  }
}
