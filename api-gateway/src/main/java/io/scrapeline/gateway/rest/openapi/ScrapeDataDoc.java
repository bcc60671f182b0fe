package io.scrapeline.gateway.rest.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A scraped page's outputs; a format that was not requested is null. */
@Schema(name = "ScrapeData")
public record ScrapeDataDoc(
    @JsonProperty("markdown") @Schema(nullable = true, description = "GitHub-flavoured Markdown")
        String markdown,
    @JsonProperty("html") @Schema(nullable = true, description = "Cleaned HTML") String html,
    @JsonProperty("raw_html") @Schema(nullable = true, description = "The page as served")
        String rawHtml,
    @JsonProperty("links")
        @Schema(nullable = true, description = "Absolute, de-duplicated links in page order")
        List<String> links) {}
