package io.scrapeline.gateway.firecrawl;

import io.scrapeline.gateway.rest.BatchScrapeResource;
import io.scrapeline.gateway.rest.SingleScrapeResource;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Firecrawl's v1 batch scrape and scrape endpoints, which share their paths with the native API:
 * {@link FirecrawlRouting} sends requests here on an internal path. Reads arrive only when they
 * were recognised as Firecrawl's; every POST arrives, and those whose body is not Firecrawl's go to
 * the native resource as they are.
 */
@Path(FirecrawlRouting.INTERNAL_V1)
@Produces(MediaType.APPLICATION_JSON)
public class FirecrawlV1Resource {

  private static final FirecrawlVersion VERSION = FirecrawlVersion.V1;

  private final FirecrawlCalls calls;
  private final BatchScrapeResource nativeBatches;
  private final SingleScrapeResource nativeScrape;

  public FirecrawlV1Resource(
      FirecrawlCalls calls, BatchScrapeResource nativeBatches, SingleScrapeResource nativeScrape) {
    this.calls = calls;
    this.nativeBatches = nativeBatches;
    this.nativeScrape = nativeScrape;
  }

  @POST
  @Path("/batch/scrape")
  @Consumes(MediaType.WILDCARD)
  @Operation(hidden = true)
  public Response submit(
      @Context ContainerRequestContext request,
      @Context UriInfo uri,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @HeaderParam("x-idempotency-key") String firecrawlKey,
      @HeaderParam("Idempotency-Key") String nativeKey,
      byte[] body) {
    if (!calls.claim(request, contentType, body)) {
      return nativeBatches.submit(request, contentType, nativeKey, body);
    }
    return calls.submit(
        request,
        VERSION,
        contentType,
        FirecrawlCalls.idempotencyKey(firecrawlKey, nativeKey),
        body,
        id -> StatusUrl.batch(uri.getBaseUri(), VERSION, id));
  }

  @GET
  @Path("/batch/scrape/{id}")
  @Operation(hidden = true)
  public Response status(
      @Context ContainerRequestContext request,
      @Context UriInfo uri,
      @PathParam("id") String id,
      @QueryParam("skip") String skip,
      @QueryParam("limit") String limit) {
    return calls.status(
        request, id, skip, limit, batch -> StatusUrl.batch(uri.getBaseUri(), VERSION, batch));
  }

  @DELETE
  @Path("/batch/scrape/{id}")
  @Operation(hidden = true)
  public Response cancel(@Context ContainerRequestContext request, @PathParam("id") String id) {
    return calls.cancel(request, id);
  }

  @GET
  @Path("/batch/scrape/{id}/errors")
  @Operation(hidden = true)
  public Response errors(@Context ContainerRequestContext request, @PathParam("id") String id) {
    return calls.errors(request, id);
  }

  /** The v1 JS SDK's checkBatchScrapeErrors reads the errors with DELETE. */
  @DELETE
  @Path("/batch/scrape/{id}/errors")
  @Operation(hidden = true)
  public Response errorsBySdkV1(
      @Context ContainerRequestContext request, @PathParam("id") String id) {
    return calls.errors(request, id);
  }

  @POST
  @Path("/scrape")
  @Consumes(MediaType.WILDCARD)
  @Operation(hidden = true)
  public Response scrape(
      @Context ContainerRequestContext request,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @HeaderParam("x-idempotency-key") String firecrawlKey,
      @HeaderParam("Idempotency-Key") String nativeKey,
      byte[] body) {
    if (!calls.claim(request, contentType, body)) {
      return nativeScrape.scrape(request, contentType, nativeKey, body);
    }
    return calls.scrape(
        request,
        VERSION,
        contentType,
        FirecrawlCalls.idempotencyKey(firecrawlKey, nativeKey),
        body);
  }
}
