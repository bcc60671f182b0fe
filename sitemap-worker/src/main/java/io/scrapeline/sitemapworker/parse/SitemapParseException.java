package io.scrapeline.sitemapworker.parse;

import io.scrapeline.model.ItemErrorCode;

/**
 * A sitemap that cannot be read: malformed XML, an unknown format ({@code parse_error}), or more
 * bytes than allowed once decoded ({@code body_too_large}).
 */
public final class SitemapParseException extends Exception {

  private final ItemErrorCode code;

  public SitemapParseException(String message) {
    this(ItemErrorCode.PARSE_ERROR, message, null);
  }

  public SitemapParseException(String message, Throwable cause) {
    this(ItemErrorCode.PARSE_ERROR, message, cause);
  }

  private SitemapParseException(ItemErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  /** A sitemap over the decoded byte cap. */
  static SitemapParseException tooLarge(long maxBytes, String when) {
    return new SitemapParseException(
        ItemErrorCode.BODY_TOO_LARGE, "sitemap larger than " + maxBytes + " bytes" + when, null);
  }

  /** The item error code the input fails with when this was its only sitemap. */
  public ItemErrorCode code() {
    return code;
  }
}
