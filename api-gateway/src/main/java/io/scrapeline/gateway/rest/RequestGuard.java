package io.scrapeline.gateway.rest;

import io.scrapeline.gateway.auth.AuthenticationFilter;
import io.scrapeline.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Map;
import java.util.UUID;

/** Checks every endpoint shares: body type and size, the tenant, ids, the Idempotency-Key. */
@ApplicationScoped
public class RequestGuard {

  static final int MAX_IDEMPOTENCY_KEY_LENGTH = 255;

  private final GatewayConfig config;

  public RequestGuard(GatewayConfig config) {
    this.config = config;
  }

  public String tenant(ContainerRequestContext request) {
    Object tenant = request.getProperty(AuthenticationFilter.TENANT_PROPERTY);
    if (tenant == null) {
      throw ApiException.unauthorized("a valid API key is required");
    }
    return tenant.toString();
  }

  public void requireJsonBody(String contentType, byte[] body) {
    if (contentType == null || !isJson(contentType)) {
      throw new ApiException(
          415,
          "unsupported_media_type",
          "the body must be JSON (Content-Type: application/json)",
          null);
    }
    if (body != null && body.length > config.maxBodyBytes()) {
      throw new ApiException(
          413,
          "request_too_large",
          "the request body is larger than " + config.maxBodyBytes() + " bytes",
          Map.of("max_body_bytes", config.maxBodyBytes()));
    }
  }

  /** An unknown, malformed or foreign id is "not found" alike: existence never leaks. */
  public UUID batchId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw ApiException.notFound();
    }
  }

  /** An item's input index in a path; what is not one names no item, so it is not found. */
  public int inputIndex(String raw) {
    try {
      int index = Integer.parseInt(raw);
      if (index >= 0) {
        return index;
      }
    } catch (NumberFormatException e) {
      // not an index: not found either
    }
    throw ApiException.notFound();
  }

  public String idempotencyKey(String key) {
    if (key != null && key.length() > MAX_IDEMPOTENCY_KEY_LENGTH) {
      throw ApiException.invalidRequest(
          "Idempotency-Key may be at most " + MAX_IDEMPOTENCY_KEY_LENGTH + " characters");
    }
    return key;
  }

  private static boolean isJson(String contentType) {
    String type = contentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
    return type.equals("application/json") || type.endsWith("+json");
  }
}
