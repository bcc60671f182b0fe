package io.scrapeline.resultstore.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Plain SQL on sitemap_chunks: storing chunks idempotently, finding the inputs whose chunks are all
 * there, and reading an input's links in order. Every method joins the caller's transaction.
 */
@ApplicationScoped
public class SitemapChunkRepository {

  /**
   * Chunks of an earlier discovery of the same input that disagree with the arriving one (another
   * chunk or link count: the worker redid the input after a crash and the sitemap had changed). The
   * later discovery wins; it publishes all its chunks again. Only while the item is pending.
   */
  private static final String DELETE_OTHER_RUN =
      """
      DELETE FROM sitemap_chunks c
      WHERE c.batch_id = ? AND c.input_index = ? AND (c.chunk_count <> ? OR c.link_count <> ?)
        AND EXISTS (SELECT 1 FROM items i WHERE i.batch_id = c.batch_id
                    AND i.input_index = c.input_index AND i.status = 'pending')
      """;

  /** A chunk is kept once, and only while its item is pending. */
  private static final String INSERT =
      """
      INSERT INTO sitemap_chunks (batch_id, input_index, chunk_index, chunk_count, link_count,
                                  chunk_links, links, metadata)
      SELECT i.batch_id, i.input_index, ?, ?, ?, ?, ?::jsonb, ?::jsonb
      FROM items i WHERE i.batch_id = ? AND i.input_index = ? AND i.status = 'pending'
      ON CONFLICT DO NOTHING
      """;

  /** The pending inputs among the given ones that have every chunk of one discovery. */
  private static final String COMPLETE =
      """
      SELECT c.batch_id, c.input_index
      FROM sitemap_chunks c
      JOIN items i ON i.batch_id = c.batch_id AND i.input_index = c.input_index
      WHERE i.status = 'pending'
        AND (c.batch_id, c.input_index) IN (SELECT * FROM unnest(?::uuid[], ?::integer[]))
      GROUP BY c.batch_id, c.input_index
      HAVING count(*) = max(c.chunk_count) AND min(c.chunk_count) = max(c.chunk_count)
      ORDER BY c.batch_id, c.input_index
      """;

  private static final String NUMBER_LINKS =
      """
      UPDATE sitemap_chunks c SET first_position = p.position
      FROM (SELECT chunk_index,
                   coalesce(sum(chunk_links) OVER (ORDER BY chunk_index
                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS position
            FROM sitemap_chunks WHERE batch_id = ? AND input_index = ?) p
      WHERE c.batch_id = ? AND c.input_index = ? AND c.chunk_index = p.chunk_index
      """;

  private static final String CHUNKS_IN_ORDER =
      """
      SELECT links::text, metadata::text, link_count FROM sitemap_chunks
      WHERE batch_id = ? AND input_index = ? ORDER BY chunk_index
      """;

  /** Links {@code from} (inclusive) to {@code to} (exclusive) of one numbered input. */
  private static final String LINK_RANGE =
      """
      SELECT l.link
      FROM sitemap_chunks c
      CROSS JOIN LATERAL jsonb_array_elements_text(c.links) WITH ORDINALITY AS l(link, n)
      WHERE c.batch_id = ? AND c.input_index = ?
        AND c.first_position < ? AND c.first_position + c.chunk_links > ?
        AND c.first_position + l.n - 1 >= ? AND c.first_position + l.n - 1 < ?
      ORDER BY c.chunk_index, l.n
      """;

  /** Every link of the batch's completed inputs, in input order, then list order. */
  private static final String BATCH_LINKS =
      """
      SELECT l.link
      FROM items i
      JOIN sitemap_chunks c ON c.batch_id = i.batch_id AND c.input_index = i.input_index
      CROSS JOIN LATERAL jsonb_array_elements_text(c.links) WITH ORDINALITY AS l(link, n)
      WHERE i.batch_id = ? AND i.status = 'completed'
      ORDER BY i.input_index, c.chunk_index, l.n
      """;

  private final AgroalDataSource dataSource;

  SitemapChunkRepository(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Stores each chunk whose item is pending, in order, replacing the chunks of an earlier discovery
   * that disagree with it.
   *
   * @return per chunk, 1 when it was stored and 0 when it was already there (or not wanted)
   */
  public int[] store(List<SitemapChunk> chunks) {
    int[] stored = new int[chunks.size()];
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete = connection.prepareStatement(DELETE_OTHER_RUN);
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (int i = 0; i < chunks.size(); i++) {
        SitemapChunk chunk = chunks.get(i);
        delete.setObject(1, chunk.batchId());
        delete.setInt(2, chunk.inputIndex());
        delete.setInt(3, chunk.chunkCount());
        delete.setInt(4, chunk.linkCount());
        delete.executeUpdate();
        insert.setInt(1, chunk.chunkIndex());
        insert.setInt(2, chunk.chunkCount());
        insert.setInt(3, chunk.linkCount());
        insert.setInt(4, chunk.chunkLinks());
        insert.setString(5, chunk.linksJson());
        insert.setString(6, chunk.metadataJson());
        insert.setObject(7, chunk.batchId());
        insert.setInt(8, chunk.inputIndex());
        stored[i] = insert.executeUpdate();
      }
      return stored;
    } catch (SQLException e) {
      throw new DataAccessException("cannot store sitemap chunks", e);
    }
  }

  /** Those of {@code inputs} whose item is pending and whose chunks are all present. */
  public List<SitemapInput> complete(Collection<SitemapInput> inputs) {
    List<SitemapInput> complete = new ArrayList<>();
    if (inputs.isEmpty()) {
      return complete;
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(COMPLETE)) {
      select.setArray(
          1,
          connection.createArrayOf("uuid", inputs.stream().map(SitemapInput::batchId).toArray()));
      select.setArray(
          2,
          connection.createArrayOf(
              "integer", inputs.stream().map(SitemapInput::inputIndex).toArray()));
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          complete.add(new SitemapInput(Columns.uuid(row, "batch_id"), row.getInt("input_index")));
        }
      }
      return complete;
    } catch (SQLException e) {
      throw new DataAccessException("cannot look for complete sitemap inputs", e);
    }
  }

  /** Numbers the links of a complete input, so that any range of them can be read. */
  public void numberLinks(SitemapInput input) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(NUMBER_LINKS)) {
      for (int pair = 0; pair < 2; pair++) {
        update.setObject(1 + 2 * pair, input.batchId());
        update.setInt(2 + 2 * pair, input.inputIndex());
      }
      update.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException("cannot number the links of " + input, e);
    }
  }

  /**
   * Hands the input's chunks to {@code visitor} in order, as stored JSON, until it returns false.
   */
  public void visitChunks(SitemapInput input, Predicate<StoredChunk> visitor) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(CHUNKS_IN_ORDER)) {
      select.setFetchSize(1);
      select.setObject(1, input.batchId());
      select.setInt(2, input.inputIndex());
      try (ResultSet row = select.executeQuery()) {
        while (row.next()
            && visitor.test(new StoredChunk(row.getString(1), row.getString(2), row.getInt(3)))) {
          // the visitor took the chunk
        }
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot read the links of " + input, e);
    }
  }

  /** Links {@code from} (0-based) to {@code from + limit} of a completed input, in order. */
  public List<String> links(SitemapInput input, long from, int limit) {
    List<String> links = new ArrayList<>(Math.min(limit, 1024));
    long to = from + limit;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(LINK_RANGE)) {
      select.setObject(1, input.batchId());
      select.setInt(2, input.inputIndex());
      select.setLong(3, to);
      select.setLong(4, from);
      select.setLong(5, from);
      select.setLong(6, to);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          links.add(row.getString(1));
        }
      }
      return links;
    } catch (SQLException e) {
      throw new DataAccessException("cannot read the links of " + input, e);
    }
  }

  /**
   * Hands every link of the batch's completed inputs to {@code visitor}, in input order and then
   * list order, until it returns false. Streams: only a fetch's worth of links is in memory.
   */
  public void visitBatchLinks(UUID batchId, Predicate<String> visitor) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(BATCH_LINKS)) {
      select.setFetchSize(1000);
      select.setObject(1, batchId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next() && visitor.test(row.getString(1))) {
          // the visitor took the link
        }
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot read the links of batch " + batchId, e);
    }
  }

  /** One stored chunk: its links and the input's metadata as JSON text, and the link count. */
  public record StoredChunk(String linksJson, String metadataJson, int linkCount) {}
}
