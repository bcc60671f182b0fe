package io.scrapeline.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.UUID;

/**
 * The outcome of one scrape request; the message on scrape.results, keyed by batch id.
 *
 * @param v the schema version, see {@link WireMessage#CURRENT_VERSION}
 * @param batchId the batch of the request
 * @param inputIndex the request's input index
 * @param url the URL as requested
 * @param status {@code completed} or {@code failed}, nothing else
 * @param data the extracted outputs: required when completed, null when failed
 * @param metadata what is known about the page; may be null
 * @param error why it failed: required when failed, null when completed
 */
public record ScrapeResult(
    @JsonProperty(required = true) int v,
    UUID batchId,
    @JsonProperty(required = true) int inputIndex,
    String url,
    ItemStatus status,
    ScrapeData data,
    PageMetadata metadata,
    ItemError error)
    implements WireMessage {

  /** Validates the fields and that data and error match the status. */
  public ScrapeResult {
    WireMessage.checkVersion(v);
    Require.nonNull(batchId, "batchId");
    Require.atLeast(inputIndex, 0, "inputIndex");
    Require.nonBlank(url, "url");
    Require.nonNull(status, "status");
    switch (status) {
      case COMPLETED -> {
        if (error != null) {
          throw new IllegalArgumentException("a completed result must not carry an error");
        }
        if (data == null) {
          throw new IllegalArgumentException("a completed result must carry data");
        }
      }
      case FAILED -> {
        if (error == null) {
          throw new IllegalArgumentException("a failed result must carry an error");
        }
        if (data != null) {
          throw new IllegalArgumentException("a failed result must not carry data");
        }
      }
      default ->
          throw new IllegalArgumentException(
              "a result's status must be completed or failed, not " + status.code());
    }
  }

  /** A successful result in the current schema version. */
  public static ScrapeResult completed(
      UUID batchId, int inputIndex, String url, ScrapeData data, PageMetadata metadata) {
    return new ScrapeResult(
        CURRENT_VERSION, batchId, inputIndex, url, ItemStatus.COMPLETED, data, metadata, null);
  }

  /** A failed result in the current schema version; {@code metadata} holds whatever is known. */
  public static ScrapeResult failed(
      UUID batchId, int inputIndex, String url, ItemError error, PageMetadata metadata) {
    return new ScrapeResult(
        CURRENT_VERSION, batchId, inputIndex, url, ItemStatus.FAILED, null, metadata, error);
  }
}
