package io.scrapeline.gateway.firecrawl;

import java.net.URI;
import java.util.UUID;

/**
 * The absolute URL where a batch's Firecrawl status is read: the {@code url} of a submit answer and
 * the base of every {@code next}. Firecrawl's v1 SDK fetches {@code next} with a bare HTTP GET, so
 * it must be absolute. On the {@code /v1/batch/scrape} paths, which the native API shares, the URL
 * carries the {@code compat=firecrawl} opt-in so that following it always yields Firecrawl shapes.
 *
 * @param base the gateway's base URI as the client reached it, e.g. {@code http://host:8080/}
 * @param path the status path, e.g. {@code /v2/batch/scrape/<id>}
 * @param optIn whether to add {@code compat=firecrawl}
 */
public record StatusUrl(URI base, String path, boolean optIn) {

  /** A batch's status on the batch scrape endpoint of {@code version}. */
  public static StatusUrl batch(URI base, FirecrawlVersion version, UUID id) {
    return new StatusUrl(
        base, version.prefix() + "/batch/scrape/" + id, version == FirecrawlVersion.V1);
  }

  /** A batch's status on {@code /v1/crawl/<id>}, where the v1 SDK polls batches. */
  public static StatusUrl crawl(URI base, UUID id) {
    return new StatusUrl(base, "/v1/crawl/" + id, false);
  }

  /** The status URL itself. */
  public String url() {
    return root() + path + (optIn ? "?" + optInQuery() : "");
  }

  /** The status URL of {@code page}. */
  public String page(FirecrawlPage page) {
    return root()
        + path
        + "?skip="
        + page.skip()
        + "&limit="
        + page.limit()
        + (optIn ? "&" + optInQuery() : "");
  }

  private String root() {
    String root = base.toString();
    return root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
  }

  private static String optInQuery() {
    return FirecrawlDetection.OPT_IN_QUERY + "=" + FirecrawlDetection.OPT_IN_VALUE;
  }
}
