package io.scrapeline.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to fetch and extract a page: the settings of a batch, carried by each of its requests.
 *
 * @param formats the outputs to produce, in request order without duplicates; never empty
 * @param onlyMainContent drop navigation, headers, footers, forms and similar boilerplate
 * @param includeTags CSS selectors (tag, .class, #id) to keep; empty keeps everything
 * @param excludeTags CSS selectors to drop before extraction
 * @param headers extra request headers sent with the fetch
 * @param timeoutMs the time budget of one fetch attempt, {@value #MIN_TIMEOUT_MS}..{@value
 *     #MAX_TIMEOUT_MS}
 * @param maxRetries how often a retriable failure is retried, 0..{@value #MAX_RETRIES}
 */
public record ScrapeOptions(
    List<Format> formats,
    @JsonProperty(required = true) boolean onlyMainContent,
    List<String> includeTags,
    List<String> excludeTags,
    Map<String, String> headers,
    @JsonProperty(required = true) int timeoutMs,
    @JsonProperty(required = true) int maxRetries) {

  public static final int MIN_TIMEOUT_MS = 1_000;
  public static final int MAX_TIMEOUT_MS = 300_000;
  public static final int DEFAULT_TIMEOUT_MS = 30_000;
  public static final int MAX_RETRIES = 10;
  public static final int DEFAULT_MAX_RETRIES = 2;

  /** The most request headers a scrape may set: a browser sends about 15. */
  public static final int MAX_HEADERS = 50;

  /** The longest value of one such header, in characters; servers refuse far less than this. */
  public static final int MAX_HEADER_VALUE_CHARS = 8192;

  /**
   * Headers a request may not set: they describe the connection or the message framing, which
   * belong to our HTTP client, and setting them is how request smuggling and host confusion start.
   * Lower case.
   */
  public static final java.util.Set<String> FORBIDDEN_HEADERS =
      java.util.Set.of(
          "host",
          "content-length",
          "connection",
          "transfer-encoding",
          "upgrade",
          "te",
          "trailer",
          "keep-alive",
          "expect",
          "proxy-authorization",
          "proxy-connection");

  /** An HTTP header field name (RFC 9110 token). */
  private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  /** Validates every field and takes immutable copies; null tags and headers read as empty. */
  public ScrapeOptions {
    formats = distinctFormats(formats);
    includeTags = Require.nonBlankEntries(includeTags, "includeTags");
    excludeTags = Require.nonBlankEntries(excludeTags, "excludeTags");
    headers = checkedHeaders(headers);
    Require.between(timeoutMs, MIN_TIMEOUT_MS, MAX_TIMEOUT_MS, "timeoutMs");
    Require.between(maxRetries, 0, MAX_RETRIES, "maxRetries");
  }

  /** Markdown of the main content, no tag filters or headers, 30 s timeout, 2 retries. */
  public static ScrapeOptions defaults() {
    return new ScrapeOptions(
        List.of(Format.MARKDOWN),
        true,
        List.of(),
        List.of(),
        Map.of(),
        DEFAULT_TIMEOUT_MS,
        DEFAULT_MAX_RETRIES);
  }

  private static List<Format> distinctFormats(List<Format> formats) {
    Require.nonNull(formats, "formats");
    if (formats.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException("formats must not contain null");
    }
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("formats must not be empty");
    }
    return List.copyOf(new ArrayList<>(new LinkedHashSet<>(formats)));
  }

  private static Map<String, String> checkedHeaders(Map<String, String> headers) {
    if (headers == null) {
      return Map.of();
    }
    if (headers.size() > MAX_HEADERS) {
      throw new IllegalArgumentException(
          "at most " + MAX_HEADERS + " headers may be set (" + headers.size() + " given)");
    }
    Map<String, String> copy = new LinkedHashMap<>();
    headers.forEach(
        (name, value) -> {
          if (name == null || !HEADER_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("header name '" + name + "' is not a valid token");
          }
          if (FORBIDDEN_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException("header '" + name + "' may not be set");
          }
          if (value == null || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException(
                "header '" + name + "' must have a value without line breaks");
          }
          if (value.length() > MAX_HEADER_VALUE_CHARS) {
            throw new IllegalArgumentException(
                "header '" + name + "' is longer than " + MAX_HEADER_VALUE_CHARS + " characters");
          }
          copy.put(name, value);
        });
    return Collections.unmodifiableMap(copy);
  }
}
