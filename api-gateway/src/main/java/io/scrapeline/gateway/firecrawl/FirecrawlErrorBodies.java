package io.scrapeline.gateway.firecrawl;

import io.scrapeline.model.internal.ApiError;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Errors of Firecrawl requests in Firecrawl's shape, {@code {"success": false, "error", "code"}}:
 * the one exception mapper renders every refusal as the native API error, and this filter rewrites
 * those of requests that {@link FirecrawlRouting} marked. Native requests keep the native body.
 */
public class FirecrawlErrorBodies {

  @ServerResponseFilter
  public void inFirecrawlShape(ContainerRequestContext request, ContainerResponseContext response) {
    if (FirecrawlRouting.isMarked(request) && response.getEntity() instanceof ApiError error) {
      response.setEntity(FirecrawlResponses.error(error));
    }
  }
}
