package io.scrapeline.gateway.rest.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /v1/batch/sitemap} body; unknown fields are refused with 400. */
@Schema(name = "BatchSitemapRequest")
public record BatchSitemapRequestDoc(
    @JsonProperty("urls")
        @Schema(
            required = true,
            minItems = 1,
            description = "Sitemap URLs (XML, gzip, text, RSS/Atom, index) or site roots")
        List<String> urls,
    @JsonProperty("max_urls")
        @Schema(
            minimum = "1",
            defaultValue = "50000",
            description = "Links kept per input; at most max-sitemap-links (default 100000)")
        Integer maxUrls,
    @JsonProperty("follow_index") @Schema(defaultValue = "true") Boolean followIndex,
    @JsonProperty("scrape")
        @Schema(
            nullable = true,
            description = "When set, every discovered link is scraped into a child scrape batch")
        ScrapeOptionsDoc scrape,
    @JsonProperty("ignore_invalid_urls") @Schema(defaultValue = "true") Boolean ignoreInvalidUrls,
    @JsonProperty("webhook") WebhookDoc webhook) {}
