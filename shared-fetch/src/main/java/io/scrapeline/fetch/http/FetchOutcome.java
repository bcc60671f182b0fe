package io.scrapeline.fetch.http;

import io.scrapeline.model.ItemError;
import io.scrapeline.model.ItemErrorCode;
import java.net.URI;

/**
 * What a fetch produced: a body, or an error with whatever is known about the response.
 *
 * @param statusCode the final HTTP status; null when no response arrived
 * @param finalUrl the URL of the last hop; null when no request could be sent
 * @param contentType the Content-Type header as served, or null
 * @param contentLanguage the Content-Language header, or null
 * @param body the decoded (decompressed) body when fetched, null when failed; not copied, do not
 *     change it
 * @param retryCount how many retries were made
 * @param error why it failed, or null when fetched
 */
public record FetchOutcome(
    Integer statusCode,
    URI finalUrl,
    String contentType,
    String contentLanguage,
    byte[] body,
    int retryCount,
    ItemError error) {

  /** A page that was fetched. */
  public static FetchOutcome fetched(
      int statusCode, URI finalUrl, String contentType, String contentLanguage, byte[] body) {
    return new FetchOutcome(statusCode, finalUrl, contentType, contentLanguage, body, 0, null);
  }

  /** A fetch that failed; {@code statusCode} and {@code finalUrl} may be null. */
  public static FetchOutcome failed(
      ItemErrorCode code, String message, Integer statusCode, URI finalUrl, String contentType) {
    return new FetchOutcome(
        statusCode, finalUrl, contentType, null, null, 0, new ItemError(code, message));
  }

  public boolean succeeded() {
    return error == null;
  }

  /** This outcome after {@code retries} retries. */
  public FetchOutcome withRetryCount(int retries) {
    return new FetchOutcome(
        statusCode, finalUrl, contentType, contentLanguage, body, retries, error);
  }
}
