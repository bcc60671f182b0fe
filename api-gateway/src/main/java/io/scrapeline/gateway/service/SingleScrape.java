package io.scrapeline.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scrapeline.gateway.config.GatewayConfig;
import io.scrapeline.gateway.rest.ApiException;
import io.scrapeline.gateway.store.ResultStore;
import io.scrapeline.gateway.store.StoreAnswer;
import io.scrapeline.model.BatchKind;
import io.scrapeline.model.internal.CreatedBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;

/**
 * {@code POST /v1/scrape}: a one-URL batch through the same pipeline, answered with its item once
 * it finished, or 504 {@code timeout} after {@code timeout_ms} plus a margin (the batch is then
 * cancelled).
 */
@ApplicationScoped
public class SingleScrape {

  private static final long FIRST_POLL_MILLIS = 10;
  private static final long MAX_POLL_MILLIS = 200;

  private final BatchService batches;
  private final ResultStore store;
  private final GatewayConfig config;
  private final ObjectMapper mapper;

  public SingleScrape(
      BatchService batches, ResultStore store, GatewayConfig config, ObjectMapper mapper) {
    this.batches = batches;
    this.store = store;
    this.config = config;
    this.mapper = mapper;
  }

  public ObjectNode scrape(String tenant, SubmittedBatch request, String idempotencyKey) {
    CreatedBatch created = batches.submit(tenant, request, idempotencyKey);
    int timeoutMs = ((ScrapeOrder) request.order()).options().timeoutMs();
    Duration budget = Duration.ofMillis(timeoutMs).plus(config.singleScrapeMargin());
    long deadline = System.nanoTime() + budget.toNanos();
    long pause = FIRST_POLL_MILLIS;
    while (System.nanoTime() < deadline) {
      JsonNode item = firstItem(created.id(), tenant);
      if (item != null && !"pending".equals(item.path("status").asText())) {
        ObjectNode answer = ((ObjectNode) item).deepCopy();
        answer.remove("input_index");
        return answer;
      }
      pause(pause);
      pause = Math.min(MAX_POLL_MILLIS, pause * 2);
    }
    cancelQuietly(created.id(), tenant);
    throw new ApiException(
        504, "timeout", "the page was not scraped within " + budget.toMillis() + " ms", null);
  }

  private JsonNode firstItem(UUID id, String tenant) {
    StoreAnswer answer =
        StoreAnswer.of(store.status(id, tenant, BatchKind.SCRAPE, "1", "1", null, null));
    try {
      JsonNode results = mapper.readTree(answer.json()).path("results");
      return results.isArray() && !results.isEmpty() ? results.get(0) : null;
    } catch (IOException e) {
      throw new IllegalStateException("unreadable answer from the result store", e);
    }
  }

  private void cancelQuietly(UUID id, String tenant) {
    try {
      store.cancel(id, tenant, BatchKind.SCRAPE).close();
    } catch (RuntimeException ignored) {
      // The client gets its 504 either way; an uncancelled one-URL batch finishes on its own.
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ApiException.unavailable("interrupted");
    }
  }
}
