package io.scrapeline.gateway.rest.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code GET /v1/batch/{kind}/{id}/errors}: failed items and robots-blocked URLs. */
@Schema(name = "ErrorReport")
public record ErrorReportDoc(
    @JsonProperty("errors") @Schema(required = true) List<ErrorEntryDoc> errors,
    @JsonProperty("robots_blocked") @Schema(required = true) List<String> robotsBlocked) {}
