package io.scrapeline.gateway.rest.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One sitemap input of a status page with (the first of) its discovered links. */
@Schema(name = "SitemapItem")
public record SitemapItemDoc(
    @JsonProperty("input_index") @Schema(required = true) int inputIndex,
    @JsonProperty("url") @Schema(required = true) String url,
    @JsonProperty("status")
        @Schema(
            required = true,
            enumeration = {"pending", "completed", "failed", "cancelled"})
        String status,
    @JsonProperty("links")
        @Schema(
            nullable = true,
            description = "At most the first 1000 links; see the links endpoint")
        List<String> links,
    @JsonProperty("link_count") @Schema(nullable = true, description = "All links of the input")
        Integer linkCount,
    @JsonProperty("metadata") @Schema(nullable = true) SitemapMetadataDoc metadata,
    @JsonProperty("error") @Schema(nullable = true) ItemErrorDoc error) {}
