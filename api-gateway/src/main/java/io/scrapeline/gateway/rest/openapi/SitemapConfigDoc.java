package io.scrapeline.gateway.rest.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A sitemap batch's {@code config}: the options it was submitted with. */
@Schema(name = "SitemapConfig")
public record SitemapConfigDoc(
    @JsonProperty("max_urls") int maxUrls,
    @JsonProperty("follow_index") boolean followIndex,
    @JsonProperty("scrape") @Schema(nullable = true) ScrapeOptionsDoc scrape) {}
