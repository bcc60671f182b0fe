package io.scrapeline.gateway.rest.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /v1/scrape} body: the batch body with {@code url} instead of {@code urls}. */
@Schema(name = "SingleScrapeRequest")
public record SingleScrapeRequestDoc(
    @JsonProperty("url") @Schema(required = true, format = "uri", maxLength = 2048) String url,
    @JsonProperty("formats")
        @Schema(description = "markdown, html, raw_html, links; default [\"markdown\"]")
        List<String> formats,
    @JsonProperty("only_main_content") @Schema(defaultValue = "true") Boolean onlyMainContent,
    @JsonProperty("include_tags") List<String> includeTags,
    @JsonProperty("exclude_tags") List<String> excludeTags,
    @JsonProperty("headers") Map<String, String> headers,
    @JsonProperty("timeout_ms")
        @Schema(minimum = "1000", maximum = "300000", defaultValue = "30000")
        Integer timeoutMs,
    @JsonProperty("max_retries") @Schema(minimum = "0", maximum = "10", defaultValue = "2")
        Integer maxRetries) {}
