package io.scrapeline.gateway.rest.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What is known about one sitemap input's discovery; each field is null when unknown. */
@Schema(name = "SitemapMetadata")
public record SitemapMetadataDoc(
    @JsonProperty("sitemaps_fetched") @Schema(nullable = true) Integer sitemapsFetched,
    @JsonProperty("status_code") @Schema(nullable = true) Integer statusCode,
    @JsonProperty("duration_ms") @Schema(nullable = true) Long durationMs) {}
