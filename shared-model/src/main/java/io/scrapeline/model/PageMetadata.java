package io.scrapeline.model;

import java.time.Instant;

/**
 * What is known about a fetched page; every field is null when unknown (e.g. after a DNS failure).
 *
 * @param statusCode the final HTTP status, 100..599
 * @param finalUrl the URL after redirects
 * @param contentType the Content-Type header as served
 * @param title the document title
 * @param description the meta description
 * @param language the document language (html lang or Content-Language)
 * @param canonicalUrl the link rel=canonical target
 * @param ogTitle the og:title property
 * @param ogDescription the og:description property
 * @param ogImage the og:image property
 * @param siteName the og:site_name property
 * @param degraded true when the page went over the worker's extraction budget (time or Markdown
 *     size) and its content is a plain-text extraction; false when it was extracted in full; null
 *     when nothing was extracted (e.g. a failed item)
 * @param durationMs time spent on the item, all attempts included, at least 0
 * @param retryCount how many retries were made, at least 0
 * @param scrapedAt when the worker finished the item
 */
public record PageMetadata(
    Integer statusCode,
    String finalUrl,
    String contentType,
    String title,
    String description,
    String language,
    String canonicalUrl,
    String ogTitle,
    String ogDescription,
    String ogImage,
    String siteName,
    Boolean degraded,
    Long durationMs,
    Integer retryCount,
    Instant scrapedAt) {

  /** Checks the numeric fields that are present. */
  public PageMetadata {
    if (statusCode != null) {
      Require.between(statusCode, 100, 599, "statusCode");
    }
    Require.nullOrAtLeast(durationMs, 0L, "durationMs");
    Require.nullOrAtLeast(retryCount, 0, "retryCount");
  }
}
