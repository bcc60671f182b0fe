package io.scrapeline.gateway.rest.openapi;

/** Descriptions the OpenAPI annotations of several endpoints share. */
public final class ApiDocs {

  public static final String JSON = "application/json";

  public static final String BAD_QUERY = "invalid_request: a query parameter is out of range";
  public static final String UNAUTHORIZED =
      "unauthorized: no key, malformed header, unknown or revoked key";
  public static final String NOT_FOUND =
      "not_found: unknown, expired or another tenant's batch (or an id that is not a UUID)";
  public static final String UNAVAILABLE =
      "unavailable: Kafka or the result store cannot be reached; nothing was accepted";
  public static final String INVALID_BODY =
      "invalid_request (malformed JSON, wrong types, unknown fields, missing urls, bad"
          + " Idempotency-Key), invalid_urls (details.invalid_urls) or no_valid_urls";
  public static final String IDEMPOTENCY_CONFLICT =
      "idempotency_conflict: the Idempotency-Key was used with a different body";
  public static final String TOO_LARGE =
      "too_many_urls (details.max_urls) or request_too_large (details.max_body_bytes)";
  public static final String NOT_JSON = "unsupported_media_type: the body is not JSON";
  public static final String RATE_LIMITED =
      "rate_limited: over the submission rate or the unfinished-batch limit; see Retry-After";
  public static final String RETRY_AFTER = "Seconds to wait before submitting again";
  public static final String IDEMPOTENCY_KEY =
      "Optional; the same key and body within 24 h returns the same batch (200, not 202)";
  public static final String BATCH_ID = "The batch id (a UUID)";
  public static final String EXPIRES_AT =
      "When the batch is deleted (then 404): finished_at + the result TTL. While the batch is"
          + " queued or running it never expires, and this is now + the TTL, the earliest it can be";

  public static final String NEXT_PAGE = "Path of the next page; null on the last one";

  private ApiDocs() {}
}
