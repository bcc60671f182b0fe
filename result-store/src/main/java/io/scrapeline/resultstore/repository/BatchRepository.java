package io.scrapeline.resultstore.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Plain SQL on the batches table, for the paths where one statement does what entities would do row
 * by row. Every method joins the caller's transaction.
 */
@ApplicationScoped
public class BatchRepository {

  private static final String INSERT =
      """
      INSERT INTO batches (id, tenant, kind, status, total, invalid_urls, config, webhook,
                           idempotency_key, request_hash, created_at, ttl)
      VALUES (?, ?, ?, 'queued', ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, now(), ?::interval)
      ON CONFLICT DO NOTHING
      """;

  /**
   * A key matches for the idempotency window after submission, and never once its batch expired: a
   * replay must not answer a batch that is no longer found.
   */
  private static final String RELEASE_STALE_KEY =
      """
      UPDATE batches SET idempotency_key = NULL
      WHERE tenant = ? AND idempotency_key = ?
        AND (created_at < now() - ?::interval OR %s)
      """
          .formatted(BatchExpiry.EXPIRED);

  private static final String FIND_EXISTING =
      """
      SELECT id, tenant, kind, status, total, invalid_urls::text AS invalid_urls,
             idempotency_key, request_hash
      FROM batches WHERE (tenant = ? AND idempotency_key = ?) OR id = ?
      ORDER BY (idempotency_key IS NOT DISTINCT FROM ?) DESC LIMIT 1
      """;

  private static final String LOCK_ACTIVE =
      """
      SELECT id, kind FROM batches
      WHERE id = ANY(?) AND status IN ('queued', 'running')
      ORDER BY id FOR NO KEY UPDATE
      """;

  /**
   * The statement that completes a batch also starts its expiry. The delta ({@code d}) is bound
   * once; every condition reads the row as it is when the update takes its lock.
   */
  private static final String ADD_COUNTS =
      """
      UPDATE batches b SET completed = b.completed + d.completed, failed = b.failed + d.failed,
        status = CASE WHEN b.completed + d.completed + b.failed + d.failed + b.cancelled >= b.total
                      THEN 'completed' ELSE 'running' END,
        finished_at = CASE WHEN b.completed + d.completed + b.failed + d.failed + b.cancelled >= b.total
                           THEN now() ELSE b.finished_at END,
        expires_at = CASE WHEN b.completed + d.completed + b.failed + d.failed + b.cancelled >= b.total
                          THEN now() + b.ttl ELSE b.expires_at END
      FROM (VALUES (?::integer, ?::integer)) AS d (completed, failed)
      WHERE b.id = ? AND b.status IN ('queued', 'running')
      """;

  private static final String LIST =
      """
      SELECT id, status, total, completed, failed, cancelled, (config -> 'formats')::text AS formats,
             created_at, finished_at
      FROM batches
      WHERE tenant = ? AND kind = ? AND %s AND (?::text IS NULL OR status = ?)
      ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?
      """
          .formatted(BatchExpiry.UNEXPIRED);

  private static final String COUNT =
      """
      SELECT count(*) FROM batches
      WHERE tenant = ? AND kind = ? AND %s AND (?::text IS NULL OR status = ?)
      """
          .formatted(BatchExpiry.UNEXPIRED);

  private static final String DELETE_EXPIRED =
      """
      DELETE FROM batches WHERE id IN (
        SELECT id FROM batches WHERE %s
        ORDER BY expires_at LIMIT ? FOR UPDATE SKIP LOCKED)
      """
          .formatted(BatchExpiry.EXPIRED);

  private final AgroalDataSource dataSource;

  BatchRepository(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Inserts a queued batch, kept {@code ttl} after it finishes; until then it has no expiry.
   *
   * @return false, inserting nothing, when its id or its tenant's Idempotency-Key already exists
   */
  public boolean insert(NewBatch batch) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      insert.setObject(1, batch.id());
      insert.setString(2, batch.tenant());
      insert.setString(3, batch.kind());
      insert.setInt(4, batch.total());
      insert.setString(5, batch.invalidUrlsJson());
      insert.setString(6, batch.configJson());
      insert.setString(7, batch.webhookJson());
      insert.setString(8, batch.idempotencyKey());
      insert.setString(9, batch.requestHash());
      insert.setString(10, batch.ttl().toString());
      return insert.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new DataAccessException("cannot insert batch " + batch.id(), e);
    }
  }

  /**
   * Frees the tenant's Idempotency-Key when the batch holding it is older than {@code window} or
   * has expired.
   */
  public void releaseStaleIdempotencyKey(String tenant, String key, Duration window) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(RELEASE_STALE_KEY)) {
      update.setString(1, tenant);
      update.setString(2, key);
      update.setString(3, window.toString());
      update.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException("cannot release idempotency key", e);
    }
  }

  /** The batch holding the tenant's Idempotency-Key (preferred) or the id {@code id}. */
  public Optional<ExistingBatch> findExisting(UUID id, String tenant, String key) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(FIND_EXISTING)) {
      select.setString(1, tenant);
      select.setString(2, key);
      select.setObject(3, id);
      select.setString(4, key);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new ExistingBatch(
                Columns.uuid(row, "id"),
                row.getString("tenant"),
                row.getString("kind"),
                row.getString("status"),
                row.getInt("total"),
                row.getString("invalid_urls"),
                row.getString("idempotency_key"),
                row.getString("request_hash")));
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot read batch " + id, e);
    }
  }

  /**
   * Locks the batches of {@code ids} that still take results (queued or running), in id order so
   * that concurrent transactions never deadlock, and returns their kinds.
   */
  public Map<UUID, String> lockActive(Collection<UUID> ids) {
    Map<UUID, String> kinds = new HashMap<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(LOCK_ACTIVE)) {
      select.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          kinds.put(Columns.uuid(row, "id"), row.getString("kind"));
        }
      }
      return kinds;
    } catch (SQLException e) {
      throw new DataAccessException("cannot lock batches", e);
    }
  }

  /**
   * Adds each batch's delta to its counters in one JDBC batch; a batch with no pending item left
   * becomes completed, finished now and expiring its ttl from now, the others running.
   */
  public void addCounts(Map<UUID, CounterDelta> deltas) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(ADD_COUNTS)) {
      for (Map.Entry<UUID, CounterDelta> entry : deltas.entrySet()) {
        CounterDelta delta = entry.getValue();
        update.setInt(1, delta.completed());
        update.setInt(2, delta.failed());
        update.setObject(3, entry.getKey());
        update.addBatch();
      }
      update.executeBatch();
    } catch (SQLException e) {
      throw new DataAccessException("cannot update batch counters", e);
    }
  }

  /** One page of the tenant's batches of {@code kind}, newest first; expired ones are left out. */
  public List<BatchListRow> list(
      String tenant, String kind, String status, int limit, long offset) {
    List<BatchListRow> rows = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(LIST)) {
      bindListFilter(select, tenant, kind, status);
      select.setInt(5, limit);
      select.setLong(6, offset);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          rows.add(
              new BatchListRow(
                  Columns.uuid(row, "id"),
                  row.getString("status"),
                  row.getInt("total"),
                  row.getInt("completed"),
                  row.getInt("failed"),
                  row.getInt("cancelled"),
                  row.getString("formats"),
                  Columns.instant(row, "created_at"),
                  Columns.instant(row, "finished_at")));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new DataAccessException("cannot list batches", e);
    }
  }

  /**
   * Serialises batch creation of one tenant until the transaction ends, so that two concurrent
   * submissions cannot both pass the active-batch cap.
   */
  public void lockTenant(String tenant) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement lock =
            connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
      lock.setString(1, "batches:" + tenant);
      lock.execute();
    } catch (SQLException e) {
      throw new DataAccessException("cannot lock tenant", e);
    }
  }

  /** The tenant's queued or running batches, of either kind; these never expire. */
  public long countActive(String tenant) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT count(*) FROM batches WHERE tenant = ? AND status IN ('queued', 'running')")) {
      select.setString(1, tenant);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot count active batches", e);
    }
  }

  /** How many batches {@link #list} can page through. */
  public long count(String tenant, String kind, String status) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(COUNT)) {
      bindListFilter(select, tenant, kind, status);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot count batches", e);
    }
  }

  /** Deletes up to {@code limit} expired batches (their items cascade); returns how many. */
  public int deleteExpired(int limit) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete = connection.prepareStatement(DELETE_EXPIRED)) {
      delete.setInt(1, limit);
      return delete.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException("cannot delete expired batches", e);
    }
  }

  private static void bindListFilter(
      PreparedStatement statement, String tenant, String kind, String status) throws SQLException {
    statement.setString(1, tenant);
    statement.setString(2, kind);
    statement.setObject(3, status, Types.VARCHAR);
    statement.setObject(4, status, Types.VARCHAR);
  }
}
