package io.scrapeline.gateway.rest.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /v1/batch/scrape} body; unknown fields are refused with 400. */
@Schema(name = "BatchScrapeRequest")
public record BatchScrapeRequestDoc(
    @JsonProperty("urls")
        @Schema(
            required = true,
            minItems = 1,
            description = "1..max_urls (default 10000); each keeps its input_index")
        List<String> urls,
    @JsonProperty("formats")
        @Schema(description = "markdown, html, raw_html, links; default [\"markdown\"]")
        List<String> formats,
    @JsonProperty("only_main_content") @Schema(defaultValue = "true") Boolean onlyMainContent,
    @JsonProperty("include_tags") @Schema(description = "CSS selectors to keep")
        List<String> includeTags,
    @JsonProperty("exclude_tags") @Schema(description = "CSS selectors to drop")
        List<String> excludeTags,
    @JsonProperty("headers") @Schema(description = "Extra request headers sent with the fetch")
        Map<String, String> headers,
    @JsonProperty("timeout_ms")
        @Schema(minimum = "1000", maximum = "300000", defaultValue = "30000")
        Integer timeoutMs,
    @JsonProperty("max_retries") @Schema(minimum = "0", maximum = "10", defaultValue = "2")
        Integer maxRetries,
    @JsonProperty("ignore_invalid_urls")
        @Schema(defaultValue = "true", description = "false: any invalid URL refuses the batch")
        Boolean ignoreInvalidUrls,
    @JsonProperty("webhook") WebhookDoc webhook) {}
