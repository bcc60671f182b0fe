package io.scrapeline.gateway.firecrawl;

import io.scrapeline.model.internal.ApiError;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Sends each request to the native API or to the Firecrawl layer, before resources are matched.
 *
 * <ul>
 *   <li>{@code /v2/...} and {@code /v1/crawl/...} are Firecrawl's alone.
 *   <li>On the paths both share, GET and DELETE go to the Firecrawl layer only when {@link
 *       FirecrawlDetection} recognises a Firecrawl client by its headers or query; everything else
 *       stays with the native resources, untouched.
 *   <li>A POST to a shared path can only be told by its body, which a filter cannot read without
 *       blocking the event loop; it goes to {@link FirecrawlV1Resource}, which reads the body and
 *       hands native requests to the native resource unchanged.
 * </ul>
 *
 * Firecrawl requests are marked with {@link #FIRECRAWL}, so that their errors take Firecrawl's
 * shape ({@link FirecrawlErrorBodies}). The filter runs before authentication so that a 401 is in
 * the right shape too.
 */
public class FirecrawlRouting {

  /** Request property set on every request the Firecrawl layer answers. */
  public static final String FIRECRAWL = "scrapeline.firecrawl";

  /** Where shared-path requests are routed to; not reachable from outside. */
  public static final String INTERNAL_V1 = "/v1/firecrawl-compat";

  private static final Pattern FIRECRAWL_ONLY = Pattern.compile("^/(v2(/.*)?|v1/crawl(/.*)?)$");
  private static final Pattern SHARED_POST = Pattern.compile("^/v1/(batch/scrape|scrape)/?$");
  private static final Pattern SHARED_READ =
      Pattern.compile("^/v1/batch/scrape/[^/]+(/errors)?/?$");

  /** Marks a request as answered by the Firecrawl layer. */
  public static void mark(ContainerRequestContext request) {
    request.setProperty(FIRECRAWL, Boolean.TRUE);
  }

  public static boolean isMarked(ContainerRequestContext request) {
    return Boolean.TRUE.equals(request.getProperty(FIRECRAWL));
  }

  @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION - 100)
  public Response route(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (path.startsWith(INTERNAL_V1)) {
      return Response.status(404)
          .type(MediaType.APPLICATION_JSON)
          .entity(ApiError.of("not_found", "no such resource"))
          .build();
    }
    if (FIRECRAWL_ONLY.matcher(path).matches()) {
      mark(request);
      return null;
    }
    String method = request.getMethod();
    boolean post = "POST".equals(method) && SHARED_POST.matcher(path).matches();
    boolean read =
        ("GET".equals(method) || "DELETE".equals(method)) && SHARED_READ.matcher(path).matches();
    if (!post && !read) {
      return null;
    }
    boolean firecrawl =
        FirecrawlDetection.optedIn(
                request.getHeaderString(FirecrawlDetection.OPT_IN_HEADER),
                request.getUriInfo().getQueryParameters().get(FirecrawlDetection.OPT_IN_QUERY))
            || FirecrawlDetection.isSdkRead(
                method,
                request.getHeaderString(HttpHeaders.USER_AGENT),
                request.getHeaderString(HttpHeaders.CONTENT_TYPE));
    if (firecrawl) {
      mark(request);
    }
    if (firecrawl || post) {
      request.setRequestUri(internal(request.getUriInfo().getRequestUri()));
    }
    return null;
  }

  /** The same request on the internal path: {@code /v1/x} becomes {@code INTERNAL_V1/x}. */
  static URI internal(URI requestUri) {
    String path = requestUri.getRawPath();
    int v1 = path.indexOf("/v1/");
    String rewritten = path.substring(0, v1) + INTERNAL_V1 + path.substring(v1 + "/v1".length());
    String query = requestUri.getRawQuery() == null ? "" : "?" + requestUri.getRawQuery();
    return URI.create(
        requestUri.getScheme() + "://" + requestUri.getRawAuthority() + rewritten + query);
  }
}
