package io.scrapeline.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where one URL of a batch stands; results on Kafka are only ever completed or failed. */
public enum ItemStatus implements WireCode {
  PENDING("pending"),
  COMPLETED("completed"),
  FAILED("failed"),
  CANCELLED("cancelled");

  private final String code;

  ItemStatus(String code) {
    this.code = code;
  }

  @JsonValue
  @Override
  public String code() {
    return code;
  }

  /** The constant for {@code code}; rejects unknown codes with the list of allowed ones. */
  @JsonCreator
  public static ItemStatus fromCode(String code) {
    return WireCode.fromCode(ItemStatus.class, code, "item status");
  }
}
