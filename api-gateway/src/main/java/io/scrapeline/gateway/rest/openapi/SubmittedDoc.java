package io.scrapeline.gateway.rest.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a batch submission (202 new, 200 Idempotency-Key replay). */
@Schema(name = "Submitted")
public record SubmittedDoc(
    @JsonProperty("id") @Schema(required = true) UUID id,
    @JsonProperty("status")
        @Schema(
            required = true,
            enumeration = {"queued", "running", "completed", "cancelled", "failed"})
        String status,
    @JsonProperty("total") @Schema(required = true, description = "Valid URLs only") int total,
    @JsonProperty("invalid_urls") @Schema(required = true) List<String> invalidUrls,
    @JsonProperty("status_url") @Schema(required = true, example = "/v1/batch/scrape/0193...")
        String statusUrl) {}
