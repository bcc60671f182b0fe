package io.scrapeline.local.cli;

import java.net.ConnectException;
import java.net.URI;

/**
 * A call to the API that did not succeed, with a message fit for the terminal. Whether trying again
 * can help is part of the type ({@link #retriable()}), not a guess from the message.
 */
public final class GatewayException extends RuntimeException {

  /** The HTTP status, or 0 when no answer came. */
  private final int status;

  /** The API's error code ({@code unauthorized}, {@code too_many_urls}...), or a local one. */
  private final String code;

  private GatewayException(int status, String code, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.code = code;
  }

  static GatewayException unreachable(URI api, Exception cause) {
    String why = cause instanceof ConnectException ? "" : " (" + describe(cause) + ")";
    return new GatewayException(
        0,
        "unreachable",
        "cannot reach the API at " + api + why + ": is the stack up? run ./scrapeline up",
        cause);
  }

  static GatewayException answered(int status, String code, String message) {
    if (status == 401) {
      return new GatewayException(
          status,
          code,
          "the API key was refused (401 "
              + code
              + "): pass --api-key KEY or set SCRAPELINE_API_KEY",
          null);
    }
    return new GatewayException(
        status, code, "the API answered " + status + " " + code + ": " + message, null);
  }

  static GatewayException unreadable(URI api, int status, String problem) {
    return new GatewayException(
        status, "invalid_response", "unexpected answer from " + api + ": " + problem, null);
  }

  /** The same failure, saying that the batch being followed may not have ended. */
  GatewayException whileFollowing(String batchId) {
    return new GatewayException(
        status,
        code,
        getMessage() + " (batch " + batchId + " may still be running on the server)",
        this);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  /** No answer, a server-side failure or a rate limit: the same call may work a moment later. */
  public boolean retriable() {
    return status == 0 || status == 429 || status >= 500;
  }

  private static String describe(Exception cause) {
    String message = cause.getMessage();
    return message == null || message.isBlank()
        ? cause.getClass().getSimpleName()
        : cause.getClass().getSimpleName() + ": " + message;
  }
}
