package io.scrapeline.gateway.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scrapeline.gateway.rest.ApiException;
import io.scrapeline.model.Format;
import io.scrapeline.model.ScrapeOptions;
import io.scrapeline.model.internal.BatchItem;
import io.scrapeline.model.url.UrlValidation;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a scrape or sitemap request body into a {@link SubmittedBatch}, or refuses it with the API
 * error that names the problem. Unknown fields are refused rather than ignored: a misspelt option
 * must not silently fall back.
 */
public final class BatchBodyParser {

  private static final Set<String> SCRAPE_OPTION_FIELDS =
      Set.of(
          "formats",
          "only_main_content",
          "include_tags",
          "exclude_tags",
          "headers",
          "timeout_ms",
          "max_retries");
  private static final Set<String> BATCH_FIELDS = Set.of("ignore_invalid_urls", "webhook");
  private static final Set<String> SITEMAP_FIELDS = Set.of("max_urls", "follow_index", "scrape");
  private static final Set<String> WEBHOOK_EVENTS = Set.of("completed", "cancelled");
  private static final int MAX_JSON_DEPTH = 32;

  private final ObjectMapper mapper;
  private final int maxUrls;
  private final int maxSitemapLinks;

  /**
   * @param maxUrls most URLs in one batch
   * @param maxSitemapLinks the highest {@code max_urls} a sitemap batch may ask for
   */
  public BatchBodyParser(ObjectMapper mapper, int maxUrls, int maxSitemapLinks) {
    this.mapper = mapper.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    this.maxUrls = maxUrls;
    this.maxSitemapLinks = maxSitemapLinks;
  }

  /** A scrape batch body: {@code urls} plus scrape options. */
  public SubmittedBatch parseScrapeBatch(byte[] body) {
    ObjectNode root = parseObject(body);
    requireKnownFields(root, Set.of("urls"), SCRAPE_OPTION_FIELDS, BATCH_FIELDS);
    return build(root, urls(root), new ScrapeOrder(options(root)));
  }

  /**
   * A sitemap batch body: {@code urls} (sitemaps or site roots), {@code max_urls}, {@code
   * follow_index}.
   */
  public SubmittedBatch parseSitemapBatch(byte[] body) {
    ObjectNode root = parseObject(body);
    requireKnownFields(root, Set.of("urls"), SITEMAP_FIELDS, BATCH_FIELDS);
    int links = optionalInt(root, "max_urls", Math.min(DEFAULT_SITEMAP_LINKS, maxSitemapLinks));
    if (links < 1 || links > maxSitemapLinks) {
      throw ApiException.invalidRequest("max_urls must be between 1 and " + maxSitemapLinks);
    }
    boolean followIndex = optionalBoolean(root, "follow_index", true);
    JsonNode scrape = root.get("scrape");
    ScrapeOptions scrapeOptions = null;
    if (scrape != null && !scrape.isNull()) {
      if (!(scrape instanceof ObjectNode scrapeObject)) {
        throw ApiException.invalidRequest("scrape must be an object of scrape options");
      }
      requireKnownFields(scrapeObject, Set.of(), SCRAPE_OPTION_FIELDS, Set.of());
      scrapeOptions = options(scrapeObject);
    }
    return build(root, urls(root), new SitemapOrder(links, followIndex, scrapeOptions));
  }

  /** Links kept per sitemap input when {@code max_urls} is not given (API.md). */
  public static final int DEFAULT_SITEMAP_LINKS = 50_000;

  private List<String> urls(ObjectNode root) {
    JsonNode urls = root.get("urls");
    if (urls == null || urls.isNull()) {
      throw ApiException.invalidRequest("urls is required");
    }
    if (!urls.isArray()) {
      throw ApiException.invalidRequest("urls must be an array of strings");
    }
    if (urls.isEmpty()) {
      throw ApiException.invalidRequest("urls must not be empty");
    }
    if (urls.size() > maxUrls) {
      throw new ApiException(
          413,
          "too_many_urls",
          "a batch may hold at most " + maxUrls + " URLs; got " + urls.size(),
          Map.of("max_urls", maxUrls));
    }
    List<String> values = new ArrayList<>(urls.size());
    for (JsonNode url : urls) {
      values.add(url.isTextual() ? url.textValue() : url.isNull() ? null : url.toString());
    }
    return values;
  }

  /** A single-scrape body: {@code url} plus options; the URL must be valid. */
  public SubmittedBatch parseSingle(byte[] body) {
    ObjectNode root = parseObject(body);
    requireKnownFields(root, Set.of("url"), SCRAPE_OPTION_FIELDS, Set.of());
    JsonNode url = root.get("url");
    if (url == null || !url.isTextual()) {
      throw ApiException.invalidRequest("url is required and must be a string");
    }
    UrlValidation.problem(url.textValue())
        .ifPresent(
            problem -> {
              throw new ApiException(
                  400,
                  "invalid_urls",
                  "url is invalid: " + problem,
                  Map.of("invalid_urls", List.of(url.textValue())));
            });
    return build(root, List.of(url.textValue()), new ScrapeOrder(options(root)));
  }

  private SubmittedBatch build(ObjectNode root, List<String> urls, WorkOrder order) {
    boolean ignoreInvalid = optionalBoolean(root, "ignore_invalid_urls", true);
    List<BatchItem> items = new ArrayList<>();
    List<String> invalid = new ArrayList<>();
    for (int index = 0; index < urls.size(); index++) {
      String url = urls.get(index);
      if (url == null || UrlValidation.problem(url).isPresent()) {
        invalid.add(url == null ? "null" : url);
      } else {
        items.add(new BatchItem(index, url));
      }
    }
    if (!invalid.isEmpty() && !ignoreInvalid) {
      throw new ApiException(
          400,
          "invalid_urls",
          invalid.size() + " URL(s) are invalid and ignore_invalid_urls is false",
          Map.of("invalid_urls", invalid));
    }
    if (items.isEmpty()) {
      throw new ApiException(
          400, "no_valid_urls", "none of the URLs is valid", Map.of("invalid_urls", invalid));
    }
    return new SubmittedBatch(items, invalid, order, webhook(root), hash(root));
  }

  ScrapeOptions options(ObjectNode root) {
    ScrapeOptions defaults = ScrapeOptions.defaults();
    try {
      return new ScrapeOptions(
          formats(root.get("formats"), defaults.formats()),
          optionalBoolean(root, "only_main_content", defaults.onlyMainContent()),
          stringList(root, "include_tags"),
          stringList(root, "exclude_tags"),
          headers(root.get("headers")),
          optionalInt(root, "timeout_ms", defaults.timeoutMs()),
          optionalInt(root, "max_retries", defaults.maxRetries()));
    } catch (IllegalArgumentException e) {
      throw ApiException.invalidRequest(snakeCase(e.getMessage()));
    }
  }

  /**
   * Reads a request body as a JSON object within the parser's limits (nesting depth, Jackson's
   * stream constraints), or refuses it with {@code invalid_request}.
   */
  public ObjectNode parseObject(byte[] body) {
    if (body == null || body.length == 0) {
      throw ApiException.invalidRequest("the request body is empty; a JSON object is required");
    }
    JsonNode root;
    try {
      root = mapper.readTree(body);
    } catch (StreamConstraintsException e) {
      // Jackson's own limits (nesting depth, number and string lengths) stop a hostile body
      // before it is built; such an exception carries no location.
      throw ApiException.invalidRequest("the JSON body exceeds a parser limit: " + e.getMessage());
    } catch (JsonProcessingException e) {
      throw ApiException.invalidRequest(
          e.getLocation() == null
              ? "malformed JSON"
              : "malformed JSON at line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr());
    } catch (java.io.IOException e) {
      throw ApiException.invalidRequest("the request body could not be read");
    }
    if (!(root instanceof ObjectNode object)) {
      throw ApiException.invalidRequest("the request body must be a JSON object");
    }
    if (depth(object, 0) > MAX_JSON_DEPTH) {
      throw ApiException.invalidRequest("JSON nested deeper than " + MAX_JSON_DEPTH + " levels");
    }
    return object;
  }

  private static int depth(JsonNode node, int level) {
    if (level > MAX_JSON_DEPTH) {
      return level;
    }
    int deepest = level;
    for (JsonNode child : node) {
      if (child.isContainerNode()) {
        deepest = Math.max(deepest, depth(child, level + 1));
      }
    }
    return deepest;
  }

  @SafeVarargs
  private static void requireKnownFields(ObjectNode root, Set<String>... allowed) {
    Iterator<String> names = root.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (java.util.Arrays.stream(allowed).noneMatch(fields -> fields.contains(name))) {
        throw ApiException.invalidRequest("unknown field '" + name + "'");
      }
    }
  }

  private static List<Format> formats(JsonNode node, List<Format> fallback) {
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isArray()) {
      throw new IllegalArgumentException("formats must be an array of strings");
    }
    List<Format> formats = new ArrayList<>();
    for (JsonNode format : node) {
      if (!format.isTextual()) {
        throw new IllegalArgumentException("formats must be an array of strings");
      }
      formats.add(Format.fromCode(format.textValue()));
    }
    return formats;
  }

  private static boolean optionalBoolean(ObjectNode root, String field, boolean fallback) {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isBoolean()) {
      throw ApiException.invalidRequest(field + " must be true or false");
    }
    return node.booleanValue();
  }

  private static int optionalInt(ObjectNode root, String field, int fallback) {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw ApiException.invalidRequest(field + " must be an integer");
    }
    return node.intValue();
  }

  private static List<String> stringList(ObjectNode root, String field) {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    if (node.isArray()) {
      for (JsonNode value : node) {
        if (!value.isTextual()) {
          throw ApiException.invalidRequest(field + " must be an array of strings");
        }
        values.add(value.textValue());
      }
      return values;
    }
    throw ApiException.invalidRequest(field + " must be an array of strings");
  }

  private static Map<String, String> headers(JsonNode node) {
    if (node == null || node.isNull()) {
      return Map.of();
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException("headers must be an object of strings");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    node.fields()
        .forEachRemaining(
            field -> {
              if (!field.getValue().isTextual()) {
                throw new IllegalArgumentException(
                    "header '" + field.getKey() + "' must have a string value");
              }
              headers.put(field.getKey(), field.getValue().textValue());
            });
    return headers;
  }

  private static Map<String, Object> webhook(ObjectNode root) {
    JsonNode node = root.get("webhook");
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject() || !node.path("url").isTextual()) {
      throw ApiException.invalidRequest("webhook must be an object with a url");
    }
    String url = node.get("url").textValue();
    UrlValidation.problem(url)
        .ifPresent(
            problem -> {
              throw ApiException.invalidRequest("webhook.url is invalid: " + problem);
            });
    List<String> events = new ArrayList<>();
    JsonNode eventsNode = node.get("events");
    if (eventsNode == null || eventsNode.isNull()) {
      events.addAll(List.of("completed", "cancelled"));
    } else {
      if (!eventsNode.isArray()) {
        throw ApiException.invalidRequest("webhook.events must be an array");
      }
      for (JsonNode event : eventsNode) {
        if (!event.isTextual() || !WEBHOOK_EVENTS.contains(event.textValue())) {
          throw ApiException.invalidRequest("webhook.events may hold only completed and cancelled");
        }
        events.add(event.textValue());
      }
    }
    Map<String, Object> webhook = new LinkedHashMap<>();
    webhook.put("url", url);
    webhook.put("events", events);
    return webhook;
  }

  /** Field order and whitespace do not matter: the same request hashes the same. */
  private String hash(ObjectNode root) {
    try {
      Object canonical = mapper.treeToValue(root, Object.class);
      byte[] bytes = mapper.writeValueAsBytes(canonical);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Record validation speaks Java (timeoutMs); the API speaks snake_case (timeout_ms). */
  private static String snakeCase(String message) {
    return message == null
        ? "invalid request"
        : message
            .replace("timeoutMs", "timeout_ms")
            .replace("maxRetries", "max_retries")
            .replace("includeTags", "include_tags")
            .replace("excludeTags", "exclude_tags");
  }
}
