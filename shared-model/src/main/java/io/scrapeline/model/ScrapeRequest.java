package io.scrapeline.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * Asks a scrape worker to scrape one URL of a batch; the message on scrape.requests, keyed by host.
 *
 * @param v the schema version, see {@link WireMessage#CURRENT_VERSION}
 * @param batchId the batch the URL belongs to
 * @param tenant the tenant that owns the batch
 * @param inputIndex the URL's 0-based position in the submitted list
 * @param url the URL as submitted (already validated by the gateway)
 * @param options how to fetch and extract it
 * @param enqueuedAt when the gateway published the request
 */
public record ScrapeRequest(
    @JsonProperty(required = true) int v,
    UUID batchId,
    String tenant,
    @JsonProperty(required = true) int inputIndex,
    String url,
    ScrapeOptions options,
    Instant enqueuedAt)
    implements WireMessage {

  /** Validates every field; see the component docs. */
  public ScrapeRequest {
    WireMessage.checkVersion(v);
    Require.nonNull(batchId, "batchId");
    Require.nonBlank(tenant, "tenant");
    Require.atLeast(inputIndex, 0, "inputIndex");
    Require.nonBlank(url, "url");
    Require.nonNull(options, "options");
    Require.nonNull(enqueuedAt, "enqueuedAt");
  }

  /** A request in the current schema version. */
  public static ScrapeRequest of(
      UUID batchId,
      String tenant,
      int inputIndex,
      String url,
      ScrapeOptions options,
      Instant enqueuedAt) {
    return new ScrapeRequest(
        CURRENT_VERSION, batchId, tenant, inputIndex, url, options, enqueuedAt);
  }
}
