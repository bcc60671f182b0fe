package io.scrapeline.gateway.auth;

import io.scrapeline.gateway.rest.ApiException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every {@code /v1} call, and every {@code /v2} call of the Firecrawl-compatible API, needs a known
 * key; the tenant it maps to travels as a request property.
 */
public class AuthenticationFilter {

  public static final String TENANT_PROPERTY = "scrapeline.tenant";

  private final Authenticator authenticator;

  public AuthenticationFilter(Authenticator authenticator) {
    this.authenticator = authenticator;
  }

  @ServerRequestFilter(preMatching = true)
  public void authenticate(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (!isApiPath(path)) {
      return;
    }
    String tenant =
        authenticator
            .tenant(
                request.getHeaderString(HttpHeaders.AUTHORIZATION),
                request.getHeaderString("X-Api-Key"))
            .orElseThrow(
                () ->
                    ApiException.unauthorized(
                        "a valid API key is required: Authorization: Bearer <key> or X-Api-Key: <key>"));
    request.setProperty(TENANT_PROPERTY, tenant);
  }

  private static boolean isApiPath(String path) {
    return path.startsWith("/v1/")
        || path.equals("/v1")
        || path.startsWith("/v2/")
        || path.equals("/v2");
  }
}
