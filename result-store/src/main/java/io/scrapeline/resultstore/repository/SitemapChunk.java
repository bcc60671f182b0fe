package io.scrapeline.resultstore.repository;

import java.util.UUID;

/**
 * One chunk of a sitemap input's links to store: its place among the input's chunks, the input's
 * whole link count, its own links and the input's metadata as JSON text.
 *
 * @param chunkLinks the number of links in this chunk
 */
public record SitemapChunk(
    UUID batchId,
    int inputIndex,
    int chunkIndex,
    int chunkCount,
    int linkCount,
    int chunkLinks,
    String linksJson,
    String metadataJson) {

  public SitemapInput input() {
    return new SitemapInput(batchId, inputIndex);
  }
}
