package io.scrapeline.gateway.firecrawl;

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
 * Firecrawl's v2 batch scrape and scrape endpoints. Kept out of the OpenAPI document, which
 * describes the native API; the README describes this layer.
 */
@Path("/v2")
@Produces(MediaType.APPLICATION_JSON)
public class FirecrawlV2Resource {

  private static final FirecrawlVersion VERSION = FirecrawlVersion.V2;

  private final FirecrawlCalls calls;

  public FirecrawlV2Resource(FirecrawlCalls calls) {
    this.calls = calls;
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
    return calls.scrape(
        request,
        VERSION,
        contentType,
        FirecrawlCalls.idempotencyKey(firecrawlKey, nativeKey),
        body);
  }
}
