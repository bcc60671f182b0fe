package io.scrapeline.gateway.auth;

import io.scrapeline.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Resolves the tenant of a request from {@code Authorization: Bearer <key>} or {@code X-Api-Key:
 * <key>}.
 */
@ApplicationScoped
public class Authenticator {

  private final ApiKeys keys;

  public Authenticator(GatewayConfig config) {
    this.keys = ApiKeys.parse(config.apiKeys().orElse(""));
  }

  public Optional<String> tenant(String authorization, String apiKey) {
    if (authorization != null && !authorization.isBlank()) {
      String[] parts = authorization.trim().split("\\s+", 2);
      if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
        return Optional.empty();
      }
      return keys.tenantOf(parts[1].trim());
    }
    if (apiKey != null) {
      return keys.tenantOf(apiKey.trim());
    }
    return Optional.empty();
  }
}
