package io.scrapeline.model.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.Objects;

/**
 * The one error body of the public API ({@code {"code", "message", "details"}}), also used by the
 * result store's internal API so that the gateway can pass its answers on unchanged.
 *
 * @param code a stable machine-readable code from API.md, e.g. {@code not_found}
 * @param message a sentence for humans; never a stack trace
 * @param details optional structured facts, e.g. {@code max_urls}
 */
public record ApiError(
    String code,
    String message,
    @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> details) {

  public ApiError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  public static ApiError of(String code, String message) {
    return new ApiError(code, message, null);
  }
}
