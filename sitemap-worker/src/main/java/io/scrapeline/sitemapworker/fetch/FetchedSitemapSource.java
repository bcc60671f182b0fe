package io.scrapeline.sitemapworker.fetch;

import io.scrapeline.fetch.PoliteFetcher;
import io.scrapeline.fetch.http.BodyRules;
import io.scrapeline.fetch.http.FetchOutcome;
import io.scrapeline.fetch.http.FetchRequest;
import io.scrapeline.model.ItemErrorCode;
import io.scrapeline.model.url.UrlValidation;
import io.scrapeline.sitemapworker.parse.SitemapSource;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Sitemap documents (and robots.txt) fetched through shared-fetch, with everything the scrape
 * worker's fetches have: robots.txt, per-host politeness, the address policy on every connection
 * and redirect hop, retries of transient failures, and the byte cap on the body, compressed and
 * decompressed alike (Content-Encoding is undone by the fetcher; a gzip file served as such stays
 * gzip for the parser).
 */
public final class FetchedSitemapSource implements SitemapSource {

  /** What we can parse, best first; servers that negotiate pick XML. */
  static final Map<String, String> HEADERS =
      Map.of(
          "Accept",
          "application/xml, text/xml;q=0.9, application/rss+xml;q=0.8, application/atom+xml;q=0.8,"
              + " text/plain;q=0.7, application/gzip;q=0.6, */*;q=0.1");

  private final PoliteFetcher fetcher;
  private final BodyRules rules;
  private final Duration timeout;
  private final int maxRetries;

  /**
   * @param maxBytes the cap on a sitemap's body, on the wire and decoded alike
   * @param timeout the budget of one fetch attempt, redirects and body included
   * @param maxRetries retries of a transient failure
   */
  public FetchedSitemapSource(
      PoliteFetcher fetcher, int maxBytes, Duration timeout, int maxRetries) {
    this.fetcher = fetcher;
    // Any Content-Type: sitemaps come as XML, gzip, text, feeds, and often as octet-stream or
    // even HTML; the parser tells a sitemap from anything else.
    this.rules = new BodyRules(Set.of(), true, maxBytes, false);
    this.timeout = timeout;
    this.maxRetries = maxRetries;
  }

  @Override
  public Document fetch(String url) throws FetchFailure, InterruptedException {
    URI uri;
    try {
      uri = UrlValidation.asciiUri(url);
    } catch (IllegalArgumentException e) {
      throw new FetchFailure(
          ItemErrorCode.PARSE_ERROR, "not a URL that can be fetched: " + e.getMessage(), null);
    }
    FetchOutcome outcome =
        fetcher.fetch(new FetchRequest(uri, HEADERS, timeout, maxRetries), rules);
    if (!outcome.succeeded()) {
      throw new FetchFailure(
          outcome.error().code(), outcome.error().message(), outcome.statusCode());
    }
    return new Document(outcome.statusCode(), outcome.contentType(), outcome.body());
  }
}
