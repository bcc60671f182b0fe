package io.scrapeline.model.json;

import java.util.Objects;

/** A Kafka record that cannot be read; its {@link #reason()} goes with the record to the DLQ. */
public class MalformedRecordException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String reason;

  public MalformedRecordException(String reason, Throwable cause) {
    super(Objects.requireNonNull(reason, "reason"), cause);
    this.reason = reason;
  }

  public MalformedRecordException(String reason) {
    this(reason, null);
  }

  /** A one-line, human-readable explanation of what is wrong with the record. */
  public String reason() {
    return reason;
  }
}
