package io.scrapeline.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where a whole batch stands, as reported by the public API. */
public enum BatchStatus implements WireCode {
  QUEUED("queued"),
  RUNNING("running"),
  COMPLETED("completed"),
  CANCELLED("cancelled"),
  FAILED("failed");

  private final String code;

  BatchStatus(String code) {
    this.code = code;
  }

  @JsonValue
  @Override
  public String code() {
    return code;
  }

  /** The constant for {@code code}; rejects unknown codes with the list of allowed ones. */
  @JsonCreator
  public static BatchStatus fromCode(String code) {
    return WireCode.fromCode(BatchStatus.class, code, "batch status");
  }
}
