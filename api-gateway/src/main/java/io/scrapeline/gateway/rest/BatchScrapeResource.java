package io.scrapeline.gateway.rest;

import io.scrapeline.gateway.service.BatchBodyParser;
import io.scrapeline.gateway.service.BatchService;
import io.scrapeline.gateway.service.SubmittedBatch;
import io.scrapeline.gateway.store.ResultStore;
import io.scrapeline.model.BatchKind;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /v1/batch/scrape}: batches of pages to scrape. */
@Path("/v1/batch/scrape")
@Tag(name = "Batch scrape")
public class BatchScrapeResource extends BatchResource {

  public BatchScrapeResource(BatchService batches, ResultStore store, RequestGuard guard) {
    super(BatchKind.SCRAPE, batches, store, guard);
  }

  @Override
  protected SubmittedBatch parse(BatchBodyParser parser, byte[] body) {
    return parser.parseScrapeBatch(body);
  }
}
