package io.scrapeline.gateway.firecrawl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scrapeline.gateway.rest.ApiException;
import io.scrapeline.gateway.service.BatchBodyParser;
import io.scrapeline.gateway.service.BatchService;
import io.scrapeline.gateway.service.SingleScrape;
import io.scrapeline.gateway.service.SubmittedBatch;
import io.scrapeline.gateway.store.ResultStore;
import io.scrapeline.gateway.store.StoreAnswer;
import io.scrapeline.model.BatchKind;
import io.scrapeline.model.internal.CreatedBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Firecrawl's batch scrape and scrape calls carried out by the native services: bodies are
 * translated into native bodies and validated by the native parser, answers are read from the
 * result store as native JSON and translated back.
 */
@ApplicationScoped
public class FirecrawlAdapter {

  private final BatchService batches;
  private final SingleScrape singleScrape;
  private final ResultStore store;
  private final ObjectMapper mapper;

  public FirecrawlAdapter(
      BatchService batches, SingleScrape singleScrape, ResultStore store, ObjectMapper mapper) {
    this.batches = batches;
    this.singleScrape = singleScrape;
    this.store = store;
    this.mapper = mapper;
  }

  /** Reads a request body as a JSON object, or refuses it as the native parser would. */
  public ObjectNode readObject(byte[] body) {
    return batches.parser().parseObject(body);
  }

  /**
   * Starts a batch scrape.
   *
   * @param statusUrl where the new batch's status is read, for the answer's {@code url}
   */
  public ObjectNode submit(
      String tenant,
      FirecrawlVersion version,
      ObjectNode request,
      String idempotencyKey,
      Function<UUID, StatusUrl> statusUrl) {
    ObjectNode nativeBody = FirecrawlRequests.batch(request, version);
    SubmittedBatch batch = parse(nativeBody, BatchBodyParser::parseScrapeBatch);
    CreatedBatch created = batches.submit(tenant, batch, idempotencyKey);
    return FirecrawlResponses.created(
        created.id().toString(), statusUrl.apply(created.id()).url(), created.invalidUrls());
  }

  /** Scrapes one page and answers with its document once it finished. */
  public ObjectNode scrape(
      String tenant, FirecrawlVersion version, ObjectNode request, String idempotencyKey) {
    ObjectNode nativeBody = FirecrawlRequests.single(request, version);
    SubmittedBatch batch = parse(nativeBody, BatchBodyParser::parseSingle);
    return FirecrawlResponses.scraped(singleScrape.scrape(tenant, batch, idempotencyKey));
  }

  /** One status page of a batch, with {@code next} pointing at the page after it on {@code url}. */
  public ObjectNode status(String tenant, UUID id, FirecrawlPage page, StatusUrl url) {
    JsonNode status = nativeStatus(tenant, id, page, null);
    String next =
        FirecrawlResponses.hasNext(status)
            ? url.page(page.after(FirecrawlResponses.listed(status)))
            : null;
    return FirecrawlResponses.statusPage(status, next);
  }

  /** The failed items and robots-blocked URLs of a batch. */
  public ObjectNode errors(String tenant, UUID id) {
    JsonNode errors = read(StoreAnswer.of(store.errors(id, tenant, BatchKind.SCRAPE)));
    Map<Integer, String> finishedAt =
        errors.path("errors").isEmpty() ? Map.of() : failedItemTimes(tenant, id);
    return FirecrawlResponses.errors(errors, id.toString(), finishedAt);
  }

  /** Cancels a batch: unfinished items are skipped, finished ones keep their results. */
  public ObjectNode cancel(String tenant, UUID id) {
    StoreAnswer.of(store.cancel(id, tenant, BatchKind.SCRAPE));
    return FirecrawlResponses.cancelled();
  }

  /** When each failed item finished, from the batch's failed items, page by page. */
  private Map<Integer, String> failedItemTimes(String tenant, UUID id) {
    Map<Integer, String> finishedAt = new HashMap<>();
    FirecrawlPage page = new FirecrawlPage(0, FirecrawlPage.MAX_LIMIT);
    while (true) {
      JsonNode failed = nativeStatus(tenant, id, page, "failed");
      for (JsonNode item : failed.path("results")) {
        JsonNode scrapedAt = item.path("metadata").path("scraped_at");
        if (scrapedAt.isTextual()) {
          finishedAt.put(item.path("input_index").asInt(), scrapedAt.textValue());
        }
      }
      if (!FirecrawlResponses.hasNext(failed)) {
        return finishedAt;
      }
      page = page.after(FirecrawlResponses.listed(failed));
    }
  }

  private JsonNode nativeStatus(String tenant, UUID id, FirecrawlPage page, String itemStatus) {
    return read(
        StoreAnswer.of(
            store.status(
                id,
                tenant,
                BatchKind.SCRAPE,
                null,
                Integer.toString(page.limit()),
                Integer.toString(page.skip()),
                itemStatus)));
  }

  /** Native validation of the translated body; its refusals are put in Firecrawl's words. */
  private SubmittedBatch parse(ObjectNode nativeBody, ParserCall call) {
    byte[] bytes;
    try {
      bytes = mapper.writeValueAsBytes(nativeBody);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
    try {
      return call.parse(batches.parser(), bytes);
    } catch (ApiException refusal) {
      throw FirecrawlRequests.inFirecrawlTerms(refusal);
    }
  }

  private JsonNode read(StoreAnswer answer) {
    try {
      return mapper.readTree(answer.json());
    } catch (IOException e) {
      throw new IllegalStateException("unreadable answer from the result store", e);
    }
  }

  @FunctionalInterface
  private interface ParserCall {
    SubmittedBatch parse(BatchBodyParser parser, byte[] body);
  }
}
