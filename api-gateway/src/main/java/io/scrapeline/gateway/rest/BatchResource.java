package io.scrapeline.gateway.rest;

import io.scrapeline.gateway.service.BatchBodyParser;
import io.scrapeline.gateway.service.BatchService;
import io.scrapeline.gateway.service.SubmittedBatch;
import io.scrapeline.gateway.store.ResultStore;
import io.scrapeline.gateway.store.StoreAnswer;
import io.scrapeline.model.BatchKind;
import io.scrapeline.model.internal.CreatedBatch;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Submit, read, list, errors and cancel, as API.md describes them, for one kind of batch: scrape
 * and sitemap batches share every endpoint but the body they accept.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class BatchResource {

  private final BatchKind kind;

  private final BatchService batches;
  private final ResultStore store;
  private final RequestGuard guard;

  protected BatchResource(
      BatchKind kind, BatchService batches, ResultStore store, RequestGuard guard) {
    this.kind = kind;
    this.batches = batches;
    this.store = store;
    this.guard = guard;
  }

  /** Reads this kind's request body. */
  protected abstract SubmittedBatch parse(BatchBodyParser parser, byte[] body);

  @POST
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Submit a batch; 202 once every URL is enqueued")
  public Response submit(
      @Context ContainerRequestContext request,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      byte[] body) {
    String tenant = guard.tenant(request);
    guard.requireJsonBody(contentType, body);
    String key = guard.idempotencyKey(idempotencyKey);
    SubmittedBatch batch = parse(batches.parser(), body);
    CreatedBatch created = batches.submit(tenant, batch, key);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("id", created.id());
    answer.put("status", created.status());
    answer.put("total", created.total());
    answer.put("invalid_urls", created.invalidUrls());
    answer.put("status_url", "/v1/batch/" + kind.code() + "/" + created.id());
    return Response.status(created.created() ? 202 : 200).entity(answer).build();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Batch status with a page of results")
  public Response status(
      @Context ContainerRequestContext request,
      @PathParam("id") String id,
      @QueryParam("page") String page,
      @QueryParam("page_size") String pageSize,
      @QueryParam("from") String from,
      @QueryParam("status") String status) {
    return StoreAnswer.of(
            store.status(
                guard.batchId(id), guard.tenant(request), kind, page, pageSize, from, status))
        .toResponse();
  }

  @GET
  @Operation(summary = "The tenant's batches, newest first")
  public Response list(
      @Context ContainerRequestContext request,
      @QueryParam("page") String page,
      @QueryParam("limit") String limit,
      @QueryParam("status") String status) {
    return StoreAnswer.of(store.list(guard.tenant(request), kind, page, limit, status))
        .toResponse();
  }

  @GET
  @Path("/{id}/errors")
  @Operation(summary = "Failed items and robots-blocked URLs of a batch")
  public Response errors(@Context ContainerRequestContext request, @PathParam("id") String id) {
    return StoreAnswer.of(store.errors(guard.batchId(id), guard.tenant(request), kind))
        .toResponse();
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Cancel a batch: unfinished items become cancelled")
  public Response cancel(@Context ContainerRequestContext request, @PathParam("id") String id) {
    return StoreAnswer.of(store.cancel(guard.batchId(id), guard.tenant(request), kind))
        .toResponse();
  }
}
