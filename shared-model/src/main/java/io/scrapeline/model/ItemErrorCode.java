package io.scrapeline.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Why one URL could not be scraped: the closed list of item error codes of the public API. */
public enum ItemErrorCode implements WireCode {
  BLOCKED_ADDRESS("blocked_address"),
  ROBOTS_DISALLOWED("robots_disallowed"),
  DNS_FAILURE("dns_failure"),
  CONNECT_FAILED("connect_failed"),
  TIMEOUT("timeout"),
  TLS_ERROR("tls_error"),
  TOO_MANY_REDIRECTS("too_many_redirects"),
  HTTP_ERROR("http_error"),
  BODY_TOO_LARGE("body_too_large"),
  UNSUPPORTED_CONTENT_TYPE("unsupported_content_type"),
  PARSE_ERROR("parse_error"),
  INTERNAL_ERROR("internal_error");

  private final String code;

  ItemErrorCode(String code) {
    this.code = code;
  }

  @JsonValue
  @Override
  public String code() {
    return code;
  }

  /** The constant for {@code code}; rejects unknown codes with the list of allowed ones. */
  @JsonCreator
  public static ItemErrorCode fromCode(String code) {
    return WireCode.fromCode(ItemErrorCode.class, code, "item error code");
  }
}
