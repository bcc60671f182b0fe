package io.scrapeline.resultstore.repository;

import java.time.Instant;

/**
 * When a batch expires, written once for SQL and Java alike. A batch is kept for its {@code ttl}
 * after it finished: the statement that makes it completed, cancelled or failed sets {@code
 * expires_at = finished_at + ttl}. An unfinished batch has no {@code expires_at}, so it is never
 * hidden or purged for its age (a database constraint holds every path to this).
 */
public final class BatchExpiry {

  /** SQL condition on a {@code batches} row: still found by lookups and listings. */
  public static final String UNEXPIRED = "(expires_at IS NULL OR expires_at > now())";

  /** SQL condition on a {@code batches} row: answered as not found, and due for the purge. */
  public static final String EXPIRED = "expires_at <= now()";

  private BatchExpiry() {}

  /** {@link #EXPIRED} in Java, for a row read with its {@code expires_at} (null: unfinished). */
  public static boolean isExpired(Instant expiresAt, Instant now) {
    return expiresAt != null && !expiresAt.isAfter(now);
  }
}
