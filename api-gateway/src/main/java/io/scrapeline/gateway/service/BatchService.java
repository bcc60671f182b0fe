package io.scrapeline.gateway.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.scrapeline.gateway.config.GatewayConfig;
import io.scrapeline.gateway.rest.ApiException;
import io.scrapeline.gateway.service.RequestPublisher.PublishFailedException;
import io.scrapeline.gateway.store.ResultStore;
import io.scrapeline.gateway.store.StoreAnswer;
import io.scrapeline.model.BatchIds;
import io.scrapeline.model.internal.CreateBatch;
import io.scrapeline.model.internal.CreatedBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;

/**
 * Accepting a batch: register it with the result store (all items pending), then publish one
 * request per URL. The client hears 202 only when every request is in Kafka; otherwise the batch is
 * marked failed and the answer is 503.
 */
@ApplicationScoped
public class BatchService {

  private static final Logger LOG = Logger.getLogger(BatchService.class);

  private final ResultStore store;
  private final RequestPublisher publisher;
  private final SubmissionLimits limits;
  private final GatewayConfig config;
  private final ObjectMapper mapper;

  public BatchService(
      ResultStore store,
      RequestPublisher publisher,
      SubmissionLimits limits,
      GatewayConfig config,
      ObjectMapper mapper) {
    this.store = store;
    this.publisher = publisher;
    this.limits = limits;
    this.config = config;
    this.mapper = mapper;
  }

  public BatchBodyParser parser() {
    return new BatchBodyParser(mapper, config.maxUrlsPerBatch(), config.maxSitemapLinks());
  }

  /** Registers and enqueues a batch; an Idempotency-Key replay returns the earlier batch. */
  public CreatedBatch submit(String tenant, SubmittedBatch batch, String idempotencyKey) {
    limits.acquire(tenant);
    UUID id = BatchIds.next();
    CreateBatch command =
        new CreateBatch(
            id,
            tenant,
            batch.order().kind(),
            batch.items(),
            batch.invalidUrls(),
            batch.order().config(),
            batch.webhook(),
            blankToNull(idempotencyKey),
            batch.requestHash(),
            config.resultTtl(),
            config.maxActiveBatches());
    CreatedBatch created;
    try {
      created = read(StoreAnswer.of(store.create(command)), CreatedBatch.class);
    } catch (FaultToleranceException | ApiException e) {
      if (e instanceof ApiException refusal && refusal.status() != 503) {
        throw refusal;
      }
      // Timed out or lost: the store may have committed the batch before the answer went missing,
      // and it would then stay queued with nothing enqueued. Failing a batch that does not exist
      // changes nothing.
      markFailed(id);
      throw ApiException.unavailable("the result store did not answer; nothing was accepted");
    }
    if (!created.created()) {
      return created;
    }
    try {
      publisher.publish(id, tenant, batch.items(), batch.order());
    } catch (PublishFailedException e) {
      LOG.warnf("batch %s could not be enqueued: %s", id, e.getMessage());
      markFailed(id);
      throw ApiException.unavailable("the batch could not be enqueued; nothing was accepted");
    }
    return created;
  }

  private void markFailed(UUID id) {
    try {
      store.fail(id, "enqueue_failed", "the batch could not be enqueued").close();
    } catch (RuntimeException e) {
      LOG.errorf("batch %s could not be marked failed: %s", id, e.getMessage());
    }
  }

  <T> T read(StoreAnswer answer, Class<T> type) {
    try {
      return mapper.readValue(answer.json(), type);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("unreadable answer from the result store", e);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
