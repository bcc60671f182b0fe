package io.scrapeline.resultstore.fanout;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.scrapeline.model.BatchStatus;
import io.scrapeline.model.ScrapeOptions;
import io.scrapeline.model.ScrapeRequest;
import io.scrapeline.model.Topics;
import io.scrapeline.model.json.WireJson;
import io.scrapeline.resultstore.config.ResultStoreConfig;
import io.scrapeline.resultstore.kafka.RecordPublisher;
import io.scrapeline.resultstore.service.BatchTransitions;
import io.scrapeline.resultstore.service.StoreException;
import io.scrapeline.worker.RequestRecords;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes the scrape requests of due fan-outs from the sitemap_fan_outs outbox: one ScrapeRequest
 * per pending item of the child batch, keyed by host like the gateway's, all acknowledged by Kafka
 * before the row is marked published. A failed publication is retried with exponential backoff;
 * after max-attempts the child batch is marked failed ({@code enqueue_failed}), as the gateway does
 * with a batch it could not enqueue. A child batch cancelled meanwhile is not published.
 */
@ApplicationScoped
public class FanOutDispatcher {

  private static final Logger LOG = Logger.getLogger(FanOutDispatcher.class);

  /** Longer than a publication may take, so a live attempt is never claimed twice. */
  private static final Duration LEASE = Duration.ofMinutes(2);

  private static final int CLAIMED_PER_RUN = 5;

  private final FanOutRepository fanOuts;
  private final RecordPublisher publisher;
  private final BatchTransitions transitions;
  private final ResultStoreConfig.FanOut settings;
  private final Topics topics;
  private final MeterRegistry metrics;

  FanOutDispatcher(
      FanOutRepository fanOuts,
      RecordPublisher publisher,
      BatchTransitions transitions,
      ResultStoreConfig config,
      @ConfigProperty(name = "scrapeline.topic-prefix") String topicPrefix,
      MeterRegistry metrics) {
    this.fanOuts = fanOuts;
    this.publisher = publisher;
    this.transitions = transitions;
    this.settings = config.fanOut();
    this.topics = Topics.withPrefix(topicPrefix);
    this.metrics = metrics;
  }

  @Scheduled(
      every = "${scrapeline.result-store.fan-out.dispatch-interval:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void dispatchDue() {
    for (FanOutRepository.Due due : fanOuts.claimDue(CLAIMED_PER_RUN, LEASE)) {
      attempt(due);
    }
  }

  private void attempt(FanOutRepository.Due due) {
    Optional<FanOutRepository.Child> child = fanOuts.child(due.scrapeBatchId());
    if (child.isEmpty() || !isActive(child.get())) {
      // Cancelled, failed or purged meanwhile: there is nothing left to enqueue.
      fanOuts.published(due.sitemapBatchId());
      record("skipped");
      return;
    }
    try {
      publisher.publishAll(requests(due.scrapeBatchId(), child.get()), settings.publishTimeout());
      fanOuts.published(due.sitemapBatchId());
      record("published");
    } catch (RuntimeException e) {
      failed(due, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private List<ProducerRecord<String, byte[]>> requests(
      UUID childId, FanOutRepository.Child child) {
    ScrapeOptions options =
        WireJson.read(child.configJson().getBytes(StandardCharsets.UTF_8), ScrapeOptions.class);
    Instant now = Instant.now();
    return fanOuts.pendingItems(childId).stream()
        .map(
            item ->
                RequestRecords.keyedByHost(
                    topics.scrapeRequests(),
                    item.url(),
                    ScrapeRequest.of(
                        childId, child.tenant(), item.inputIndex(), item.url(), options, now)))
        .toList();
  }

  private void failed(FanOutRepository.Due due, String error) {
    if (due.attempts() < settings.maxAttempts()) {
      fanOuts.retryLater(due.sitemapBatchId(), backoff(due.attempts()), error);
      record("retry");
      LOG.warnf(
          "the scrape requests of batch %s could not be published (attempt %d): %s",
          due.scrapeBatchId(), due.attempts(), error);
      return;
    }
    fanOuts.gaveUp(due.sitemapBatchId(), error);
    record("gave_up");
    try {
      transitions.fail(due.scrapeBatchId(), "enqueue_failed", "the batch could not be enqueued");
    } catch (StoreException finishedMeanwhile) {
      LOG.infof("child batch %s already finished: %s", due.scrapeBatchId(), finishedMeanwhile);
    }
  }

  /** initial * 2^(attempt-1), capped at max-backoff. */
  private Duration backoff(int attempts) {
    long base = settings.initialBackoff().toMillis() << Math.min(20, Math.max(0, attempts - 1));
    return Duration.ofMillis(Math.min(base, settings.maxBackoff().toMillis()));
  }

  private static boolean isActive(FanOutRepository.Child child) {
    BatchStatus status = BatchStatus.fromCode(child.status());
    return status == BatchStatus.QUEUED || status == BatchStatus.RUNNING;
  }

  private void record(String outcome) {
    metrics.counter("scrapeline.fanout.attempts", "outcome", outcome).increment();
  }
}
