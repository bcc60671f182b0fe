package io.scrapeline.gateway.rest;

import static io.scrapeline.gateway.rest.openapi.ApiDocs.JSON;

import io.scrapeline.gateway.rest.openapi.BatchScrapeRequestDoc;
import io.scrapeline.gateway.rest.openapi.ScrapeBatchStatusDoc;
import io.scrapeline.gateway.rest.openapi.ScrapeBatchSummaryDoc;
import io.scrapeline.gateway.service.BatchBodyParser;
import io.scrapeline.gateway.service.BatchService;
import io.scrapeline.gateway.service.SubmittedBatch;
import io.scrapeline.gateway.store.ResultStore;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /v1/batch/scrape}: batches of pages to scrape. */
@Path("/v1/batch/scrape")
@Tag(name = "Batch scrape")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "api_key")
public class BatchScrapeResource extends BatchResource {

  public BatchScrapeResource(BatchService batches, ResultStore store, RequestGuard guard) {
    super(BatchKind.SCRAPE, batches, store, guard);
  }

  @Override
  protected SubmittedBatch parse(BatchBodyParser parser, byte[] body) {
    return parser.parseScrapeBatch(body);
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Submit a batch of pages to scrape; 202 once every URL is enqueued")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = JSON,
              schema = @Schema(implementation = BatchScrapeRequestDoc.class)))
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
  @Operation(summary = "Batch status with a page of items")
  @APIResponse(
      responseCode = "200",
      description = "Counters, config and one page of items in input_index order",
      content =
          @Content(mediaType = JSON, schema = @Schema(implementation = ScrapeBatchStatusDoc.class)))
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
              schema = @Schema(implementation = ScrapeBatchSummaryDoc.class)))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "BatchFinished")
  @APIResponse(responseCode = "503", ref = "Unavailable")
  public Response cancel(
      @Context ContainerRequestContext request, @Parameter(ref = "id") @PathParam("id") String id) {
    return cancelBatch(request, id);
  }
}
