package io.scrapeline.gateway.rest.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code GET /v1/batch/{kind}}: one page of the tenant's batches, newest first. */
@Schema(name = "BatchList")
public record BatchListDoc(
    @JsonProperty("jobs") @Schema(required = true) List<BatchListJobDoc> jobs,
    @JsonProperty("pagination") @Schema(required = true) PaginationDoc pagination) {}
