package io.scrapeline.gateway.rest.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Scrape options: a sitemap batch's {@code scrape} and a scrape batch's {@code config}. */
@Schema(name = "ScrapeOptions")
public record ScrapeOptionsDoc(
    @JsonProperty("formats")
        @Schema(description = "markdown, html, raw_html, links; default [\"markdown\"]")
        List<String> formats,
    @JsonProperty("only_main_content")
        @Schema(defaultValue = "true", description = "Drop nav, header, footer, aside, forms...")
        Boolean onlyMainContent,
    @JsonProperty("include_tags") @Schema(description = "CSS selectors to keep")
        List<String> includeTags,
    @JsonProperty("exclude_tags") @Schema(description = "CSS selectors to drop")
        List<String> excludeTags,
    @JsonProperty("headers")
        @Schema(nullable = true, description = "Extra request headers sent with the fetch")
        Map<String, String> headers,
    @JsonProperty("timeout_ms")
        @Schema(minimum = "1000", maximum = "300000", defaultValue = "30000")
        Integer timeoutMs,
    @JsonProperty("max_retries") @Schema(minimum = "0", maximum = "10", defaultValue = "2")
        Integer maxRetries) {}
