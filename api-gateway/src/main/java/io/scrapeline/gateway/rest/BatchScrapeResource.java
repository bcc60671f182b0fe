package io.scrapeline.gateway.rest;

import static io.scrapeline.gateway.rest.openapi.ApiDocs.BAD_QUERY;
import static io.scrapeline.gateway.rest.openapi.ApiDocs.BATCH_ID;
import static io.scrapeline.gateway.rest.openapi.ApiDocs.IDEMPOTENCY_CONFLICT;
import static io.scrapeline.gateway.rest.openapi.ApiDocs.IDEMPOTENCY_KEY;
import static io.scrapeline.gateway.rest.openapi.ApiDocs.INVALID_BODY;
import static io.scrapeline.gateway.rest.openapi.ApiDocs.JSON;
import static io.scrapeline.gateway.rest.openapi.ApiDocs.NOT_FOUND;
import static io.scrapeline.gateway.rest.openapi.ApiDocs.NOT_JSON;
import static io.scrapeline.gateway.rest.openapi.ApiDocs.RATE_LIMITED;
import static io.scrapeline.gateway.rest.openapi.ApiDocs.RETRY_AFTER;
import static io.scrapeline.gateway.rest.openapi.ApiDocs.TOO_LARGE;
import static io.scrapeline.gateway.rest.openapi.ApiDocs.UNAUTHORIZED;
import static io.scrapeline.gateway.rest.openapi.ApiDocs.UNAVAILABLE;

import io.scrapeline.gateway.rest.openapi.BatchScrapeRequestDoc;
import io.scrapeline.gateway.rest.openapi.ErrorDoc;
import io.scrapeline.gateway.rest.openapi.ScrapeBatchStatusDoc;
import io.scrapeline.gateway.rest.openapi.ScrapeBatchSummaryDoc;
import io.scrapeline.gateway.rest.openapi.SubmittedDoc;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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
  @APIResponse(
      responseCode = "202",
      description = "Accepted: every valid URL is enqueued",
      content = @Content(mediaType = JSON, schema = @Schema(implementation = SubmittedDoc.class)))
  @APIResponse(
      responseCode = "200",
      description = "Idempotency-Key replay: the batch created earlier with the same key and body",
      content = @Content(mediaType = JSON, schema = @Schema(implementation = SubmittedDoc.class)))
  @APIResponse(
      responseCode = "400",
      description = INVALID_BODY,
      content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorDoc.class)))
  @APIResponse(
      responseCode = "401",
      description = UNAUTHORIZED,
      content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorDoc.class)))
  @APIResponse(
      responseCode = "409",
      description = IDEMPOTENCY_CONFLICT,
      content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorDoc.class)))
  @APIResponse(
      responseCode = "413",
      description = TOO_LARGE,
      content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorDoc.class)))
  @APIResponse(
      responseCode = "415",
      description = NOT_JSON,
      content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorDoc.class)))
  @APIResponse(
      responseCode = "429",
      description = RATE_LIMITED,
      headers =
          @Header(
              name = "Retry-After",
              description = RETRY_AFTER,
              schema = @Schema(type = SchemaType.INTEGER)),
      content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorDoc.class)))
  @APIResponse(
      responseCode = "503",
      description = UNAVAILABLE,
      content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorDoc.class)))
  public Response submit(
      @Context ContainerRequestContext request,
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @Parameter(description = IDEMPOTENCY_KEY, schema = @Schema(maxLength = 255))
          @HeaderParam("Idempotency-Key")
          String idempotencyKey,
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
  @APIResponse(
      responseCode = "400",
      description = BAD_QUERY,
      content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorDoc.class)))
  @APIResponse(
      responseCode = "401",
      description = UNAUTHORIZED,
      content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorDoc.class)))
  @APIResponse(
      responseCode = "404",
      description = NOT_FOUND,
      content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorDoc.class)))
  @APIResponse(
      responseCode = "503",
      description = UNAVAILABLE,
      content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorDoc.class)))
  public Response status(
      @Context ContainerRequestContext request,
      @Parameter(
              description = BATCH_ID,
              schema = @Schema(type = SchemaType.STRING, format = "uuid"))
          @PathParam("id")
          String id,
      @Parameter(
              description = "1-based page number",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
          @QueryParam("page")
          String page,
      @Parameter(
              description = "Items per page",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      minimum = "1",
                      maximum = "100",
                      defaultValue = "10"))
          @QueryParam("page_size")
          String pageSize,
      @Parameter(
              description = "0-based offset into the listed items, instead of page",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
          @QueryParam("from")
          String from,
      @Parameter(
              description = "Only items in this status",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"pending", "completed", "failed", "cancelled"}))
          @QueryParam("status")
          String status) {
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
  @APIResponse(
      responseCode = "401",
      description = UNAUTHORIZED,
      content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorDoc.class)))
  @APIResponse(
      responseCode = "404",
      description = NOT_FOUND,
      content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorDoc.class)))
  @APIResponse(
      responseCode = "409",
      description = "batch_finished: the batch already completed",
      content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorDoc.class)))
  @APIResponse(
      responseCode = "503",
      description = UNAVAILABLE,
      content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorDoc.class)))
  public Response cancel(
      @Context ContainerRequestContext request,
      @Parameter(
              description = BATCH_ID,
              schema = @Schema(type = SchemaType.STRING, format = "uuid"))
          @PathParam("id")
          String id) {
    return cancelBatch(request, id);
  }
}
