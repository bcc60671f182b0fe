package io.scrapeline.scrapeworker.extract;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.internal.StringUtil;

/**
 * Resolves a page's links and image sources against its base URI as jsoup's {@code absUrl} does,
 * but fast: an http(s) URL that is already absolute and clean is taken as it is, a clean
 * root-relative one is joined to the base's origin, and every reference is resolved once per page.
 * Profiling showed {@code absUrl} (a regex per call) at a third of the extraction time on pages
 * with long comment threads.
 */
final class UrlResolver {

  private final String base;
  private final Map<String, String> resolved = new HashMap<>();

  /** The base's scheme and authority ("https://example.com"), null when it has none. */
  private final String origin;

  UrlResolver(String base) {
    this.base = base;
    this.origin = origin(base);
  }

  private static String origin(String base) {
    if (!isCleanAbsoluteWebUrl(base)) {
      return null;
    }
    int start = base.indexOf("//") + 2;
    int end = start;
    while (end < base.length() && "/?#".indexOf(base.charAt(end)) < 0) {
      end++;
    }
    return end > start ? base.substring(0, end) : null;
  }

  /** {@code reference} made absolute; empty when it cannot be. */
  String resolve(String reference) {
    return resolved.computeIfAbsent(reference, this::compute);
  }

  private String compute(String reference) {
    String trimmed = reference.strip();
    if (isCleanAbsoluteWebUrl(trimmed)) {
      return trimmed;
    }
    if (trimmed.startsWith("#") && isClean(trimmed) && isCleanAbsoluteWebUrl(base)) {
      int hash = base.indexOf('#');
      return (hash < 0 ? base : base.substring(0, hash)) + trimmed;
    }
    if (origin != null && isCleanRootRelative(trimmed)) {
      return trimmed.startsWith("//")
          ? origin.substring(0, origin.indexOf(':') + 1) + trimmed
          : origin + trimmed;
    }
    return StringUtil.resolve(base, reference);
  }

  /** "/path?q" or "//host/path" without dot segments, blanks or backslashes. */
  private static boolean isCleanRootRelative(String url) {
    if (!url.startsWith("/") || url.contains("/.")) {
      return false;
    }
    return isClean(url);
  }

  private static boolean isClean(String url) {
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= ' ' || c >= 0x7f || c == '\\') {
        return false;
      }
    }
    return true;
  }

  private static boolean isCleanAbsoluteWebUrl(String url) {
    if (!url.regionMatches(true, 0, "https://", 0, 8)
        && !url.regionMatches(true, 0, "http://", 0, 7)) {
      return false;
    }
    return isClean(url);
  }
}
