package io.scrapeline.gateway.rest;

import static io.scrapeline.gateway.rest.openapi.ApiDocs.JSON;
import static io.scrapeline.gateway.rest.openapi.ApiDocs.NOT_FOUND;

import io.scrapeline.gateway.rest.openapi.BatchSitemapRequestDoc;
import io.scrapeline.gateway.rest.openapi.ErrorDoc;
import io.scrapeline.gateway.rest.openapi.SitemapBatchStatusDoc;
import io.scrapeline.gateway.rest.openapi.SitemapBatchSummaryDoc;
import io.scrapeline.gateway.rest.openapi.SitemapLinksDoc;
import io.scrapeline.gateway.service.BatchBodyParser;
import io.scrapeline.gateway.service.BatchService;
import io.scrapeline.gateway.service.SubmittedBatch;
import io.scrapeline.gateway.store.ResultStore;
import io.scrapeline.gateway.store.StoreAnswer;
import io.scrapeline.model.BatchKind;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /v1/batch/sitemap}: batches of sitemaps (or site roots) whose links are discovered. */
@Path("/v1/batch/sitemap")
@Tag(name = "Batch sitemap")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "api_key")
public class BatchSitemapResource extends BatchResource {

  private final ResultStore store;
  private final RequestGuard guard;

  public BatchSitemapResource(BatchService batches, ResultStore store, RequestGuard guard) {
    super(BatchKind.SITEMAP, batches, store, guard);
    this.store = store;
    this.guard = guard;
  }

  @Override
  protected SubmittedBatch parse(BatchBodyParser parser, byte[] body) {
    return parser.parseSitemapBatch(body);
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Submit a batch of sitemaps or site roots; 202 once every URL is enqueued")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = JSON,
              schema = @Schema(implementation = BatchSitemapRequestDoc.class)))
  @APIResponse(responseCode = "202", ref = "Submitted")
  @APIResponse(responseCode = "200", ref = "Replayed")
  @APIResponse(responseCode = "400", ref = "BadBody")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "409", ref = "IdempotencyConflict")
  @APIResponse(responseCode = "413", ref = "TooLarge")
  @APIResponse(responseCode = "415", ref = "NotJson")
  @APIResponse(responseCode = "429", ref = "RateLimited")
  @APIResponse(responseCode = "503", ref = "Unavailable")
  public Response submit(
      @Context ContainerRequestContext request,
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @Parameter(ref = "Idempotency-Key") @HeaderParam("Idempotency-Key") String idempotencyKey,
      byte[] body) {
    return submitBatch(request, contentType, idempotencyKey, body);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Batch status with a page of inputs")
  @APIResponse(
      responseCode = "200",
      description = "Counters, config and one page of inputs in input_index order",
      content =
          @Content(
              mediaType = JSON,
              schema = @Schema(implementation = SitemapBatchStatusDoc.class)))
  @APIResponse(responseCode = "400", ref = "BadQuery")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "503", ref = "Unavailable")
  public Response status(
      @Context ContainerRequestContext request,
      @Parameter(ref = "id") @PathParam("id") String id,
      @Parameter(ref = "page") @QueryParam("page") String page,
      @Parameter(ref = "page_size") @QueryParam("page_size") String pageSize,
      @Parameter(ref = "from") @QueryParam("from") String from,
      @Parameter(ref = "status") @QueryParam("status") String status) {
    return statusPage(request, id, page, pageSize, from, status);
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Cancel a batch: unfinished items become cancelled")
  @APIResponse(
      responseCode = "200",
      description =
          "The batch summary (the status document without results); again for a cancelled batch",
      content =
          @Content(
              mediaType = JSON,
              schema = @Schema(implementation = SitemapBatchSummaryDoc.class)))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "BatchFinished")
  @APIResponse(responseCode = "503", ref = "Unavailable")
  public Response cancel(
      @Context ContainerRequestContext request, @Parameter(ref = "id") @PathParam("id") String id) {
    return cancelBatch(request, id);
  }

  /**
   * All links of one input, a page at a time (the status page shows only the first ones); see
   * docs/api-extensions.md.
   */
  @GET
  @Path("/{id}/items/{input_index}/links")
  @Operation(summary = "A page of all links of one sitemap input")
  @APIResponse(
      responseCode = "200",
      description = "One range of the input's links in discovery order",
      content =
          @Content(mediaType = JSON, schema = @Schema(implementation = SitemapLinksDoc.class)))
  @APIResponse(
      responseCode = "400",
      description = "invalid_request: a negative from or a limit out of range",
      content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorDoc.class)))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(
      responseCode = "404",
      description = NOT_FOUND + "; or no such input_index",
      content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorDoc.class)))
  @APIResponse(responseCode = "503", ref = "Unavailable")
  public Response links(
      @Context ContainerRequestContext request,
      @Parameter(ref = "id") @PathParam("id") String id,
      @Parameter(
              description = "0-based position of the input in the submitted urls",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
          @PathParam("input_index")
          String inputIndex,
      @Parameter(
              description = "0-based position in the input's link list",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
          @QueryParam("from")
          String from,
      @Parameter(
              description = "Links per page",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      minimum = "1",
                      maximum = "10000",
                      defaultValue = "1000"))
          @QueryParam("limit")
          String limit) {
    return StoreAnswer.of(
            store.links(
                guard.batchId(id),
                guard.tenant(request),
                guard.inputIndex(inputIndex),
                from,
                limit))
        .toResponse();
  }
}
