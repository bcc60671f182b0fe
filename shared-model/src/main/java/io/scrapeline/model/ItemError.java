package io.scrapeline.model;

/**
 * Why an item failed: a stable code for programs and a message for people.
 *
 * @param code the item error code
 * @param message a human-readable explanation, never null
 */
public record ItemError(ItemErrorCode code, String message) {

  /** Both fields are required. */
  public ItemError {
    Require.nonNull(code, "code");
    Require.nonNull(message, "message");
  }
}
