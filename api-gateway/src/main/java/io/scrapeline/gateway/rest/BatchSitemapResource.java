package io.scrapeline.gateway.rest;

import io.scrapeline.gateway.service.BatchBodyParser;
import io.scrapeline.gateway.service.BatchService;
import io.scrapeline.gateway.service.SubmittedBatch;
import io.scrapeline.gateway.store.ResultStore;
import io.scrapeline.gateway.store.StoreAnswer;
import io.scrapeline.model.BatchKind;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /v1/batch/sitemap}: batches of sitemaps (or site roots) whose links are discovered. */
@Path("/v1/batch/sitemap")
@Tag(name = "Batch sitemap")
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

  /**
   * All links of one input, a page at a time (the status page shows only the first ones); see
   * docs/api-extensions.md.
   */
  @GET
  @Path("/{id}/items/{input_index}/links")
  @Operation(summary = "A page of all links of one sitemap input")
  public Response links(
      @Context ContainerRequestContext request,
      @PathParam("id") String id,
      @PathParam("input_index") String inputIndex,
      @QueryParam("from") String from,
      @QueryParam("limit") String limit) {
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
