package io.scrapeline.gateway.rest.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an item failed. */
@Schema(name = "ItemError")
public record ItemErrorDoc(
    @JsonProperty("code")
        @Schema(
            required = true,
            enumeration = {
              "blocked_address",
              "robots_disallowed",
              "dns_failure",
              "connect_failed",
              "timeout",
              "tls_error",
              "too_many_redirects",
              "http_error",
              "body_too_large",
              "unsupported_content_type",
              "parse_error",
              "internal_error"
            })
        String code,
    @JsonProperty("message") @Schema(required = true) String message) {}
