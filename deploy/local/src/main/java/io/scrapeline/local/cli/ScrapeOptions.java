package io.scrapeline.local.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What {@code ./scrapeline scrape} was asked to do, every default applied.
 *
 * @param input the file to read URLs from, or {@code -} for stdin
 * @param formats the formats to ask for, in the API's spelling
 * @param onlyMainContent false with {@code --full-page}
 * @param timeoutMs per-page timeout; empty leaves the API's default
 * @param maxRetries retries per page; empty leaves the API's default
 * @param output the JSONL file; empty writes to stdout
 * @param apiUrl the gateway's base URL, without {@code /v1}
 * @param apiKey the key to send; empty when none was given and the local stack has none
 * @param pollInterval how often to ask the API for progress
 */
public record ScrapeOptions(
    String input,
    List<String> formats,
    boolean onlyMainContent,
    OptionalInt timeoutMs,
    OptionalInt maxRetries,
    Optional<Path> output,
    URI apiUrl,
    Optional<String> apiKey,
    Duration pollInterval) {

  /** The formats the API knows, in the order the usage lists them. */
  public static final List<String> FORMATS = List.of("markdown", "html", "raw_html", "links");

  public static final String STDIN = "-";

  public ScrapeOptions {
    Objects.requireNonNull(input, "input");
    formats = List.copyOf(formats);
    if (formats.isEmpty() || !FORMATS.containsAll(formats)) {
      throw new IllegalArgumentException("formats must be some of " + FORMATS + ": " + formats);
    }
    Objects.requireNonNull(timeoutMs, "timeoutMs");
    Objects.requireNonNull(maxRetries, "maxRetries");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(apiUrl, "apiUrl");
    Objects.requireNonNull(apiKey, "apiKey");
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("pollInterval must be positive: " + pollInterval);
    }
  }

  public boolean readsStdin() {
    return STDIN.equals(input);
  }
}
