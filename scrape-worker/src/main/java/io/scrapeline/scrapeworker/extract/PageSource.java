package io.scrapeline.scrapeworker.extract;

import java.net.URI;
import java.util.Objects;

/**
 * A fetched page, as extraction needs it.
 *
 * @param body the decoded body bytes; not copied, never changed
 * @param contentType the Content-Type header as served, or null
 * @param contentLanguage the Content-Language header, or null
 * @param url the final URL: the base of relative links
 */
public record PageSource(byte[] body, String contentType, String contentLanguage, URI url) {

  /** Body and URL are required. */
  public PageSource {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(url, "url");
  }
}
