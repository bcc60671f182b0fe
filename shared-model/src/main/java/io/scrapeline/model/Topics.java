package io.scrapeline.model;

import java.util.List;
import java.util.regex.Pattern;

/** Kafka topic names under one deployment-wide prefix, so several installs can share a cluster. */
public record Topics(String prefix) {

  /** The prefix used when a deployment configures none. */
  public static final String DEFAULT_PREFIX = "scrapeline.";

  /** Appended to a topic's name to name its dead-letter topic. */
  public static final String DLQ_SUFFIX = ".dlq";

  /** Kafka's limit (249) less the longest name built here, "sitemap.requests.dlq". */
  public static final int MAX_PREFIX_LENGTH = 249 - "sitemap.requests.dlq".length();

  private static final Pattern LEGAL_TOPIC_CHARS = Pattern.compile("[a-zA-Z0-9._-]*");

  /** Validates the prefix: Kafka topic characters only, short enough for every derived name. */
  public Topics {
    Require.nonNull(prefix, "prefix");
    if (!LEGAL_TOPIC_CHARS.matcher(prefix).matches()) {
      throw new IllegalArgumentException(
          "prefix '" + prefix + "' may only contain ASCII letters, digits, '.', '_' and '-'");
    }
    if (prefix.length() > MAX_PREFIX_LENGTH) {
      throw new IllegalArgumentException(
          "prefix must be at most " + MAX_PREFIX_LENGTH + " characters but was " + prefix.length());
    }
  }

  public static Topics withPrefix(String prefix) {
    return new Topics(prefix);
  }

  public static Topics defaults() {
    return new Topics(DEFAULT_PREFIX);
  }

  public String scrapeRequests() {
    return prefix + "scrape.requests";
  }

  public String scrapeResults() {
    return prefix + "scrape.results";
  }

  public String sitemapRequests() {
    return prefix + "sitemap.requests";
  }

  public String sitemapResults() {
    return prefix + "sitemap.results";
  }

  public String batchControl() {
    return prefix + "batch.control";
  }

  /** The dead-letter topic that receives the unreadable records of {@code topic}. */
  public String dlq(String topic) {
    return Require.nonBlank(topic, "topic") + DLQ_SUFFIX;
  }

  /** The five main topics (no dead-letter topics), requests before results. */
  public List<String> all() {
    return List.of(
        scrapeRequests(), scrapeResults(), sitemapRequests(), sitemapResults(), batchControl());
  }
}
