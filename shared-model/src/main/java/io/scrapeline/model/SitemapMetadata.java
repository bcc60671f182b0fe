package io.scrapeline.model;

/**
 * What is known about the discovery of one sitemap input; each field is null when unknown.
 *
 * @param sitemapsFetched how many sitemap documents were fetched, indexes included
 * @param statusCode the HTTP status of the first document, 100..599
 * @param durationMs time spent on the input, at least 0
 */
public record SitemapMetadata(Integer sitemapsFetched, Integer statusCode, Long durationMs) {

  /** Checks the fields that are present. */
  public SitemapMetadata {
    Require.nullOrAtLeast(sitemapsFetched, 0, "sitemapsFetched");
    if (statusCode != null) {
      Require.between(statusCode, 100, 599, "statusCode");
    }
    Require.nullOrAtLeast(durationMs, 0L, "durationMs");
  }
}
