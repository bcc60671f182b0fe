package io.scrapeline.gateway.firecrawl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Every Firecrawl request field the compatibility layer knows, and what becomes of it: mapped onto
 * the native request, checked and accepted, or refused as unsupported. A field that is in none of
 * these lists is refused as unknown, like the native API refuses unknown fields.
 */
final class FirecrawlFields {

  /** Scrape options that map one to one onto a native field (Firecrawl name → native name). */
  static final Map<String, String> MAPPED_OPTIONS =
      Map.of(
          "formats", "formats",
          "onlyMainContent", "only_main_content",
          "includeTags", "include_tags",
          "excludeTags", "exclude_tags",
          "headers", "headers",
          "timeout", "timeout_ms");

  /**
   * Fields that only say who is calling (the SDKs add {@code origin} to every body); they change
   * nothing about the scrape.
   */
  static final Set<String> CALLER_TAGS = Set.of("origin", "integration");

  /** Batch fields with a native counterpart or a check of their own. */
  static final Set<String> BATCH_FIELDS =
      Set.of("urls", "ignoreInvalidURLs", "webhook", "maxConcurrency");

  /** Firecrawl format names Scrapeline produces (Firecrawl name → native format code). */
  static final Map<String, String> FORMATS =
      Map.of("markdown", "markdown", "html", "html", "rawHtml", "raw_html", "links", "links");

  /**
   * Options Scrapeline does not implement. Each is accepted only with a value that asks for what
   * Scrapeline does anyway (no browser wait, no proxy, TLS verified, always a fresh fetch, ...);
   * any other value is refused with 400, never ignored.
   */
  static final Map<String, Neutral> UNSUPPORTED_OPTIONS = unsupportedOptions();

  /**
   * The values of an unsupported option that Scrapeline honours as it is.
   *
   * @param accepts whether a value is one of them
   * @param described the accepted values for error messages, or null when there are none
   */
  record Neutral(Predicate<JsonNode> accepts, String described) {}

  /** Format names the native API does not know: rawHtml and the formats Scrapeline lacks. */
  private static final Set<String> FIRECRAWL_ONLY_FORMATS =
      Set.of(
          "rawHtml",
          "screenshot",
          "screenshot@fullPage",
          "extract",
          "json",
          "changeTracking",
          "summary",
          "images",
          "attributes",
          "branding",
          "product",
          "menu",
          "audio",
          "video",
          "question",
          "highlights",
          "query");

  /** Firecrawl message words for the native field names that native validation messages use. */
  static final Map<String, String> NATIVE_TO_FIRECRAWL_NAMES =
      Map.of(
          "only_main_content", "onlyMainContent",
          "include_tags", "includeTags",
          "exclude_tags", "excludeTags",
          "timeout_ms", "timeout",
          "ignore_invalid_urls", "ignoreInvalidURLs",
          "raw_html", "rawHtml");

  private FirecrawlFields() {}

  /** Whether {@code name} is any field a Firecrawl scrape or batch scrape request may carry. */
  static boolean isFirecrawlField(String name) {
    return MAPPED_OPTIONS.containsKey(name)
        || CALLER_TAGS.contains(name)
        || BATCH_FIELDS.contains(name)
        || UNSUPPORTED_OPTIONS.containsKey(name)
        || name.equals("url");
  }

  /**
   * Whether {@code format} is a format name only Firecrawl uses (the native API spells {@code
   * raw_html} and has no screenshot, json, ...).
   */
  static boolean isFirecrawlOnlyFormat(String format) {
    return FIRECRAWL_ONLY_FORMATS.contains(format);
  }

  private static Map<String, Neutral> unsupportedOptions() {
    Neutral isFalse = new Neutral(value -> value.isBoolean() && !value.booleanValue(), "false");
    Neutral isZero = new Neutral(value -> value.isIntegralNumber() && value.longValue() == 0, "0");
    Neutral isEmptyArray = new Neutral(value -> value.isArray() && value.isEmpty(), "[]");
    Neutral never = new Neutral(value -> false, null);
    Map<String, Neutral> options = new LinkedHashMap<>();
    options.put("waitFor", isZero);
    options.put("mobile", isFalse);
    options.put("skipTlsVerification", isFalse);
    options.put("removeBase64Images", isFalse);
    options.put("blockAds", isFalse);
    options.put("fastMode", isFalse);
    options.put("storeInCache", isFalse);
    options.put("parsePDF", isFalse);
    options.put("zeroDataRetention", isFalse);
    options.put("lockdown", isFalse);
    options.put("redactPII", isFalse);
    options.put("domainTools", isFalse);
    // Every page is fetched fresh, so any bound on the age of cached content is met.
    options.put(
        "maxAge",
        new Neutral(
            value -> value.isIntegralNumber() && value.longValue() >= 0, "a non-negative integer"));
    options.put("parsers", isEmptyArray);
    options.put("actions", isEmptyArray);
    for (String option :
        new String[] {
          "proxy",
          "location",
          "extract",
          "jsonOptions",
          "changeTrackingOptions",
          "useMock",
          "minAge",
          "threatProtection",
          "auditMetadata",
          "profile",
          "toolDetail",
          "appendToId",
          "agent"
        }) {
      options.put(option, never);
    }
    return Map.copyOf(options);
  }
}
