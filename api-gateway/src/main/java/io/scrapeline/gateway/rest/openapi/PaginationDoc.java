package io.scrapeline.gateway.rest.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a batch list page stands. */
@Schema(name = "Pagination")
public record PaginationDoc(
    @JsonProperty("page") @Schema(required = true) int page,
    @JsonProperty("limit") @Schema(required = true) int limit,
    @JsonProperty("total") @Schema(required = true, description = "Batches in all pages")
        long total,
    @JsonProperty("total_pages") @Schema(required = true) long totalPages) {}
