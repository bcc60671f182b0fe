package io.scrapeline.gateway.rest.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code GET /v1/batch/scrape/{id}}: counters, config and one page of items. */
@Schema(name = "ScrapeBatchStatus")
public class ScrapeBatchStatusDoc extends ScrapeBatchSummaryDoc {

  @JsonProperty("page")
  @Schema(required = true)
  public int page;

  @JsonProperty("page_size")
  @Schema(required = true)
  public int pageSize;

  @JsonProperty("next")
  @Schema(nullable = true, description = ApiDocs.NEXT_PAGE)
  public String next;

  @JsonProperty("results")
  @Schema(required = true)
  public List<ItemDoc> results;
}
