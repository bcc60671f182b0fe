package io.scrapeline.gateway.rest.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API error body: {@code {"code", "message", "details"}}. */
@Schema(name = "Error", description = "Every refusal: HTTP status plus this body")
public record ErrorDoc(
    @JsonProperty("code")
        @Schema(
            required = true,
            description =
                "invalid_request, invalid_urls, no_valid_urls, unauthorized, not_found,"
                    + " batch_finished, idempotency_conflict, too_many_urls, request_too_large,"
                    + " unsupported_media_type, method_not_allowed, rate_limited, timeout,"
                    + " internal_error, unavailable")
        String code,
    @JsonProperty("message")
        @Schema(required = true, description = "For people; never a stack trace")
        String message,
    @JsonProperty("details")
        @Schema(
            nullable = true,
            description = "Optional facts, e.g. invalid_urls, max_urls, max_body_bytes")
        Map<String, Object> details) {}
