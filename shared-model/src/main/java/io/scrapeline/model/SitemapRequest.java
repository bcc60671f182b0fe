package io.scrapeline.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * Asks a sitemap worker to list one sitemap's or site's links; the message on sitemap.requests.
 *
 * <p>Keyed by host, like scrape requests.
 *
 * @param v the schema version, see {@link WireMessage#CURRENT_VERSION}
 * @param batchId the batch the input belongs to
 * @param tenant the tenant that owns the batch
 * @param inputIndex the input's 0-based position in the submitted list
 * @param url a sitemap URL or a site root
 * @param maxUrls the cap on links collected for this input, at least 1
 * @param followIndex whether sitemap indexes are followed
 * @param enqueuedAt when the gateway published the request
 */
public record SitemapRequest(
    @JsonProperty(required = true) int v,
    UUID batchId,
    String tenant,
    @JsonProperty(required = true) int inputIndex,
    String url,
    @JsonProperty(required = true) int maxUrls,
    @JsonProperty(required = true) boolean followIndex,
    Instant enqueuedAt)
    implements WireMessage {

  /** Validates every field; see the component docs. */
  public SitemapRequest {
    WireMessage.checkVersion(v);
    Require.nonNull(batchId, "batchId");
    Require.nonBlank(tenant, "tenant");
    Require.atLeast(inputIndex, 0, "inputIndex");
    Require.nonBlank(url, "url");
    Require.atLeast(maxUrls, 1, "maxUrls");
    Require.nonNull(enqueuedAt, "enqueuedAt");
  }

  /** A request in the current schema version. */
  public static SitemapRequest of(
      UUID batchId,
      String tenant,
      int inputIndex,
      String url,
      int maxUrls,
      boolean followIndex,
      Instant enqueuedAt) {
    return new SitemapRequest(
        CURRENT_VERSION, batchId, tenant, inputIndex, url, maxUrls, followIndex, enqueuedAt);
  }
}
