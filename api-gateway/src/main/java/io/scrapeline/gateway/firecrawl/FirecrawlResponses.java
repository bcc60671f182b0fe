package io.scrapeline.gateway.firecrawl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scrapeline.model.internal.ApiError;
import java.util.List;
import java.util.Map;

/**
 * Native answers (API.md's status document, item, errors report) in Firecrawl's shapes. Pure
 * functions of the native JSON, so that the mapping is tested without a running stack.
 *
 * <p>Items become Firecrawl documents once they finished: a completed item with its content, a
 * failed one without content but with {@code metadata.error} (its message), {@code
 * metadata.errorCode} (its item error code) and {@code metadata.statusCode} when the page answered.
 * Pending and cancelled items are not documents.
 */
public final class FirecrawlResponses {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** For error details only: plain maps, lists and scalars. */
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private FirecrawlResponses() {}

  /** The answer to a submitted batch. */
  public static ObjectNode created(String id, String url, List<String> invalidUrls) {
    ObjectNode answer = JSON.objectNode();
    answer.put("success", true);
    answer.put("id", id);
    answer.put("url", url);
    ArrayNode invalid = answer.putArray("invalidURLs");
    invalidUrls.forEach(invalid::add);
    return answer;
  }

  /** Firecrawl's batch status for a native one. */
  public static String status(String nativeStatus) {
    return switch (nativeStatus) {
      case "queued", "running" -> "scraping";
      case "completed", "failed", "cancelled" -> nativeStatus;
      default -> throw new IllegalArgumentException("unknown batch status " + nativeStatus);
    };
  }

  /**
   * A native status document, read with {@code from=page.skip()} and {@code
   * page_size=page.limit()}, as Firecrawl's status page.
   *
   * @param nextUrl where the page after this one is, or null when this is the last one
   */
  public static ObjectNode statusPage(JsonNode nativeStatus, String nextUrl) {
    int finished = nativeStatus.path("completed").asInt() + nativeStatus.path("failed").asInt();
    ObjectNode page = JSON.objectNode();
    page.put("success", true);
    page.put("status", status(nativeStatus.path("status").asText()));
    page.put("total", nativeStatus.path("total").asInt());
    page.put("completed", finished);
    page.put("creditsUsed", finished);
    page.set(
        "expiresAt",
        nativeStatus.path("expires_at").isTextual()
            ? JSON.textNode(nativeStatus.get("expires_at").textValue())
            : JSON.nullNode());
    if (nextUrl != null) {
      page.put("next", nextUrl);
    }
    ArrayNode data = page.putArray("data");
    for (JsonNode item : nativeStatus.path("results")) {
      String itemStatus = item.path("status").asText();
      if (itemStatus.equals("completed") || itemStatus.equals("failed")) {
        data.add(document(item));
      }
    }
    return page;
  }

  /** Whether a native status page has a page after it. */
  public static boolean hasNext(JsonNode nativeStatus) {
    return nativeStatus.path("next").isTextual();
  }

  /** How many items a native status page listed (documents or not). */
  public static int listed(JsonNode nativeStatus) {
    return nativeStatus.path("results").size();
  }

  /** The answer to a single scrape: its finished item as a document. */
  public static ObjectNode scraped(JsonNode item) {
    ObjectNode answer = JSON.objectNode();
    answer.put("success", true);
    answer.set("data", document(item));
    return answer;
  }

  /** One native item as a Firecrawl document. */
  public static ObjectNode document(JsonNode item) {
    ObjectNode document = JSON.objectNode();
    JsonNode data = item.path("data");
    copyText(data, "markdown", document, "markdown");
    copyText(data, "html", document, "html");
    copyText(data, "raw_html", document, "rawHtml");
    if (data.path("links").isArray()) {
      document.set("links", data.get("links").deepCopy());
    }
    JsonNode nativeMetadata = item.path("metadata");
    ObjectNode metadata = document.putObject("metadata");
    copyText(nativeMetadata, "title", metadata, "title");
    copyText(nativeMetadata, "description", metadata, "description");
    copyText(nativeMetadata, "language", metadata, "language");
    String url = item.path("url").asText();
    metadata.put("sourceURL", url);
    metadata.put(
        "url",
        nativeMetadata.path("final_url").isTextual()
            ? nativeMetadata.get("final_url").textValue()
            : url);
    if (nativeMetadata.path("status_code").isIntegralNumber()) {
      metadata.put("statusCode", nativeMetadata.get("status_code").intValue());
    }
    copyText(nativeMetadata, "content_type", metadata, "contentType");
    JsonNode error = item.path("error");
    if (error.isObject()) {
      metadata.put("error", error.path("message").asText());
      metadata.put("errorCode", error.path("code").asText());
    } else if (item.path("status").asText().equals("cancelled")) {
      metadata.put("error", "the scrape was cancelled before the page was fetched");
      metadata.put("errorCode", "cancelled");
    }
    return document;
  }

  /**
   * The native errors report in Firecrawl's shape.
   *
   * @param batchId the batch, which names each error: {@code <batch id>:<input index>}
   * @param finishedAt when each failed item finished (its {@code metadata.scraped_at}) by input
   *     index, where known
   */
  public static ObjectNode errors(
      JsonNode nativeErrors, String batchId, Map<Integer, String> finishedAt) {
    ObjectNode report = JSON.objectNode();
    ArrayNode errors = report.putArray("errors");
    for (JsonNode failed : nativeErrors.path("errors")) {
      int index = failed.path("input_index").asInt();
      ObjectNode error = errors.addObject();
      error.put("id", batchId + ":" + index);
      String timestamp = finishedAt.get(index);
      if (timestamp == null) {
        error.putNull("timestamp");
      } else {
        error.put("timestamp", timestamp);
      }
      error.put("url", failed.path("url").asText());
      error.put("code", failed.path("code").asText());
      error.put("error", failed.path("message").asText());
    }
    ArrayNode robotsBlocked = report.putArray("robotsBlocked");
    nativeErrors.path("robots_blocked").forEach(url -> robotsBlocked.add(url.asText()));
    return report;
  }

  /** The answer to a cancel. */
  public static ObjectNode cancelled() {
    ObjectNode answer = JSON.objectNode();
    answer.put("status", "cancelled");
    return answer;
  }

  /** An API error in Firecrawl's error shape. */
  public static ObjectNode error(ApiError error) {
    ObjectNode body = JSON.objectNode();
    body.put("success", false);
    body.put("error", error.message());
    body.put("code", error.code());
    if (error.details() != null && !error.details().isEmpty()) {
      body.set("details", PLAIN.valueToTree(error.details()));
    }
    return body;
  }

  private static void copyText(JsonNode from, String field, ObjectNode to, String name) {
    JsonNode value = from.path(field);
    if (value.isTextual()) {
      to.put(name, value.textValue());
    }
  }
}
