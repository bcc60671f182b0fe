package io.scrapeline.gateway.firecrawl;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Firecrawl's v1 crawl paths for batch ids: the v1 SDK waits for a batch by polling {@code GET
 * /v1/crawl/<id>}, and its cancelCrawl and checkCrawlErrors use {@code DELETE /v1/crawl/<id>} and
 * {@code DELETE /v1/crawl/<id>/errors}. Scrapeline has no crawls; these paths serve batch scrapes.
 */
@Path("/v1/crawl")
@Produces(MediaType.APPLICATION_JSON)
public class FirecrawlCrawlResource {

  private final FirecrawlCalls calls;

  public FirecrawlCrawlResource(FirecrawlCalls calls) {
    this.calls = calls;
  }

  @GET
  @Path("/{id}")
  @Operation(hidden = true)
  public Response status(
      @Context ContainerRequestContext request,
      @Context UriInfo uri,
      @PathParam("id") String id,
      @QueryParam("skip") String skip,
      @QueryParam("limit") String limit) {
    return calls.status(
        request, id, skip, limit, batch -> StatusUrl.crawl(uri.getBaseUri(), batch));
  }

  @DELETE
  @Path("/{id}")
  @Operation(hidden = true)
  public Response cancel(@Context ContainerRequestContext request, @PathParam("id") String id) {
    return calls.cancel(request, id);
  }

  @GET
  @Path("/{id}/errors")
  @Operation(hidden = true)
  public Response errors(@Context ContainerRequestContext request, @PathParam("id") String id) {
    return calls.errors(request, id);
  }

  /** The v1 SDK's checkCrawlErrors reads the errors with DELETE. */
  @DELETE
  @Path("/{id}/errors")
  @Operation(hidden = true)
  public Response errorsBySdkV1(
      @Context ContainerRequestContext request, @PathParam("id") String id) {
    return calls.errors(request, id);
  }
}
