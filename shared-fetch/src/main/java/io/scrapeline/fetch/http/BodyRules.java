package io.scrapeline.fetch.http;

import java.util.Set;

/**
 * Which response bodies a fetch reads, and how much of them.
 *
 * @param mediaTypes the accepted media types (lower case); empty accepts every type
 * @param acceptMissingType whether a response without Content-Type is read
 * @param maxBytes the cap on the body, on the wire and decompressed alike
 * @param truncate past the cap, keep the first {@code maxBytes} (robots.txt) instead of failing
 *     with body_too_large (pages)
 */
public record BodyRules(
    Set<String> mediaTypes, boolean acceptMissingType, int maxBytes, boolean truncate) {

  /** HTML and XHTML are extracted, text/plain passes through. */
  public static final Set<String> PAGE_TYPES =
      Set.of("text/html", "application/xhtml+xml", "text/plain");

  /** Validates the cap and copies the types. */
  public BodyRules {
    mediaTypes = Set.copyOf(mediaTypes);
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be at least 1");
    }
  }

  /**
   * Pages: HTML, XHTML and plain text. A missing Content-Type passes: servers that send none mostly
   * serve HTML, and the parser copes with anything.
   */
  public static BodyRules pages(int maxBytes) {
    return new BodyRules(PAGE_TYPES, true, maxBytes, false);
  }

  /** Any type, cut at {@code maxBytes} (robots.txt: RFC 9309 asks for at least 500 KiB). */
  public static BodyRules anyTruncated(int maxBytes) {
    return new BodyRules(Set.of(), true, maxBytes, true);
  }

  /** Whether a body of {@code contentType} is read. */
  public boolean accepts(String contentType) {
    String media = ResponseRules.mediaType(contentType);
    if (media.isEmpty()) {
      return acceptMissingType;
    }
    return mediaTypes.isEmpty() || mediaTypes.contains(media);
  }

  /** Whether the body of {@code head} is worth reading: a final, successful, accepted response. */
  public boolean wantsBody(ResponseHead head) {
    return head.status() < 400 && !ResponseRules.isRedirect(head) && accepts(head.contentType());
  }
}
