package io.scrapeline.resultstore.mapping;

import java.util.List;

/**
 * {@code GET /v1/batch/{kind}/{id}/errors}: every failed item, and the URLs robots.txt kept us
 * from.
 */
public record ErrorReport(List<Entry> errors, List<String> robotsBlocked) {

  /** One failed item; {@code statusCode} is its {@code metadata.status_code}, if known. */
  public record Entry(
      int inputIndex, String url, String code, String message, Integer statusCode) {}
}
