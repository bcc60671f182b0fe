package io.scrapeline.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One chunk of the links found for a sitemap input; the message on sitemap.results.
 *
 * <p>Keyed by batch id. Large link lists are split into {@code chunkCount} chunks that share
 * everything but {@code links} and {@code chunkIndex}.
 *
 * @param v the schema version, see {@link WireMessage#CURRENT_VERSION}
 * @param batchId the batch of the request
 * @param inputIndex the request's input index
 * @param url the URL as requested
 * @param status {@code completed} or {@code failed}, nothing else
 * @param links this chunk's links (null reads as empty); empty when failed
 * @param chunkIndex this chunk's 0-based position, below {@code chunkCount}
 * @param chunkCount how many chunks the input's links were split into, 1 when failed
 * @param linkCount the number of links across all chunks
 * @param metadata what is known about the discovery; may be null
 * @param error why it failed: required when failed, null when completed
 */
public record SitemapResult(
    @JsonProperty(required = true) int v,
    UUID batchId,
    @JsonProperty(required = true) int inputIndex,
    String url,
    ItemStatus status,
    List<String> links,
    @JsonProperty(required = true) int chunkIndex,
    @JsonProperty(required = true) int chunkCount,
    @JsonProperty(required = true) int linkCount,
    SitemapMetadata metadata,
    ItemError error)
    implements WireMessage {

  /** Validates the fields, the chunk arithmetic, and that links and error match the status. */
  public SitemapResult {
    WireMessage.checkVersion(v);
    Require.nonNull(batchId, "batchId");
    Require.atLeast(inputIndex, 0, "inputIndex");
    Require.nonBlank(url, "url");
    Require.nonNull(status, "status");
    links = Require.nonBlankEntries(links, "links");
    checkChunk(links.size(), chunkIndex, chunkCount, linkCount);
    switch (status) {
      case COMPLETED -> {
        if (error != null) {
          throw new IllegalArgumentException("a completed result must not carry an error");
        }
      }
      case FAILED -> {
        if (error == null) {
          throw new IllegalArgumentException("a failed result must carry an error");
        }
        if (linkCount != 0 || chunkCount != 1) {
          throw new IllegalArgumentException("a failed result must be one chunk without links");
        }
      }
      default ->
          throw new IllegalArgumentException(
              "a result's status must be completed or failed, not " + status.code());
    }
  }

  /** A successful result whose links all fit in one chunk. */
  public static SitemapResult completed(
      UUID batchId, int inputIndex, String url, List<String> links, SitemapMetadata metadata) {
    int count = links == null ? 0 : links.size();
    return new SitemapResult(
        CURRENT_VERSION,
        batchId,
        inputIndex,
        url,
        ItemStatus.COMPLETED,
        links,
        0,
        1,
        count,
        metadata,
        null);
  }

  /** A successful result split into chunks of at most {@code maxLinksPerChunk} links each. */
  public static List<SitemapResult> chunked(
      UUID batchId,
      int inputIndex,
      String url,
      List<String> links,
      int maxLinksPerChunk,
      SitemapMetadata metadata) {
    Require.nonNull(links, "links");
    Require.atLeast(maxLinksPerChunk, 1, "maxLinksPerChunk");
    int chunkCount = Math.max(1, (links.size() + maxLinksPerChunk - 1) / maxLinksPerChunk);
    List<SitemapResult> chunks = new ArrayList<>(chunkCount);
    for (int i = 0; i < chunkCount; i++) {
      int from = i * maxLinksPerChunk;
      int to = Math.min(links.size(), from + maxLinksPerChunk);
      chunks.add(
          new SitemapResult(
              CURRENT_VERSION,
              batchId,
              inputIndex,
              url,
              ItemStatus.COMPLETED,
              links.subList(from, to),
              i,
              chunkCount,
              links.size(),
              metadata,
              null));
    }
    return List.copyOf(chunks);
  }

  /** A failed result: one chunk, no links. */
  public static SitemapResult failed(
      UUID batchId, int inputIndex, String url, ItemError error, SitemapMetadata metadata) {
    return new SitemapResult(
        CURRENT_VERSION,
        batchId,
        inputIndex,
        url,
        ItemStatus.FAILED,
        List.of(),
        0,
        1,
        0,
        metadata,
        error);
  }

  private static void checkChunk(int linksHere, int chunkIndex, int chunkCount, int linkCount) {
    Require.atLeast(chunkCount, 1, "chunkCount");
    Require.between(chunkIndex, 0, chunkCount - 1, "chunkIndex");
    Require.atLeast(linkCount, linksHere, "linkCount");
    if (chunkCount == 1 && linkCount != linksHere) {
      throw new IllegalArgumentException(
          "linkCount of a single chunk must equal its "
              + linksHere
              + " links but was "
              + linkCount);
    }
  }
}
