package io.scrapeline.local.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The arguments of {@code ./scrapeline scrape}: {@code FILE|-} and the options of {@link #USAGE}.
 * Options take their value as the next argument or after {@code =} ({@code --formats=html}).
 */
public final class ScrapeOptionsParser {

  public static final String USAGE =
      """
      usage: ./scrapeline scrape FILE|- [OPTIONS]
      Scrapes the URLs in FILE (one a line; blank lines and lines starting with # are skipped;
      - reads stdin) through the Scrapeline API and writes one JSON result per line, in input order.

        --formats LIST      comma-separated: markdown, html, raw_html, links (default markdown)
        --full-page         keep navigation, headers and footers (only_main_content=false)
        --timeout-ms N      per-page timeout in milliseconds (default: the API's)
        --max-retries N     retries per page (default: the API's)
        -o, --output FILE   write the JSON lines to FILE instead of stdout
        --api-url URL       the API (default http://127.0.0.1:$SCRAPELINE_API_GATEWAY_PORT, port 8080)
        --api-key KEY       the API key (default $SCRAPELINE_API_KEY, else the local stack's key)
        --poll-ms N         how often to ask for progress, in milliseconds (default 500)
        -h, --help          print this help

      Exit codes: 0 the batch completed (some pages may have failed), 1 the API refused the batch or
      could not be reached, 2 bad arguments or input, 3 the batch was cancelled, 130 Ctrl-C.
      """;

  static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMillis(500);

  /** The defaults that depend on the environment: where the API is and which key to send. */
  public record Defaults(URI apiUrl, Supplier<Optional<String>> apiKey) {

    /**
     * The local stack's gateway; the key from {@code SCRAPELINE_API_KEY}, else the one {@code up}
     * stored in the run directory.
     */
    public static Defaults localStack(
        int gatewayPort, Map<String, String> env, Supplier<Optional<String>> storedKey) {
      return new Defaults(
          URI.create("http://127.0.0.1:" + gatewayPort),
          () ->
              Optional.ofNullable(env.get("SCRAPELINE_API_KEY"))
                  .map(String::trim)
                  .filter(key -> !key.isEmpty())
                  .or(storedKey));
    }
  }

  /** What the arguments ask for: the help text, or a scrape. */
  public sealed interface Invocation {}

  public record Help() implements Invocation {}

  public record Scrape(ScrapeOptions options) implements Invocation {}

  /** Arguments that cannot be run; the message says which and why. */
  public static final class UsageException extends Exception {
    UsageException(String message) {
      super(message);
    }
  }

  private ScrapeOptionsParser() {}

  public static Invocation parse(List<String> args, Defaults defaults) throws UsageException {
    if (args.contains("--help") || args.contains("-h")) {
      return new Help();
    }
    Draft draft = new Draft();
    Deque<String> rest = new ArrayDeque<>(args);
    while (!rest.isEmpty()) {
      String arg = rest.poll();
      if (arg.equals(ScrapeOptions.STDIN) || !arg.startsWith("-")) {
        draft.input(arg);
        continue;
      }
      int equals = arg.indexOf('=');
      String name = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
      Optional<String> inline =
          name.equals(arg) ? Optional.empty() : Optional.of(arg.substring(equals + 1));
      if (name.equals("--full-page")) {
        if (inline.isPresent()) {
          throw new UsageException("--full-page takes no value");
        }
        draft.onlyMainContent = false;
        continue;
      }
      if (!Draft.VALUED.contains(name)) {
        throw new UsageException("unknown option " + arg);
      }
      draft.set(name, inline.isPresent() ? inline.get() : value(name, rest));
    }
    return new Scrape(draft.build(defaults));
  }

  private static String value(String name, Deque<String> rest) throws UsageException {
    if (rest.isEmpty()) {
      throw new UsageException(name + " needs a value");
    }
    return rest.poll();
  }

  /** The options seen so far. */
  private static final class Draft {
    static final Set<String> VALUED =
        Set.of(
            "--formats",
            "--timeout-ms",
            "--max-retries",
            "-o",
            "--output",
            "--api-url",
            "--api-key",
            "--poll-ms");

    private String input;
    private List<String> formats = List.of("markdown");
    private boolean onlyMainContent = true;
    private OptionalInt timeoutMs = OptionalInt.empty();
    private OptionalInt maxRetries = OptionalInt.empty();
    private Optional<Path> output = Optional.empty();
    private Optional<URI> apiUrl = Optional.empty();
    private Optional<String> apiKey = Optional.empty();
    private Duration pollInterval = DEFAULT_POLL_INTERVAL;

    void input(String value) throws UsageException {
      if (input != null) {
        throw new UsageException("unexpected argument " + value + " (one FILE only)");
      }
      input = value;
    }

    void set(String name, String value) throws UsageException {
      switch (name) {
        case "--formats" -> formats = formats(value);
        case "--timeout-ms" -> timeoutMs = OptionalInt.of(number(name, value, 1));
        case "--max-retries" -> maxRetries = OptionalInt.of(number(name, value, 0));
        case "-o", "--output" ->
            output =
                value.equals(ScrapeOptions.STDIN) ? Optional.empty() : Optional.of(path(value));
        case "--api-url" -> apiUrl = Optional.of(apiUrl(value));
        case "--api-key" -> apiKey = Optional.of(nonBlank(name, value));
        case "--poll-ms" -> pollInterval = Duration.ofMillis(number(name, value, 1));
        default -> throw new IllegalStateException("unhandled option " + name);
      }
    }

    ScrapeOptions build(Defaults defaults) throws UsageException {
      if (input == null) {
        throw new UsageException("missing FILE (a file of URLs, or - for stdin)");
      }
      if (!input.equals(ScrapeOptions.STDIN) && !Files.isRegularFile(path(input))) {
        throw new UsageException("no such file: " + input);
      }
      return new ScrapeOptions(
          input,
          formats,
          onlyMainContent,
          timeoutMs,
          maxRetries,
          output,
          apiUrl.orElse(defaults.apiUrl()),
          apiKey.or(defaults.apiKey()),
          pollInterval);
    }
  }

  private static List<String> formats(String value) throws UsageException {
    Set<String> formats = new LinkedHashSet<>();
    for (String format : value.split(",", -1)) {
      String name = format.trim().toLowerCase(Locale.ROOT);
      if (!ScrapeOptions.FORMATS.contains(name)) {
        throw new UsageException(
            "unknown format '"
                + format.trim()
                + "' (one of "
                + String.join(", ", ScrapeOptions.FORMATS)
                + ")");
      }
      formats.add(name);
    }
    return new ArrayList<>(formats);
  }

  private static String nonBlank(String name, String value) throws UsageException {
    if (value.isBlank()) {
      throw new UsageException(name + " needs a value");
    }
    return value.trim();
  }

  private static int number(String name, String value, int min) throws UsageException {
    try {
      int number = Integer.parseInt(value.trim());
      if (number >= min) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below, like a number out of range
    }
    throw new UsageException(name + " needs a whole number >= " + min + ", got '" + value + "'");
  }

  private static Path path(String value) throws UsageException {
    try {
      return Path.of(value);
    } catch (java.nio.file.InvalidPathException e) {
      throw new UsageException("not a file name: " + value);
    }
  }

  /**
   * An http(s) base URL; a trailing {@code /} or {@code /v1} (as {@code up} prints it) is dropped.
   */
  static URI apiUrl(String value) throws UsageException {
    try {
      URI uri = new URI(value.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new URISyntaxException(value, "not an http(s) URL with a host");
      }
      String text = uri.toString().replaceAll("/+$", "");
      return URI.create(text.endsWith("/v1") ? text.substring(0, text.length() - 3) : text);
    } catch (URISyntaxException e) {
      throw new UsageException("--api-url needs an http(s) URL, got '" + value + "'");
    }
  }
}
