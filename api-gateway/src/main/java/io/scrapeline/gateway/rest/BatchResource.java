package io.scrapeline.gateway.rest;

import static io.scrapeline.gateway.rest.openapi.ApiDocs.JSON;

import io.scrapeline.gateway.rest.openapi.BatchListDoc;
import io.scrapeline.gateway.rest.openapi.ErrorReportDoc;
import io.scrapeline.gateway.service.BatchBodyParser;
import io.scrapeline.gateway.service.BatchService;
import io.scrapeline.gateway.service.SubmittedBatch;
import io.scrapeline.gateway.store.ResultStore;
import io.scrapeline.gateway.store.StoreAnswer;
import io.scrapeline.model.BatchKind;
import io.scrapeline.model.internal.CreatedBatch;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Submit, read, list, errors and cancel, as API.md describes them, for one kind of batch: scrape
 * and sitemap batches share every endpoint but the body they accept. Submit, status and cancel are
 * declared by each kind (their bodies differ, and so does their OpenAPI description) and carried
 * out here; list and errors are the same for both.
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

  /** {@code POST}: 202 once every URL is enqueued, 200 for an Idempotency-Key replay. */
  protected Response submitBatch(
      ContainerRequestContext request, String contentType, String idempotencyKey, byte[] body) {
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

  /** {@code GET /{id}}: the batch status with a page of results. */
  protected Response statusPage(
      ContainerRequestContext request,
      String id,
      String page,
      String pageSize,
      String from,
      String status) {
    return StoreAnswer.of(
            store.status(
                guard.batchId(id), guard.tenant(request), kind, page, pageSize, from, status))
        .toResponse();
  }

  /** {@code DELETE /{id}}: cancels the batch and answers its summary. */
  protected Response cancelBatch(ContainerRequestContext request, String id) {
    return StoreAnswer.of(store.cancel(guard.batchId(id), guard.tenant(request), kind))
        .toResponse();
  }

  @GET
  @Operation(summary = "The tenant's batches, newest first")
  @APIResponse(
      responseCode = "200",
      description = "One page of batches",
      content = @Content(mediaType = JSON, schema = @Schema(implementation = BatchListDoc.class)))
  @APIResponse(responseCode = "400", ref = "BadQuery")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "503", ref = "Unavailable")
  public Response list(
      @Context ContainerRequestContext request,
      @Parameter(ref = "page") @QueryParam("page") String page,
      @Parameter(
              description = "Batches per page",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      minimum = "1",
                      maximum = "50",
                      defaultValue = "20"))
          @QueryParam("limit")
          String limit,
      @Parameter(
              description = "Only batches in this status",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"queued", "running", "completed", "cancelled", "failed"}))
          @QueryParam("status")
          String status) {
    return StoreAnswer.of(store.list(guard.tenant(request), kind, page, limit, status))
        .toResponse();
  }

  @GET
  @Path("/{id}/errors")
  @Operation(summary = "Failed items and robots-blocked URLs of a batch")
  @APIResponse(
      responseCode = "200",
      description = "Every failed item, and the URLs robots.txt disallowed",
      content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorReportDoc.class)))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "503", ref = "Unavailable")
  public Response errors(
      @Context ContainerRequestContext request, @Parameter(ref = "id") @PathParam("id") String id) {
    return StoreAnswer.of(store.errors(guard.batchId(id), guard.tenant(request), kind))
        .toResponse();
  }
}
