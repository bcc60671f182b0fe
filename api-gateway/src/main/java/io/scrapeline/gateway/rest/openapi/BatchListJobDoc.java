package io.scrapeline.gateway.rest.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One batch of a batch list. */
@Schema(name = "BatchListJob")
public record BatchListJobDoc(
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
    @JsonProperty("formats") @Schema(nullable = true, description = "config.formats")
        List<String> formats,
    @JsonProperty("created_at") @Schema(required = true) Instant createdAt,
    @JsonProperty("finished_at") @Schema(nullable = true) Instant finishedAt) {}
