package io.scrapeline.gateway.rest.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /v1/scrape} answer: the finished item of the one-URL batch. */
@Schema(name = "SingleScrapeResult")
public record SingleScrapeResultDoc(
    @JsonProperty("url") @Schema(required = true) String url,
    @JsonProperty("status")
        @Schema(
            required = true,
            enumeration = {"completed", "failed", "cancelled"})
        String status,
    @JsonProperty("data") @Schema(nullable = true) ScrapeDataDoc data,
    @JsonProperty("metadata") @Schema(nullable = true) PageMetadataDoc metadata,
    @JsonProperty("error") @Schema(nullable = true) ItemErrorDoc error) {}
