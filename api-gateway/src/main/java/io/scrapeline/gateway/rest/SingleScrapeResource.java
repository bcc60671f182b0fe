package io.scrapeline.gateway.rest;

import static io.scrapeline.gateway.rest.openapi.ApiDocs.JSON;

import io.scrapeline.gateway.rest.openapi.ErrorDoc;
import io.scrapeline.gateway.rest.openapi.SingleScrapeRequestDoc;
import io.scrapeline.gateway.rest.openapi.SingleScrapeResultDoc;
import io.scrapeline.gateway.service.BatchService;
import io.scrapeline.gateway.service.SingleScrape;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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

/** {@code POST /v1/scrape}: one URL, answered when it is done. */
@Path("/v1/scrape")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Single scrape")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "api_key")
public class SingleScrapeResource {

  private final BatchService batches;
  private final SingleScrape singleScrape;
  private final RequestGuard guard;

  public SingleScrapeResource(BatchService batches, SingleScrape singleScrape, RequestGuard guard) {
    this.batches = batches;
    this.singleScrape = singleScrape;
    this.guard = guard;
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Scrape one URL and wait for its result")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = JSON,
              schema = @Schema(implementation = SingleScrapeRequestDoc.class)))
  @APIResponse(
      responseCode = "200",
      description = "The finished item (completed or failed)",
      content =
          @Content(
              mediaType = JSON,
              schema = @Schema(implementation = SingleScrapeResultDoc.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "invalid_request (malformed JSON, wrong types, unknown fields, missing url) or invalid_urls",
      content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorDoc.class)))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "409", ref = "IdempotencyConflict")
  @APIResponse(
      responseCode = "413",
      description = "request_too_large (details.max_body_bytes)",
      content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorDoc.class)))
  @APIResponse(responseCode = "415", ref = "NotJson")
  @APIResponse(responseCode = "429", ref = "RateLimited")
  @APIResponse(responseCode = "503", ref = "Unavailable")
  @APIResponse(
      responseCode = "504",
      description =
          "timeout: not finished within timeout_ms plus a margin; the one-URL batch is cancelled",
      content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorDoc.class)))
  public Response scrape(
      @Context ContainerRequestContext request,
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @Parameter(
              description =
                  "Optional; the same key and body within 24 h reuses the same one-URL batch",
              schema = @Schema(maxLength = 255))
          @HeaderParam("Idempotency-Key")
          String idempotencyKey,
      byte[] body) {
    String tenant = guard.tenant(request);
    guard.requireJsonBody(contentType, body);
    return Response.ok(
            singleScrape.scrape(
                tenant, batches.parser().parseSingle(body), guard.idempotencyKey(idempotencyKey)))
        .build();
  }
}
