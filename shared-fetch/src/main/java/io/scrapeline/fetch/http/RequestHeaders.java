package io.scrapeline.fetch.http;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.hc.core5.http.nio.support.AsyncRequestBuilder;

/** Applies a request's own headers to an outgoing request, minus the ones the client must own. */
final class RequestHeaders {

  /**
   * Hop-by-hop and framing headers (a user value would corrupt the exchange or smuggle a second
   * request), proxy credentials, HTTP/2 pseudo-headers, and Accept-Encoding (we can only decode
   * what we ask for).
   */
  private static final Set<String> DENIED =
      Set.of(
          "host",
          "content-length",
          "content-encoding",
          "connection",
          "transfer-encoding",
          "upgrade",
          "http2-settings",
          "te",
          "trailer",
          "keep-alive",
          "expect",
          "accept-encoding");

  private RequestHeaders() {}

  /** Whether a request may set header {@code name}. */
  static boolean allowed(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return !DENIED.contains(lower) && !lower.startsWith("proxy-") && !lower.startsWith(":");
  }

  /** Sets every allowed header of {@code headers} on {@code builder}, replacing defaults. */
  static void apply(AsyncRequestBuilder builder, Map<String, String> headers) {
    headers.forEach(
        (name, value) -> {
          if (allowed(name) && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            builder.setHeader(name, value);
          }
        });
  }
}
