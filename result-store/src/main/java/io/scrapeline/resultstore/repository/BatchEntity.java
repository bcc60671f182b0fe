package io.scrapeline.resultstore.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One batch row, for single-row reads and state changes; bulk paths use plain SQL. Never leaves the
 * service: {@code mapping} turns it into wire records. Only changed columns are written, so the
 * JSON columns are never rewritten by a state change.
 */
@Entity
@Table(name = "batches")
@DynamicUpdate
public class BatchEntity extends PanacheEntityBase {

  @Id public UUID id;

  @Column(nullable = false)
  public String tenant;

  @Column(nullable = false)
  public String kind;

  @Column(nullable = false)
  public String status;

  public int total;

  public int completed;

  public int failed;

  public int cancelled;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "invalid_urls", nullable = false)
  public String invalidUrls;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public String config;

  @JdbcTypeCode(SqlTypes.JSON)
  public String webhook;

  @Column(name = "idempotency_key")
  public String idempotencyKey;

  @Column(name = "request_hash")
  public String requestHash;

  @Column(name = "scrape_batch_id")
  public UUID scrapeBatchId;

  @Column(name = "scrape_truncated")
  public Boolean scrapeTruncated;

  @Column(name = "error_code")
  public String errorCode;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "finished_at")
  public Instant finishedAt;

  /** How long the batch is kept after it finished. */
  @JdbcTypeCode(SqlTypes.INTERVAL_SECOND)
  @Column(nullable = false)
  public Duration ttl;

  /** {@code finished_at + ttl}, set with {@code finishedAt}; null while the batch is unfinished. */
  @Column(name = "expires_at")
  public Instant expiresAt;

  /** The pending items: {@code total - completed - failed - cancelled}. */
  public int pending() {
    return total - completed - failed - cancelled;
  }

  /** Records that the batch finished at {@code now} with {@code status}, so its expiry starts. */
  public void finish(String status, Instant now) {
    this.status = status;
    this.finishedAt = now;
    this.expiresAt = now.plus(ttl);
  }

  /**
   * When the batch is deleted: {@code expires_at} once it finished; while it is unfinished, the
   * earliest it could be, were it to finish at {@code now}.
   */
  public Instant expiresAtAsOf(Instant now) {
    return expiresAt != null ? expiresAt : now.plus(ttl);
  }
}
