package io.scrapeline.resultstore.mapping;

import io.scrapeline.model.BatchKind;
import io.scrapeline.model.ItemError;
import io.scrapeline.model.ScrapeResult;
import io.scrapeline.model.SitemapResult;
import io.scrapeline.resultstore.repository.ItemOutcome;
import io.scrapeline.resultstore.repository.SitemapChunk;
import java.util.Map;

/** Turns the result records of Kafka into the item outcomes the store writes. */
public final class ResultMapper {

  private ResultMapper() {}

  /** A scrape result: {@code data} and {@code metadata} are stored as the wire writes them. */
  public static ItemOutcome outcome(ScrapeResult result) {
    return new ItemOutcome(
        result.batchId(),
        BatchKind.SCRAPE.code(),
        result.inputIndex(),
        result.status().code(),
        StoredJson.write(result.data()),
        StoredJson.write(result.metadata()),
        code(result.error()),
        message(result.error()));
  }

  /**
   * A sitemap result stored at once: its links as {@code {"links": [...]}} (null when failed), its
   * metadata as the wire writes it. Completed results go through {@link #chunk} instead.
   */
  public static ItemOutcome outcome(SitemapResult result) {
    String data = result.error() == null ? StoredJson.write(Map.of("links", result.links())) : null;
    return new ItemOutcome(
        result.batchId(),
        BatchKind.SITEMAP.code(),
        result.inputIndex(),
        result.status().code(),
        data,
        StoredJson.write(result.metadata()),
        code(result.error()),
        message(result.error()));
  }

  /** One chunk of a completed sitemap result: its links and the input's metadata as stored JSON. */
  public static SitemapChunk chunk(SitemapResult result) {
    return new SitemapChunk(
        result.batchId(),
        result.inputIndex(),
        result.chunkIndex(),
        result.chunkCount(),
        result.linkCount(),
        result.links().size(),
        StoredJson.write(result.links()),
        StoredJson.write(result.metadata()));
  }

  private static String code(ItemError error) {
    return error == null ? null : error.code().code();
  }

  private static String message(ItemError error) {
    return error == null ? null : StoredJson.withoutNul(error.message());
  }
}
