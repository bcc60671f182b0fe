package io.scrapeline.gateway.rest;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /v1/scrape}: one URL, answered when it is done. */
@Path("/v1/scrape")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Single scrape")
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
  public Response scrape(
      @Context ContainerRequestContext request,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      byte[] body) {
    String tenant = guard.tenant(request);
    guard.requireJsonBody(contentType, body);
    return Response.ok(
            singleScrape.scrape(
                tenant, batches.parser().parseSingle(body), guard.idempotencyKey(idempotencyKey)))
        .build();
  }
}
