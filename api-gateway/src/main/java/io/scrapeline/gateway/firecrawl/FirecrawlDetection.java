package io.scrapeline.gateway.firecrawl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a request on a path that the native API and Firecrawl's v1 share ({@code
 * /v1/batch/scrape...}, {@code /v1/scrape}) speaks Firecrawl. Native answers are the default; a
 * request gets Firecrawl's shapes when
 *
 * <ul>
 *   <li>it opts in: header {@code X-Scrapeline-Compat: firecrawl} or query {@code
 *       compat=firecrawl};
 *   <li>its JSON body uses Firecrawl's vocabulary: a top-level field only Firecrawl has ({@code
 *       origin}, which both official SDKs add to every body, or a camelCase option such as {@code
 *       onlyMainContent}), a format only Firecrawl names ({@code rawHtml}, {@code screenshot},
 *       ...), or a webhook given as a bare URL. The native API refuses every such body, so no valid
 *       native request changes meaning;
 *   <li>it is a bodiless GET or DELETE carrying the JS SDK's v1 fingerprint: {@code Content-Type:
 *       application/json} together with an axios {@code User-Agent}. The v1 client sends that
 *       content type on every request, which plain HTTP clients do not on a request without body.
 * </ul>
 */
public final class FirecrawlDetection {

  public static final String OPT_IN_HEADER = "X-Scrapeline-Compat";
  public static final String OPT_IN_QUERY = "compat";
  public static final String OPT_IN_VALUE = "firecrawl";

  /** The HTTP client of @mendable/firecrawl-js, which names itself {@code axios/<version>}. */
  static final String SDK_USER_AGENT_PREFIX = "axios/";

  /** Every field a native scrape, single-scrape or sitemap body may carry (API.md). */
  private static final Set<String> NATIVE_FIELDS =
      Set.of(
          "urls",
          "url",
          "formats",
          "only_main_content",
          "include_tags",
          "exclude_tags",
          "headers",
          "timeout_ms",
          "max_retries",
          "ignore_invalid_urls",
          "webhook",
          "max_urls",
          "follow_index",
          "scrape");

  private FirecrawlDetection() {}

  /** The explicit opt-in, by header or by query parameter. */
  public static boolean optedIn(String header, List<String> queryValues) {
    if (header != null && header.trim().equalsIgnoreCase(OPT_IN_VALUE)) {
      return true;
    }
    return queryValues != null
        && queryValues.stream().anyMatch(value -> value.trim().equalsIgnoreCase(OPT_IN_VALUE));
  }

  /** The Firecrawl JS SDK's v1 client reading a batch (its GETs and DELETEs have no body). */
  public static boolean isSdkRead(String method, String userAgent, String contentType) {
    if (!"GET".equals(method) && !"DELETE".equals(method)) {
      return false;
    }
    return userAgent != null
        && userAgent.trim().toLowerCase(Locale.ROOT).startsWith(SDK_USER_AGENT_PREFIX)
        && contentType != null
        && contentType.split(";", 2)[0].trim().equalsIgnoreCase("application/json");
  }

  /** Whether a request body uses vocabulary that only Firecrawl has. */
  public static boolean speaksFirecrawl(JsonNode body) {
    if (body == null || !body.isObject()) {
      return false;
    }
    Iterator<String> names = body.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!NATIVE_FIELDS.contains(name) && FirecrawlFields.isFirecrawlField(name)) {
        return true;
      }
    }
    if (body.path("webhook").isTextual()) {
      return true;
    }
    for (JsonNode format : body.path("formats")) {
      if (format.isObject()
          || (format.isTextual() && FirecrawlFields.isFirecrawlOnlyFormat(format.textValue()))) {
        return true;
      }
    }
    return false;
  }
}
