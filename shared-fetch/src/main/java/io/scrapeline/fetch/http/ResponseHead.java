package io.scrapeline.fetch.http;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;

/**
 * A response's status line and headers, the first value of each name (case-insensitive).
 *
 * @param status the HTTP status code
 * @param headers header values by lower-case name
 */
public record ResponseHead(int status, Map<String, String> headers) {

  /** Takes an immutable copy of the headers. */
  public ResponseHead {
    headers = Map.copyOf(headers);
  }

  /** The head of {@code response}. */
  public static ResponseHead of(HttpResponse response) {
    Map<String, String> first = new TreeMap<>();
    for (Header header : response.getHeaders()) {
      first.putIfAbsent(header.getName().toLowerCase(Locale.ROOT), header.getValue());
    }
    return new ResponseHead(response.getCode(), first);
  }

  /** The first value of header {@code name}, or null. */
  public String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }

  public String contentType() {
    return header("Content-Type");
  }
}
