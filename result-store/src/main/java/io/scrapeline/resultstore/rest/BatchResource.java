package io.scrapeline.resultstore.rest;

import io.scrapeline.model.BatchKind;
import io.scrapeline.model.BatchStatus;
import io.scrapeline.model.ItemStatus;
import io.scrapeline.model.internal.CreateBatch;
import io.scrapeline.model.internal.CreatedBatch;
import io.scrapeline.resultstore.mapping.BatchListing;
import io.scrapeline.resultstore.mapping.BatchStatusDocument;
import io.scrapeline.resultstore.mapping.BatchSummary;
import io.scrapeline.resultstore.mapping.ErrorReport;
import io.scrapeline.resultstore.mapping.SitemapLinksPage;
import io.scrapeline.resultstore.service.BatchCancellation;
import io.scrapeline.resultstore.service.BatchCreator;
import io.scrapeline.resultstore.service.BatchReader;
import io.scrapeline.resultstore.service.BatchTransitions;
import io.scrapeline.resultstore.service.ItemPageRequest;
import io.scrapeline.resultstore.service.SitemapLinks;
import io.scrapeline.resultstore.service.StoreException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The internal API the gateway calls (every call carries {@code X-Internal-Token}): registers
 * batches, serves their status pages, lists, errors, and cancels or fails them. Bodies are
 * snake_case JSON; every refusal is an {@code ApiError}.
 */
@Path("/internal/batches")
@Produces(MediaType.APPLICATION_JSON)
public class BatchResource {

  private static final int DEFAULT_LIST_LIMIT = 20;
  private static final int MAX_LIST_LIMIT = 50;

  private final BatchCreator creator;
  private final BatchReader reader;
  private final BatchCancellation cancellation;
  private final BatchTransitions transitions;
  private final SitemapLinks sitemapLinks;

  BatchResource(
      BatchCreator creator,
      BatchReader reader,
      BatchCancellation cancellation,
      BatchTransitions transitions,
      SitemapLinks sitemapLinks) {
    this.creator = creator;
    this.reader = reader;
    this.cancellation = cancellation;
    this.transitions = transitions;
    this.sitemapLinks = sitemapLinks;
  }

  /** 201 with the new batch, or 200 with the earlier batch of the same Idempotency-Key. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public RestResponse<CreatedBatch> create(CreateBatch request) {
    if (request == null) {
      throw StoreException.invalidRequest("a CreateBatch body is required");
    }
    CreatedBatch batch = creator.create(request);
    return RestResponse.status(
        batch.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK, batch);
  }

  /** One page of the tenant's batches of a kind, newest first. */
  @GET
  public BatchListing list(
      @QueryParam("tenant") String tenant,
      @QueryParam("kind") String kind,
      @QueryParam("page") String page,
      @QueryParam("limit") String limit,
      @QueryParam("status") String status) {
    return reader.list(
        QueryParameters.required("tenant", tenant),
        kind(kind),
        QueryParameters.code("status", status, BatchStatus::fromCode, true),
        QueryParameters.atLeast("page", QueryParameters.integer("page", page, 1), 1),
        QueryParameters.between(
            "limit",
            QueryParameters.integer("limit", limit, DEFAULT_LIST_LIMIT),
            1,
            MAX_LIST_LIMIT));
  }

  /** The status document with one page of items; {@code from}, when given, wins over page. */
  @GET
  @Path("{id}")
  public BatchStatusDocument status(
      @PathParam("id") String id,
      @QueryParam("tenant") String tenant,
      @QueryParam("kind") String kind,
      @QueryParam("page") String page,
      @QueryParam("page_size") String pageSize,
      @QueryParam("from") String from,
      @QueryParam("status") String status) {
    ItemPageRequest request;
    try {
      request =
          new ItemPageRequest(
              QueryParameters.integer("page", page, 1),
              QueryParameters.integer("page_size", pageSize, ItemPageRequest.DEFAULT_PAGE_SIZE),
              QueryParameters.optionalLong("from", from),
              QueryParameters.code("status", status, ItemStatus::fromCode, true));
    } catch (IllegalArgumentException e) {
      throw StoreException.invalidRequest(e.getMessage());
    }
    return reader.status(
        QueryParameters.batchId(id),
        QueryParameters.required("tenant", tenant),
        kind(kind),
        request);
  }

  /** Every failed item of the batch and the URLs robots.txt disallowed. */
  @GET
  @Path("{id}/errors")
  public ErrorReport errors(
      @PathParam("id") String id,
      @QueryParam("tenant") String tenant,
      @QueryParam("kind") String kind) {
    return reader.errors(
        QueryParameters.batchId(id), QueryParameters.required("tenant", tenant), kind(kind));
  }

  /** One page of all links of one sitemap input ({@code from}, {@code limit}). */
  @GET
  @Path("{id}/items/{inputIndex}/links")
  public SitemapLinksPage links(
      @PathParam("id") String id,
      @PathParam("inputIndex") String inputIndex,
      @QueryParam("tenant") String tenant,
      @QueryParam("from") String from,
      @QueryParam("limit") String limit) {
    Long start = QueryParameters.optionalLong("from", from);
    return sitemapLinks.page(
        QueryParameters.batchId(id),
        QueryParameters.required("tenant", tenant),
        QueryParameters.inputIndex(inputIndex),
        start == null ? 0 : start,
        QueryParameters.integer("limit", limit, SitemapLinks.DEFAULT_LIMIT));
  }

  /** Cancels the batch's pending items; 409 {@code batch_finished} once it completed or failed. */
  @POST
  @Path("{id}/cancel")
  public BatchSummary cancel(
      @PathParam("id") String id,
      @QueryParam("tenant") String tenant,
      @QueryParam("kind") String kind) {
    return cancellation.cancel(
        QueryParameters.batchId(id), QueryParameters.required("tenant", tenant), kind(kind));
  }

  /** Marks the batch failed (the gateway could not enqueue it); its items stay as they are. */
  @POST
  @Path("{id}/fail")
  @Consumes(MediaType.APPLICATION_JSON)
  public BatchSummary fail(@PathParam("id") String id, FailBatch body) {
    if (body == null) {
      throw StoreException.invalidRequest("a body with code and message is required");
    }
    String code = QueryParameters.required("code", body.code());
    return transitions.fail(QueryParameters.batchId(id), code, body.message());
  }

  private static BatchKind kind(String raw) {
    return QueryParameters.code("kind", raw, BatchKind::fromCode, false);
  }
}
