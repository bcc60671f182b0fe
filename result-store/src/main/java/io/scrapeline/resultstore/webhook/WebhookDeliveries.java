package io.scrapeline.resultstore.webhook;

import io.agroal.api.AgroalDataSource;
import io.scrapeline.resultstore.repository.DataAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The outbox table as the dispatcher uses it: claim due rows with a lease, record each outcome. */
@ApplicationScoped
public class WebhookDeliveries {

  /**
   * Claiming pushes next_attempt_at past the lease, so that another result-store instance (or this
   * one after a crash) retries the row only when the attempt did not record its outcome in time.
   */
  private static final String CLAIM =
      """
      UPDATE webhook_deliveries SET attempts = attempts + 1, next_attempt_at = now() + ?::interval
      WHERE id IN (SELECT id FROM webhook_deliveries
                   WHERE delivered_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
                   ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)
      RETURNING id, batch_id, event, url, attempts
      """;

  private static final String PAYLOAD =
      """
      SELECT json_build_object(
          'type', ?, 'id', id, 'kind', kind, 'status', status, 'total', total,
          'completed', completed, 'failed', failed, 'cancelled', cancelled,
          'pending', total - completed - failed - cancelled,
          'created_at', to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
          'finished_at', to_char(finished_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))::text,
        tenant
      FROM batches WHERE id = ?
      """;

  private final AgroalDataSource dataSource;

  WebhookDeliveries(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  public List<WebhookDelivery> claimDue(int limit, Duration lease) {
    List<WebhookDelivery> claimed = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement claim = connection.prepareStatement(CLAIM)) {
      claim.setString(1, lease.toString());
      claim.setInt(2, limit);
      try (ResultSet rows = claim.executeQuery()) {
        while (rows.next()) {
          claimed.add(
              new WebhookDelivery(
                  rows.getLong("id"),
                  rows.getObject("batch_id", UUID.class),
                  rows.getString("event"),
                  rows.getString("url"),
                  rows.getInt("attempts")));
        }
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot claim webhook deliveries", e);
    }
    return claimed;
  }

  /**
   * The body to POST and the tenant whose secret signs it; empty when the batch was purged
   * meanwhile.
   */
  public Optional<Payload> payload(WebhookDelivery delivery) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(PAYLOAD)) {
      select.setString(1, delivery.event());
      select.setObject(2, delivery.batchId());
      try (ResultSet row = select.executeQuery()) {
        return row.next()
            ? Optional.of(new Payload(row.getString(1), row.getString(2)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot read webhook payload", e);
    }
  }

  public void delivered(long id) {
    update(
        "UPDATE webhook_deliveries SET delivered_at = now(), last_error = NULL WHERE id = ?",
        id,
        null,
        null);
  }

  public void retryLater(long id, Duration wait, String error) {
    update(
        "UPDATE webhook_deliveries SET next_attempt_at = now() + ?::interval, last_error = ? WHERE id = ?",
        id,
        wait.toString(),
        error);
  }

  public void gaveUp(long id, String error) {
    update(
        "UPDATE webhook_deliveries SET failed_at = now(), last_error = ? WHERE id = ?",
        id,
        null,
        error);
  }

  private void update(String sql, long id, String interval, String error) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(sql)) {
      int index = 1;
      if (interval != null) {
        update.setString(index++, interval);
      }
      if (error != null) {
        update.setString(index++, error.length() > 500 ? error.substring(0, 500) : error);
      }
      update.setLong(index, id);
      update.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException("cannot record webhook outcome", e);
    }
  }

  /** A webhook body and the tenant it belongs to. */
  public record Payload(String json, String tenant) {}
}
