package io.scrapeline.resultstore.rest;

import io.scrapeline.model.internal.ApiError;
import io.scrapeline.model.internal.InternalApi;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Lets an internal API call through only with the shared {@code X-Internal-Token}. The token is
 * compared as SHA-256 digests in constant time, so neither its content nor its length leaks through
 * timing.
 */
public class InternalTokenFilter {

  private static final String INTERNAL_PATH = "/internal";

  private final byte[] expectedDigest;

  /**
   * @param token the shared secret, setting {@code scrapeline.internal-token}; it has no default,
   *     so a deployment that forgot it does not start
   */
  InternalTokenFilter(@ConfigProperty(name = "scrapeline.internal-token") String token) {
    this.expectedDigest = digest(token);
  }

  /** Runs before routing, so unknown internal paths are refused alike. */
  @ServerRequestFilter(preMatching = true)
  public RestResponse<ApiError> checkToken(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (!path.equals(INTERNAL_PATH) && !path.startsWith(INTERNAL_PATH + "/")) {
      return null;
    }
    String token = request.getHeaderString(InternalApi.TOKEN_HEADER);
    if (token != null && MessageDigest.isEqual(expectedDigest, digest(token))) {
      return null;
    }
    return RestResponse.ResponseBuilder.create(
            RestResponse.Status.UNAUTHORIZED,
            ApiError.of("unauthorized", "a valid " + InternalApi.TOKEN_HEADER + " is required"))
        .type(MediaType.APPLICATION_JSON_TYPE)
        .build();
  }

  private static byte[] digest(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
