package io.scrapeline.fetch.http;

import io.scrapeline.model.ItemErrorCode;

/**
 * A classified fetch failure: the item error code, a message for the user, and the response head
 * when one had arrived (a body that broke off still reports its status). Thrown inside the fetch
 * core and turned into a failed {@link FetchOutcome}; never carries a stack trace.
 */
public final class FetchFailure extends Exception {

  private static final long serialVersionUID = 1L;

  private final ItemErrorCode code;
  private final transient ResponseHead head;
  private final boolean retriable;

  public FetchFailure(ItemErrorCode code, String message) {
    this(code, message, null, true);
  }

  private FetchFailure(ItemErrorCode code, String message, ResponseHead head, boolean retriable) {
    super(message, null, false, false);
    this.code = code;
    this.head = head;
    this.retriable = retriable;
  }

  public ItemErrorCode code() {
    return code;
  }

  /** The response's status and headers, or null when no response arrived. */
  public ResponseHead head() {
    return head;
  }

  /** This failure, knowing the response head {@code head} (kept when already known). */
  public FetchFailure withHead(ResponseHead head) {
    return this.head != null || head == null
        ? this
        : new FetchFailure(code, getMessage(), head, retriable);
  }

  /**
   * This failure, never retried: e.g. a robots.txt found unreachable, whose cached verdict a retry
   * a few seconds later would only meet again.
   */
  public FetchFailure notRetriable() {
    return new FetchFailure(code, getMessage(), head, false);
  }

  /** Whether trying again may succeed: the network or the server may recover. */
  public boolean isTransient() {
    return retriable && (code == ItemErrorCode.CONNECT_FAILED || code == ItemErrorCode.TIMEOUT);
  }
}
