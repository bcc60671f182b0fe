package io.scrapeline.gateway.rest.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A batch's optional webhook: where to POST the completion or cancellation event. */
@Schema(name = "Webhook")
public record WebhookDoc(
    @JsonProperty("url") @Schema(required = true, format = "uri") String url,
    @JsonProperty("events") @Schema(description = "completed and/or cancelled; default both")
        List<String> events) {}
