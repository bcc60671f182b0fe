package io.scrapeline.fetch.http;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What a response's status and headers mean for the fetch: follow, retry, read or refuse. */
public final class ResponseRules {

  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  /** Rate limiting and gateway trouble pass; other errors would fail again the same way. */
  private static final Set<Integer> RETRIABLE = Set.of(429, 502, 503, 504);

  private ResponseRules() {}

  public static boolean isRedirect(ResponseHead head) {
    return REDIRECTS.contains(head.status()) && head.header("Location") != null;
  }

  public static boolean isRetriable(int status) {
    return RETRIABLE.contains(status);
  }

  /** The lower-case {@code type/subtype} of a Content-Type value, or "" when there is none. */
  public static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    String media = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return media.trim().toLowerCase(Locale.ROOT);
  }

  /** Retry-After as delay-seconds or an HTTP date; empty when absent, unparseable or past. */
  public static Optional<Duration> retryAfter(ResponseHead head) {
    String value = head.header("Retry-After");
    if (value == null) {
      return Optional.empty();
    }
    String trimmed = value.trim();
    try {
      long seconds = Long.parseLong(trimmed);
      return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration until = Duration.between(ZonedDateTime.now(at.getZone()), at);
        return until.isNegative() ? Optional.empty() : Optional.of(until);
      } catch (DateTimeParseException unparseable) {
        return Optional.empty();
      }
    }
  }
}
