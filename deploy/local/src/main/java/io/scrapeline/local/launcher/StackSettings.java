package io.scrapeline.local.launcher;

import java.nio.file.Path;
import java.util.Map;

/**
 * Everything {@code ./scrapeline up} can be told through the environment, with the local defaults
 * of ARCHITECTURE.md. Documented in the README's "Local stack" table.
 */
public record StackSettings(
    Path sourceTree,
    Path runDirectory,
    int gatewayPort,
    int resultStorePort,
    int scrapeWorkerPort,
    int sitemapWorkerPort,
    int kafkaPort,
    int kafkaControllerPort,
    int postgresPort,
    String serviceHeap,
    String kafkaHeap,
    String allowedCidrs,
    String perHostMinDelay,
    String perHostMaxInFlight,
    int readyTimeoutSeconds) {

  public static StackSettings fromEnvironment(Path sourceTree, Map<String, String> env) {
    return new StackSettings(
        sourceTree,
        Path.of(env.getOrDefault("SCRAPELINE_RUN_DIR", sourceTree.resolve(".run").toString())),
        port(env, "SCRAPELINE_API_GATEWAY_PORT", 8080),
        port(env, "SCRAPELINE_RESULT_STORE_PORT", 8081),
        port(env, "SCRAPELINE_SCRAPE_WORKER_PORT", 8082),
        port(env, "SCRAPELINE_SITEMAP_WORKER_PORT", 8083),
        port(env, "SCRAPELINE_KAFKA_PORT", 19092),
        port(env, "SCRAPELINE_KAFKA_CONTROLLER_PORT", 19093),
        port(env, "SCRAPELINE_POSTGRES_PORT", 15432),
        env.getOrDefault("SCRAPELINE_SERVICE_HEAP", "256m"),
        env.getOrDefault("SCRAPELINE_KAFKA_HEAP", "256m"),
        env.getOrDefault("SCRAPELINE_ALLOWED_CIDRS", "127.0.0.0/8,::1/128"),
        // Local pages (and the system tests' fixture hosts) need no politeness: no delay, 8 at
        // once.
        env.getOrDefault("SCRAPELINE_SCRAPE_WORKER_PER_HOST_MIN_DELAY", "PT0S"),
        env.getOrDefault("SCRAPELINE_SCRAPE_WORKER_PER_HOST_MAX_IN_FLIGHT", "8"),
        Integer.parseInt(env.getOrDefault("SCRAPELINE_READY_TIMEOUT_SECONDS", "90")));
  }

  private static int port(Map<String, String> env, String name, int fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int port = Integer.parseInt(value.trim());
      if (port < 1 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a port number (1..65535), got: " + value);
    }
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + kafkaPort;
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + postgresPort + "/scrapeline";
  }
}
