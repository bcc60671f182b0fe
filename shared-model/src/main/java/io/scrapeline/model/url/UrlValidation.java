package io.scrapeline.model.url;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decides whether a submitted URL may enter the pipeline, and which host key partitions it. */
public final class UrlValidation {

  /** The longest URL accepted, in characters. */
  public static final int MAX_LENGTH = 2048;

  /** RFC 3986 appendix B, reduced to scheme, authority and the rest. */
  private static final Pattern SHAPE =
      Pattern.compile("([^:/?#]+):(?://([^/?#]*))?(.*)", Pattern.DOTALL);

  private UrlValidation() {}

  /** Why {@code url} is not acceptable, or empty when it is. */
  public static Optional<String> problem(String url) {
    try {
      asciiUri(url);
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
  }

  /**
   * The lower-cased host of {@code url}, in ASCII (punycode) form, without a trailing dot: the
   * Kafka key that puts all requests for one host on one partition.
   *
   * @throws IllegalArgumentException with the problem when {@code url} is not acceptable
   */
  public static String hostKey(String url) {
    String host = asciiUri(url).getHost().toLowerCase(Locale.ROOT);
    return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
  }

  /**
   * {@code url} as a URI whose host is in ASCII (punycode) form, ready to fetch.
   *
   * @throws IllegalArgumentException with the problem when {@code url} is not acceptable
   */
  public static URI asciiUri(String url) {
    checkCharacters(url);
    Matcher parts = SHAPE.matcher(url);
    if (!parts.matches()) {
      throw invalid("url has no scheme");
    }
    String scheme = parts.group(1);
    if (!scheme.equalsIgnoreCase("http") && !scheme.equalsIgnoreCase("https")) {
      throw invalid("scheme '" + scheme + "' is not http or https");
    }
    String authority = parts.group(2);
    if (authority == null || authority.isEmpty()) {
      throw invalid("url has no host");
    }
    if (authority.indexOf('@') >= 0) {
      throw invalid("url must not contain credentials (user info)");
    }
    URI uri;
    try {
      uri = new URI(scheme + "://" + asciiAuthority(authority) + parts.group(3));
    } catch (URISyntaxException e) {
      throw invalid("url is not parseable: " + e.getReason() + " at index " + e.getIndex());
    }
    if (uri.getHost() == null) {
      throw invalid("url has no valid host and port in '" + authority + "'");
    }
    if (uri.getPort() > 65_535) {
      throw invalid("port " + uri.getPort() + " is out of range");
    }
    return uri;
  }

  private static void checkCharacters(String url) {
    if (url == null) {
      throw invalid("url is missing");
    }
    if (url.isBlank()) {
      throw invalid("url is blank");
    }
    if (url.length() > MAX_LENGTH) {
      throw invalid("url is longer than " + MAX_LENGTH + " characters (" + url.length() + ")");
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
        throw invalid("url contains whitespace or a control character at index " + i);
      }
    }
  }

  /** The authority with an internationalised host turned into its ASCII form; port kept. */
  private static String asciiAuthority(String authority) {
    if (authority.startsWith("[") || authority.chars().allMatch(c -> c < 0x80)) {
      return authority;
    }
    int colon = authority.lastIndexOf(':');
    String host = colon < 0 ? authority : authority.substring(0, colon);
    String port = colon < 0 ? "" : authority.substring(colon);
    try {
      return IDN.toASCII(host) + port;
    } catch (IllegalArgumentException e) {
      throw invalid("host '" + host + "' is not a valid internationalised domain name");
    }
  }

  private static IllegalArgumentException invalid(String problem) {
    return new IllegalArgumentException(problem);
  }
}
