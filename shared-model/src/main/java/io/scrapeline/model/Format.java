package io.scrapeline.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An output a client can ask for from each scraped page. */
public enum Format implements WireCode {
  MARKDOWN("markdown"),
  HTML("html"),
  RAW_HTML("raw_html"),
  LINKS("links");

  private final String code;

  Format(String code) {
    this.code = code;
  }

  @JsonValue
  @Override
  public String code() {
    return code;
  }

  /** The constant for {@code code}; rejects unknown codes with the list of allowed ones. */
  @JsonCreator
  public static Format fromCode(String code) {
    return WireCode.fromCode(Format.class, code, "format");
  }
}
