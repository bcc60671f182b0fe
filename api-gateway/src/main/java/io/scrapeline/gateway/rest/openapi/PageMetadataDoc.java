package io.scrapeline.gateway.rest.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What is known about a fetched page; each field is null when unknown. */
@Schema(name = "PageMetadata")
public record PageMetadataDoc(
    @JsonProperty("status_code") @Schema(nullable = true) Integer statusCode,
    @JsonProperty("final_url") @Schema(nullable = true) String finalUrl,
    @JsonProperty("content_type") @Schema(nullable = true) String contentType,
    @JsonProperty("title") @Schema(nullable = true) String title,
    @JsonProperty("description") @Schema(nullable = true) String description,
    @JsonProperty("language") @Schema(nullable = true) String language,
    @JsonProperty("canonical_url") @Schema(nullable = true) String canonicalUrl,
    @JsonProperty("og_title") @Schema(nullable = true) String ogTitle,
    @JsonProperty("og_description") @Schema(nullable = true) String ogDescription,
    @JsonProperty("og_image") @Schema(nullable = true) String ogImage,
    @JsonProperty("site_name") @Schema(nullable = true) String siteName,
    @JsonProperty("degraded")
        @Schema(nullable = true, description = "true: plain-text extraction over budget")
        Boolean degraded,
    @JsonProperty("duration_ms") @Schema(nullable = true) Long durationMs,
    @JsonProperty("retry_count") @Schema(nullable = true) Integer retryCount,
    @JsonProperty("scraped_at") @Schema(nullable = true) Instant scrapedAt) {}
