package io.scrapeline.fetch.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses URLs as browsers accept them: real pages and Location headers carry spaces, non-ASCII
 * characters and stray brackets that {@link URI} rejects, so those are percent-encoded first.
 */
public final class LenientUri {

  private static final String HEX = "0123456789ABCDEF";

  private LenientUri() {}

  /** {@code reference} resolved against {@code base}; empty when it cannot be made a URI. */
  public static Optional<URI> resolve(URI base, String reference) {
    // URI.resolve drops the slash between an empty base path and a relative reference
    // ("http://a.example" + "b" gives "http://a.exampleb"): give the base its root path.
    URI rooted =
        base.getRawPath() == null || base.getRawPath().isEmpty() ? base.resolve("/") : base;
    return parse(reference.trim()).map(rooted::resolve);
  }

  /** {@code text} as a URI, with characters URIs do not allow percent-encoded. */
  public static Optional<URI> parse(String text) {
    try {
      return Optional.of(new URI(encodeIllegal(text)));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code uri} is absolute http(s) with a host: the only links we fetch or report. */
  public static boolean isWeb(URI uri) {
    String scheme = uri.getScheme();
    if (scheme == null || uri.getHost() == null) {
      return false;
    }
    String lower = scheme.toLowerCase(Locale.ROOT);
    return lower.equals("http") || lower.equals("https");
  }

  private static String encodeIllegal(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isAllowed(c)) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
      for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
        out.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
      }
      i = end - 1;
    }
    return out == null ? text : out.toString();
  }

  /** RFC 3986 unreserved, reserved and '%' (already-encoded text stays as it is). */
  private static boolean isAllowed(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "-._~:/?#[]@!$&'()*+,;=%".indexOf(c) >= 0;
  }
}
