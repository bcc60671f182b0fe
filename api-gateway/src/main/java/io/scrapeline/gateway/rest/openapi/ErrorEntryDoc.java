package io.scrapeline.gateway.rest.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One failed item of an error report. */
@Schema(name = "ErrorEntry")
public record ErrorEntryDoc(
    @JsonProperty("input_index") @Schema(required = true) int inputIndex,
    @JsonProperty("url") @Schema(required = true) String url,
    @JsonProperty("code") @Schema(required = true, description = "An item error code") String code,
    @JsonProperty("message") @Schema(required = true) String message,
    @JsonProperty("status_code") @Schema(nullable = true) Integer statusCode) {}
