package io.scrapeline.gateway.rest.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One scrape item of a status page; pending items have null data, metadata and error. */
@Schema(name = "ScrapeItem")
public record ItemDoc(
    @JsonProperty("input_index")
        @Schema(required = true, description = "0-based position in the submitted urls")
        int inputIndex,
    @JsonProperty("url") @Schema(required = true) String url,
    @JsonProperty("status")
        @Schema(
            required = true,
            enumeration = {"pending", "completed", "failed", "cancelled"})
        String status,
    @JsonProperty("data") @Schema(nullable = true) ScrapeDataDoc data,
    @JsonProperty("metadata") @Schema(nullable = true) PageMetadataDoc metadata,
    @JsonProperty("error") @Schema(nullable = true) ItemErrorDoc error) {}
