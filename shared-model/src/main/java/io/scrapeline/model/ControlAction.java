package io.scrapeline.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a batch.control record asks every worker to do with a batch. */
public enum ControlAction implements WireCode {
  CANCEL("cancel");

  private final String code;

  ControlAction(String code) {
    this.code = code;
  }

  @JsonValue
  @Override
  public String code() {
    return code;
  }

  /** The constant for {@code code}; rejects unknown codes with the list of allowed ones. */
  @JsonCreator
  public static ControlAction fromCode(String code) {
    return WireCode.fromCode(ControlAction.class, code, "control action");
  }
}
