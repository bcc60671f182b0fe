package io.scrapeline.gateway.firecrawl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scrapeline.gateway.firecrawl.FirecrawlFields.Neutral;
import io.scrapeline.gateway.rest.ApiException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Turns a Firecrawl request body into the native body of API.md, which the native parser then
 * validates as if a native client had sent it. Only the Firecrawl vocabulary is handled here:
 * camelCase names, v2's format objects, webhook strings, Firecrawl's defaults, and the options
 * Scrapeline does not support, which are refused with 400 {@code unsupported_option} naming them.
 */
public final class FirecrawlRequests {

  /** The error code of a refused Firecrawl option. */
  public static final String UNSUPPORTED_OPTION = "unsupported_option";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Set<String> WEBHOOK_EVENTS = Set.of("completed", "cancelled");

  private FirecrawlRequests() {}

  /** A batch scrape body ({@code urls} plus scrape and batch options) as a native batch body. */
  public static ObjectNode batch(ObjectNode request, FirecrawlVersion version) {
    ObjectNode body = JSON.objectNode();
    copyIfPresent(request, "urls", body);
    body.setAll(options(request, version, FirecrawlFields.BATCH_FIELDS));
    body.put(
        "ignore_invalid_urls",
        optionalBoolean(
            request.get("ignoreInvalidURLs"),
            "ignoreInvalidURLs",
            version.ignoresInvalidUrlsByDefault()));
    checkMaxConcurrency(request.get("maxConcurrency"));
    JsonNode webhook = request.get("webhook");
    if (isPresent(webhook)) {
      body.set("webhook", webhook(webhook));
    }
    return body;
  }

  /** A scrape body ({@code url} plus scrape options) as a native single-scrape body. */
  public static ObjectNode single(ObjectNode request, FirecrawlVersion version) {
    ObjectNode body = JSON.objectNode();
    copyIfPresent(request, "url", body);
    body.setAll(options(request, version, Set.of("url")));
    return body;
  }

  /**
   * The same refusal in Firecrawl's words: native validation messages name native fields ({@code
   * timeout_ms}); the client sent Firecrawl ones ({@code timeout}).
   */
  public static ApiException inFirecrawlTerms(ApiException refusal) {
    String message = refusal.error().message();
    for (Map.Entry<String, String> name : FirecrawlFields.NATIVE_TO_FIRECRAWL_NAMES.entrySet()) {
      message = message.replace(name.getKey(), name.getValue());
    }
    return new ApiException(
        refusal.status(), refusal.error().code(), message, refusal.error().details());
  }

  /** Checks every field of the request and maps the scrape options; skips {@code ownFields}. */
  private static ObjectNode options(
      ObjectNode request, FirecrawlVersion version, Set<String> ownFields) {
    ObjectNode body = JSON.objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> fields = request.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = field.getKey();
      JsonNode value = field.getValue();
      if (ownFields.contains(name) || FirecrawlFields.CALLER_TAGS.contains(name)) {
        continue;
      }
      Neutral neutral = FirecrawlFields.UNSUPPORTED_OPTIONS.get(name);
      if (neutral != null) {
        if (isPresent(value) && !neutral.accepts().test(value)) {
          throw unsupportedOption(name, neutral.described());
        }
        continue;
      }
      String nativeName = FirecrawlFields.MAPPED_OPTIONS.get(name);
      if (nativeName == null) {
        throw ApiException.invalidRequest("unknown field '" + name + "'");
      }
      if (isPresent(value)) {
        body.set(nativeName, name.equals("formats") ? formats(value, version) : value.deepCopy());
      }
    }
    return body;
  }

  private static ArrayNode formats(JsonNode formats, FirecrawlVersion version) {
    String shape =
        version.acceptsFormatObjects()
            ? "formats must be an array of format names or {\"type\": ...} objects"
            : "formats must be an array of strings";
    if (!formats.isArray()) {
      throw ApiException.invalidRequest(shape);
    }
    ArrayNode codes = JSON.arrayNode();
    for (JsonNode format : formats) {
      String name;
      if (format.isTextual()) {
        name = format.textValue();
      } else if (format.isObject() && version.acceptsFormatObjects()) {
        name = formatObjectType(format, shape);
      } else {
        throw ApiException.invalidRequest(shape);
      }
      codes.add(formatCode(name));
    }
    return codes;
  }

  /** A v2 format object's type; settings on top of the type are options Scrapeline lacks. */
  private static String formatObjectType(JsonNode format, String shape) {
    JsonNode type = format.get("type");
    if (type == null || !type.isTextual()) {
      throw ApiException.invalidRequest(shape);
    }
    String name = type.textValue();
    if (FirecrawlFields.FORMATS.containsKey(name)) {
      Iterator<String> settings = format.fieldNames();
      while (settings.hasNext()) {
        String setting = settings.next();
        if (!setting.equals("type")) {
          throw unsupportedOption("formats[" + name + "]." + setting, null);
        }
      }
    }
    return name;
  }

  private static String formatCode(String name) {
    String code = FirecrawlFields.FORMATS.get(name);
    if (code != null) {
      return code;
    }
    String supported =
        String.join(", ", FirecrawlFields.FORMATS.keySet().stream().sorted().toList());
    if (FirecrawlFields.isFirecrawlOnlyFormat(name)) {
      throw new ApiException(
          400,
          UNSUPPORTED_OPTION,
          "format '" + name + "' is not supported by Scrapeline; supported formats: " + supported,
          Map.of("option", "formats", "value", name));
    }
    throw ApiException.invalidRequest(
        "unknown format '" + name + "'; supported formats: " + supported);
  }

  /** Firecrawl's webhook (a URL, or {url, events, headers, metadata}) as the native object. */
  private static ObjectNode webhook(JsonNode webhook) {
    ObjectNode hook = JSON.objectNode();
    if (webhook.isTextual()) {
      hook.put("url", webhook.textValue());
      return hook;
    }
    if (!webhook.isObject()) {
      throw ApiException.invalidRequest("webhook must be a URL or an object with a url");
    }
    for (Iterator<Map.Entry<String, JsonNode>> fields = webhook.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode value = field.getValue();
      switch (field.getKey()) {
        case "url" -> hook.set("url", value.deepCopy());
        case "events" -> {
          if (isPresent(value)) {
            hook.set("events", webhookEvents(value));
          }
        }
        case "headers", "metadata" -> {
          if (isPresent(value) && !(value.isObject() && value.isEmpty())) {
            throw unsupportedOption("webhook." + field.getKey(), null);
          }
        }
        default ->
            throw ApiException.invalidRequest("unknown field 'webhook." + field.getKey() + "'");
      }
    }
    return hook;
  }

  private static ArrayNode webhookEvents(JsonNode events) {
    if (!events.isArray()) {
      throw ApiException.invalidRequest("webhook.events must be an array");
    }
    ArrayNode mapped = JSON.arrayNode();
    for (JsonNode event : events) {
      if (!event.isTextual()) {
        throw ApiException.invalidRequest("webhook.events must be an array of strings");
      }
      if (!WEBHOOK_EVENTS.contains(event.textValue())) {
        throw new ApiException(
            400,
            UNSUPPORTED_OPTION,
            "webhook event '"
                + event.textValue()
                + "' is not supported by Scrapeline; it sends 'completed' (every page finished)"
                + " and 'cancelled'",
            Map.of("option", "webhook.events", "value", event.textValue()));
      }
      mapped.add(event.textValue());
    }
    return mapped;
  }

  /**
   * Firecrawl caps how many pages of one batch are scraped at once. Scrapeline's workers already
   * bound concurrency per host (politeness), so a valid cap is accepted as it is.
   */
  private static void checkMaxConcurrency(JsonNode value) {
    if (isPresent(value)
        && !(value.isIntegralNumber() && value.canConvertToInt() && value.intValue() >= 1)) {
      throw ApiException.invalidRequest("maxConcurrency must be a positive integer");
    }
  }

  private static boolean optionalBoolean(JsonNode value, String name, boolean fallback) {
    if (!isPresent(value)) {
      return fallback;
    }
    if (!value.isBoolean()) {
      throw ApiException.invalidRequest(name + " must be true or false");
    }
    return value.booleanValue();
  }

  private static ApiException unsupportedOption(String name, String acceptedValues) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("option", name);
    return new ApiException(
        400,
        UNSUPPORTED_OPTION,
        "option '"
            + name
            + "' is not supported by Scrapeline"
            + (acceptedValues == null ? "" : " (only " + acceptedValues + " is accepted)"),
        details);
  }

  private static void copyIfPresent(ObjectNode from, String field, ObjectNode to) {
    JsonNode value = from.get(field);
    if (value != null) {
      to.set(field, value.deepCopy());
    }
  }

  private static boolean isPresent(JsonNode value) {
    return value != null && !value.isNull();
  }
}
