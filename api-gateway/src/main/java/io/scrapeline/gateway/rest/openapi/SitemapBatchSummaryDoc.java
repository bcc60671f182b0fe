package io.scrapeline.gateway.rest.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A sitemap batch's status document without the page, as cancel answers it. */
@Schema(name = "SitemapBatchSummary")
public class SitemapBatchSummaryDoc extends BatchStateDoc {

  @JsonProperty("config")
  @Schema(required = true)
  public SitemapConfigDoc config;

  @JsonProperty("scrape_batch_id")
  @Schema(nullable = true, description = "The child scrape batch of the discovered links")
  public UUID scrapeBatchId;

  @JsonProperty("scrape_truncated")
  @Schema(nullable = true, description = "Whether the child batch could not hold every link")
  public Boolean scrapeTruncated;
}
