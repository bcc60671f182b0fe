package io.scrapeline.resultstore.webhook;

import io.agroal.api.AgroalDataSource;
import io.scrapeline.resultstore.repository.DataAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.UUID;

/**
 * Records the webhooks a state change owes, inside the caller's transaction. A batch with a webhook
 * that lists the event gets one delivery row per event, however often the change is applied (unique
 * on batch and event).
 */
@ApplicationScoped
public class WebhookOutbox {

  private static final String ENQUEUE =
      """
      INSERT INTO webhook_deliveries (batch_id, event, url, next_attempt_at)
      SELECT id, 'batch.' || status, webhook ->> 'url', now()
      FROM batches
      WHERE id = ANY (?) AND status = ? AND webhook IS NOT NULL
        AND (webhook -> 'events') @> to_jsonb(status)
      ON CONFLICT (batch_id, event) DO NOTHING
      """;

  private final AgroalDataSource dataSource;

  WebhookOutbox(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Deliveries for those of {@code batchIds} that are now completed and asked to hear about it. */
  public void completed(Collection<UUID> batchIds) {
    enqueue(batchIds, "completed");
  }

  /** A delivery for the batch if it is now cancelled and asked to hear about it. */
  public void cancelled(UUID batchId) {
    enqueue(java.util.List.of(batchId), "cancelled");
  }

  private void enqueue(Collection<UUID> batchIds, String status) {
    if (batchIds.isEmpty()) {
      return;
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(ENQUEUE)) {
      Array ids = connection.createArrayOf("uuid", batchIds.toArray());
      insert.setArray(1, ids);
      insert.setString(2, status);
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException("cannot record webhook deliveries", e);
    }
  }
}
