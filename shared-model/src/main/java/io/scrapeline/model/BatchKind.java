package io.scrapeline.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Which pipeline a batch runs through: page scraping or sitemap discovery. */
public enum BatchKind implements WireCode {
  SCRAPE("scrape"),
  SITEMAP("sitemap");

  private final String code;

  BatchKind(String code) {
    this.code = code;
  }

  @JsonValue
  @Override
  public String code() {
    return code;
  }

  /** The constant for {@code code}; rejects unknown codes with the list of allowed ones. */
  @JsonCreator
  public static BatchKind fromCode(String code) {
    return WireCode.fromCode(BatchKind.class, code, "batch kind");
  }
}
