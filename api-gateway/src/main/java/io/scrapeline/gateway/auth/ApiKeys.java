package io.scrapeline.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The configured API keys, held only as SHA-256 digests. A presented key is hashed and compared
 * against every entry in constant time, so neither a key nor its position leaks through timing.
 */
public final class ApiKeys {

  private record Entry(String tenant, byte[] digest) {}

  private final List<Entry> entries;

  private ApiKeys(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * Parses {@code tenant:key} pairs separated by commas; a key given as {@code sha256:<64 hex>} is
   * taken as its digest.
   *
   * @throws IllegalArgumentException naming the malformed entry (never its secret)
   */
  public static ApiKeys parse(String configured) {
    List<Entry> entries = new ArrayList<>();
    if (configured == null || configured.isBlank()) {
      return new ApiKeys(entries);
    }
    int position = 0;
    for (String pair : configured.split(",")) {
      position++;
      String trimmed = pair.trim();
      int colon = trimmed.indexOf(':');
      if (trimmed.isEmpty() || colon <= 0 || colon == trimmed.length() - 1) {
        throw new IllegalArgumentException(
            "API key entry #" + position + " is not of the form tenant:key");
      }
      String tenant = trimmed.substring(0, colon);
      String key = trimmed.substring(colon + 1);
      entries.add(new Entry(tenant, digestOf(key, position)));
    }
    return new ApiKeys(entries);
  }

  /** The tenant the key belongs to, if any. */
  public Optional<String> tenantOf(String presentedKey) {
    if (presentedKey == null || presentedKey.isEmpty()) {
      return Optional.empty();
    }
    byte[] digest = sha256(presentedKey);
    String match = null;
    for (Entry entry : entries) {
      if (MessageDigest.isEqual(entry.digest(), digest) && match == null) {
        match = entry.tenant();
      }
    }
    return Optional.ofNullable(match);
  }

  public int size() {
    return entries.size();
  }

  private static byte[] digestOf(String key, int position) {
    if (key.startsWith("sha256:")) {
      String hex = key.substring("sha256:".length());
      if (!hex.matches("[0-9a-fA-F]{64}")) {
        throw new IllegalArgumentException(
            "API key entry #" + position + " has a sha256: digest that is not 64 hex digits");
      }
      return HexFormat.of().parseHex(hex.toLowerCase());
    }
    return sha256(key);
  }

  static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
