package io.scrapeline.gateway.rest.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code GET /v1/batch/scrape/{id}}: counters, config and one page of items. */
@Schema(name = "ScrapeBatchStatus")
public record ScrapeBatchStatusDoc(
    @JsonProperty("id") @Schema(required = true) UUID id,
    @JsonProperty("status")
        @Schema(
            required = true,
            enumeration = {"queued", "running", "completed", "cancelled", "failed"})
        String status,
    @JsonProperty("total") @Schema(required = true) int total,
    @JsonProperty("completed") @Schema(required = true) int completed,
    @JsonProperty("failed") @Schema(required = true) int failed,
    @JsonProperty("cancelled") @Schema(required = true) int cancelled,
    @JsonProperty("pending")
        @Schema(required = true, description = "total - completed - failed - cancelled")
        int pending,
    @JsonProperty("invalid_urls") @Schema(required = true) List<String> invalidUrls,
    @JsonProperty("config") @Schema(required = true) ScrapeOptionsDoc config,
    @JsonProperty("created_at") @Schema(required = true) Instant createdAt,
    @JsonProperty("finished_at") @Schema(nullable = true) Instant finishedAt,
    @JsonProperty("expires_at") @Schema(required = true, description = ApiDocs.EXPIRES_AT)
        Instant expiresAt,
    @JsonProperty("page") @Schema(required = true) int page,
    @JsonProperty("page_size") @Schema(required = true) int pageSize,
    @JsonProperty("next")
        @Schema(nullable = true, description = "Path of the next page; null on the last one")
        String next,
    @JsonProperty("results") @Schema(required = true) List<ItemDoc> results) {}
