package io.scrapeline.gateway.rest;

import io.scrapeline.model.internal.ApiError;
import java.util.Map;

/** A refusal with its HTTP status and API error body; the one exception mapper renders it. */
public final class ApiException extends RuntimeException {

  private final int status;
  private final ApiError error;
  private final Integer retryAfterSeconds;

  public ApiException(int status, String code, String message, Map<String, Object> details) {
    this(status, new ApiError(code, message, details), null);
  }

  private ApiException(int status, ApiError error, Integer retryAfterSeconds) {
    super(error.code() + ": " + error.message(), null, false, false);
    this.status = status;
    this.error = error;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public static ApiException invalidRequest(String message) {
    return new ApiException(400, "invalid_request", message, null);
  }

  public static ApiException unauthorized(String message) {
    return new ApiException(401, "unauthorized", message, null);
  }

  public static ApiException notFound() {
    return new ApiException(404, "not_found", "no such batch", null);
  }

  public static ApiException rateLimited(String message, int retryAfterSeconds) {
    return new ApiException(429, ApiError.of("rate_limited", message), retryAfterSeconds);
  }

  public static ApiException unavailable(String message) {
    return new ApiException(503, "unavailable", message, null);
  }

  public int status() {
    return status;
  }

  public ApiError error() {
    return error;
  }

  public Integer retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
