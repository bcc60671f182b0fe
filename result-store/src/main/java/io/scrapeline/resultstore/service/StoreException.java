package io.scrapeline.resultstore.service;

/**
 * A refusal the internal API answers with an {@code ApiError}: an HTTP status, a stable code from
 * API.md and a message for people.
 */
public class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;

  public StoreException(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  /** 400 {@code invalid_request}: a bad body or query parameter; the message names it. */
  public static StoreException invalidRequest(String message) {
    return new StoreException(400, "invalid_request", message);
  }

  /** 404 {@code not_found}: unknown, expired, or another tenant's or kind's batch. */
  public static StoreException notFound() {
    return new StoreException(404, "not_found", "batch not found");
  }

  /** 409 {@code batch_finished}: the batch already completed or failed. */
  public static StoreException batchFinished(String status) {
    return new StoreException(409, "batch_finished", "the batch has already " + status);
  }

  /** 409 {@code idempotency_conflict}: the key was used before with a different request. */
  public static StoreException idempotencyConflict(String message) {
    return new StoreException(409, "idempotency_conflict", message);
  }

  /** 429 {@code rate_limited}: the tenant has too many unfinished batches. */
  public static StoreException rateLimited(String message) {
    return new StoreException(429, "rate_limited", message);
  }

  /** 503 {@code unavailable}: Kafka or the database cannot be reached. */
  public static StoreException unavailable(String message) {
    return new StoreException(503, "unavailable", message);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
