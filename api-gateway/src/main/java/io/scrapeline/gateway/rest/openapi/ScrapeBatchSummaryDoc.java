package io.scrapeline.gateway.rest.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A scrape batch's status document without the page, as cancel answers it. */
@Schema(name = "ScrapeBatchSummary")
public class ScrapeBatchSummaryDoc extends BatchStateDoc {

  @JsonProperty("config")
  @Schema(required = true)
  public ScrapeOptionsDoc config;
}
