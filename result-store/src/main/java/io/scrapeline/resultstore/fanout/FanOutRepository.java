package io.scrapeline.resultstore.fanout;

import io.agroal.api.AgroalDataSource;
import io.scrapeline.resultstore.repository.BatchExpiry;
import io.scrapeline.resultstore.repository.DataAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Plain SQL of sitemap fan-outs: which completed sitemap batches owe a child scrape batch, the
 * sitemap_fan_outs outbox as the dispatcher uses it (claim due rows with a lease, record each
 * outcome), and what the dispatcher publishes.
 */
@ApplicationScoped
public class FanOutRepository {

  private static final String CANDIDATES =
      """
      SELECT id, tenant, (config -> 'scrape')::text AS scrape,
             (extract(epoch FROM ttl) * 1000000)::bigint AS ttl_micros
      FROM batches
      WHERE id = ANY (?) AND kind = 'sitemap' AND status = 'completed' AND scrape_batch_id IS NULL
        AND jsonb_typeof(config -> 'scrape') = 'object'
      ORDER BY id
      """;

  private static final String SET_CHILD =
      "UPDATE batches SET scrape_batch_id = ?, scrape_truncated = ? WHERE id = ?";

  private static final String ENQUEUE =
      """
      INSERT INTO sitemap_fan_outs (sitemap_batch_id, scrape_batch_id, next_attempt_at)
      VALUES (?, ?, now()) ON CONFLICT DO NOTHING
      """;

  /**
   * Claiming pushes next_attempt_at past the lease, so that another result-store instance (or this
   * one after a crash) publishes the row again only when the attempt did not record its outcome.
   */
  private static final String CLAIM =
      """
      UPDATE sitemap_fan_outs SET attempts = attempts + 1, next_attempt_at = now() + ?::interval
      WHERE sitemap_batch_id IN (
        SELECT sitemap_batch_id FROM sitemap_fan_outs
        WHERE published_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
        ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)
      RETURNING sitemap_batch_id, scrape_batch_id, attempts
      """;

  private static final String CHILD =
      """
      SELECT tenant, status, config::text AS config FROM batches
      WHERE id = ? AND %s
      """
          .formatted(BatchExpiry.UNEXPIRED);

  private static final String PENDING_ITEMS =
      "SELECT input_index, url FROM items WHERE batch_id = ? AND status = 'pending'"
          + " ORDER BY input_index";

  private final AgroalDataSource dataSource;

  FanOutRepository(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * A completed sitemap batch that asked for a fan-out and has no child batch yet.
   *
   * @param ttl the sitemap batch's own ttl, which its child batch takes
   */
  record Parent(UUID id, String tenant, String scrapeConfigJson, Duration ttl) {}

  /** A claimed outbox row. */
  record Due(UUID sitemapBatchId, UUID scrapeBatchId, int attempts) {}

  /** The child batch as the dispatcher needs it. */
  record Child(String tenant, String status, String configJson) {}

  /** One pending item of the child batch. */
  record ChildItem(int inputIndex, String url) {}

  /** Those of {@code ids} that are completed sitemap batches owing a child scrape batch. */
  List<Parent> parents(Collection<UUID> ids) {
    List<Parent> parents = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(CANDIDATES)) {
      select.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          parents.add(
              new Parent(
                  row.getObject("id", UUID.class),
                  row.getString("tenant"),
                  row.getString("scrape"),
                  Duration.of(row.getLong("ttl_micros"), ChronoUnit.MICROS)));
        }
      }
      return parents;
    } catch (SQLException e) {
      throw new DataAccessException("cannot look for sitemap fan-outs", e);
    }
  }

  /** Records the child on the sitemap batch and its publication in the outbox. */
  void recordChild(UUID parent, UUID child, boolean truncated) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(SET_CHILD);
        PreparedStatement insert = connection.prepareStatement(ENQUEUE)) {
      update.setObject(1, child);
      update.setBoolean(2, truncated);
      update.setObject(3, parent);
      update.executeUpdate();
      insert.setObject(1, parent);
      insert.setObject(2, child);
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException("cannot record the child batch of " + parent, e);
    }
  }

  List<Due> claimDue(int limit, Duration lease) {
    List<Due> claimed = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement claim = connection.prepareStatement(CLAIM)) {
      claim.setString(1, lease.toString());
      claim.setInt(2, limit);
      try (ResultSet row = claim.executeQuery()) {
        while (row.next()) {
          claimed.add(
              new Due(
                  row.getObject("sitemap_batch_id", UUID.class),
                  row.getObject("scrape_batch_id", UUID.class),
                  row.getInt("attempts")));
        }
      }
      return claimed;
    } catch (SQLException e) {
      throw new DataAccessException("cannot claim sitemap fan-outs", e);
    }
  }

  /** The unexpired child batch, or empty when it is gone. */
  Optional<Child> child(UUID id) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(CHILD)) {
      select.setObject(1, id);
      try (ResultSet row = select.executeQuery()) {
        return row.next()
            ? Optional.of(
                new Child(
                    row.getString("tenant"), row.getString("status"), row.getString("config")))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot read child batch " + id, e);
    }
  }

  List<ChildItem> pendingItems(UUID id) {
    List<ChildItem> items = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(PENDING_ITEMS)) {
      select.setObject(1, id);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          items.add(new ChildItem(row.getInt("input_index"), row.getString("url")));
        }
      }
      return items;
    } catch (SQLException e) {
      throw new DataAccessException("cannot read the items of child batch " + id, e);
    }
  }

  void published(UUID parent) {
    update(
        "UPDATE sitemap_fan_outs SET published_at = now(), last_error = NULL"
            + " WHERE sitemap_batch_id = ?",
        parent,
        null,
        null);
  }

  void retryLater(UUID parent, Duration wait, String error) {
    update(
        "UPDATE sitemap_fan_outs SET next_attempt_at = now() + ?::interval, last_error = ?"
            + " WHERE sitemap_batch_id = ?",
        parent,
        wait.toString(),
        error);
  }

  void gaveUp(UUID parent, String error) {
    update(
        "UPDATE sitemap_fan_outs SET failed_at = now(), last_error = ? WHERE sitemap_batch_id = ?",
        parent,
        null,
        error);
  }

  private void update(String sql, UUID parent, String interval, String error) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(sql)) {
      int index = 1;
      if (interval != null) {
        update.setString(index++, interval);
      }
      if (error != null) {
        update.setString(index++, error.length() > 500 ? error.substring(0, 500) : error);
      }
      update.setObject(index, parent);
      update.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException("cannot record the fan-out of " + parent, e);
    }
  }
}
