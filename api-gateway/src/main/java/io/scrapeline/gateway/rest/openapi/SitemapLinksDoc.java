package io.scrapeline.gateway.rest.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code GET /v1/batch/sitemap/{id}/items/{input_index}/links}: one range of an input's links. */
@Schema(name = "SitemapLinks")
public record SitemapLinksDoc(
    @JsonProperty("id") @Schema(required = true) UUID id,
    @JsonProperty("input_index") @Schema(required = true) int inputIndex,
    @JsonProperty("url") @Schema(required = true) String url,
    @JsonProperty("status")
        @Schema(
            required = true,
            enumeration = {"pending", "completed", "failed", "cancelled"})
        String status,
    @JsonProperty("link_count") @Schema(nullable = true, description = "Null unless completed")
        Integer linkCount,
    @JsonProperty("from") @Schema(required = true) long from,
    @JsonProperty("limit") @Schema(required = true) int limit,
    @JsonProperty("next") @Schema(nullable = true) String next,
    @JsonProperty("links") @Schema(required = true) List<String> links) {}
