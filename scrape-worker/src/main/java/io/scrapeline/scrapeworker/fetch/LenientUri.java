package io.scrapeline.scrapeworker.fetch;

import java.net.URI;
import java.util.Optional;

/**
 * The fetch core's lenient URL parsing ({@link io.scrapeline.fetch.http.LenientUri}), under the
 * name the extraction code links with: links are resolved exactly as redirects are.
 */
public final class LenientUri {

  private LenientUri() {}

  /** {@code reference} resolved against {@code base}; empty when it cannot be made a URI. */
  public static Optional<URI> resolve(URI base, String reference) {
    return io.scrapeline.fetch.http.LenientUri.resolve(base, reference);
  }

  /** {@code text} as a URI, with characters URIs do not allow percent-encoded. */
  public static Optional<URI> parse(String text) {
    return io.scrapeline.fetch.http.LenientUri.parse(text);
  }

  /** Whether {@code uri} is absolute http(s) with a host: the only links we fetch or report. */
  public static boolean isWeb(URI uri) {
    return io.scrapeline.fetch.http.LenientUri.isWeb(uri);
  }
}
