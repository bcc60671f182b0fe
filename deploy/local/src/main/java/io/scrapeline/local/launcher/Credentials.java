package io.scrapeline.local.launcher;

import io.scrapeline.local.RunDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * API keys and the internal token of a local stack. {@code SCRAPELINE_API_KEYS} wins; otherwise one
 * key for tenant {@code local} is generated once and kept in the run directory, so that {@code up}
 * after {@code up} prints the same.
 */
record Credentials(String apiKeys, String displayKey, String internalToken) {

  private static final String API_KEY_FILE = "api-key";
  private static final String API_KEY_PREFIX = "sl_";

  static Credentials load(RunDirectory run, Map<String, String> env) {
    String internalToken =
        env.getOrDefault(
            "SCRAPELINE_INTERNAL_TOKEN", remembered(run.root().resolve("internal-token")));
    String configured = env.get("SCRAPELINE_API_KEYS");
    if (configured != null && !configured.isBlank()) {
      return new Credentials(configured, "(from SCRAPELINE_API_KEYS)", internalToken);
    }
    String key = API_KEY_PREFIX + remembered(run.root().resolve(API_KEY_FILE));
    return new Credentials("local:" + key, key + "  (tenant local)", internalToken);
  }

  /**
   * The key {@code up} generated for tenant {@code local} in this run directory, for clients such
   * as {@code ./scrapeline scrape}; empty before the first {@code up}. Never creates one.
   */
  static Optional<String> storedApiKey(Path runDirectory) {
    Path file = runDirectory.resolve(API_KEY_FILE);
    try {
      String hex = Files.isRegularFile(file) ? Files.readString(file).trim() : "";
      return hex.isEmpty() ? Optional.empty() : Optional.of(API_KEY_PREFIX + hex);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static String remembered(Path file) {
    try {
      if (Files.exists(file)) {
        return Files.readString(file).trim();
      }
      byte[] bytes = new byte[24];
      new SecureRandom().nextBytes(bytes);
      String value = HexFormat.of().formatHex(bytes);
      Files.writeString(file, value + "\n");
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
