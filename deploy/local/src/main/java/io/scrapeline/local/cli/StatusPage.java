package io.scrapeline.local.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One answer of {@code GET /v1/batch/scrape/{id}}: the batch's counters and one page of its items,
 * which are kept as the API sent them.
 *
 * @param from the position in the batch's listing of the first item of {@code results}
 */
record StatusPage(
    String status,
    long total,
    long completed,
    long failed,
    long cancelled,
    long from,
    List<ObjectNode> results) {

  private static final Set<String> FINISHED = Set.of("completed", "failed", "cancelled");

  StatusPage {
    results = List.copyOf(results);
  }

  static StatusPage of(JsonNode document, long from) {
    List<ObjectNode> results = new ArrayList<>();
    for (JsonNode item : document.path("results")) {
      if (item instanceof ObjectNode object) {
        results.add(object);
      }
    }
    return new StatusPage(
        document.path("status").asText(""),
        document.path("total").asLong(),
        document.path("completed").asLong(),
        document.path("failed").asLong(),
        document.path("cancelled").asLong(),
        from,
        results);
  }

  /** Items that will not change any more: scraped, failed or skipped by a cancel. */
  long done() {
    return completed + failed + cancelled;
  }

  /** The batch ended: completed, cancelled, or failed as a whole. */
  boolean ended() {
    return FINISHED.contains(status);
  }

  static boolean isFinished(JsonNode item) {
    return FINISHED.contains(item.path("status").asText(""));
  }
}
