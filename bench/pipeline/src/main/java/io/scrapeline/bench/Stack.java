package io.scrapeline.bench;

import io.scrapeline.local.FreePorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The stack started by {@code ./scrapeline up} on free ports in a run directory of its own, with a
 * bench tenant's key, and stopped by {@code ./scrapeline down}. Every {@code SCRAPELINE_*} variable
 * of the benchmark's own environment reaches the services too (the launcher passes its environment
 * on), so any service setting can be changed for a run.
 */
final class Stack implements AutoCloseable {

  static final String TENANT = "bench";

  private final Path sourceTree;
  private final Path runDirectory;
  private final Map<String, String> env = new LinkedHashMap<>();
  private final String apiKey;
  private boolean up;

  private Stack(Path sourceTree, Path runDirectory, Map<String, String> settings) {
    this.sourceTree = sourceTree;
    this.runDirectory = runDirectory;
    this.apiKey = "bench-" + Long.toHexString(Double.doubleToLongBits(Math.random()));
    env.put("SCRAPELINE_RUN_DIR", runDirectory.toString());
    for (String port :
        List.of(
            "API_GATEWAY",
            "RESULT_STORE",
            "SCRAPE_WORKER",
            "SITEMAP_WORKER",
            "KAFKA",
            "KAFKA_CONTROLLER",
            "POSTGRES")) {
      env.put("SCRAPELINE_" + port + "_PORT", "" + FreePorts.pick());
    }
    env.put("SCRAPELINE_API_KEYS", TENANT + ":" + apiKey);
    env.put("SCRAPELINE_READY_TIMEOUT_SECONDS", "240");
    env.putAll(settings);
  }

  /**
   * Starts the stack with {@code settings} (service settings the benchmark needs, see {@link
   * Bench#STACK_SETTINGS}) after wiping the run directory of a previous run.
   */
  static Stack start(Path sourceTree, Path runDirectory, Map<String, String> settings) {
    Stack stack = new Stack(sourceTree, runDirectory, settings);
    if (!stack.pids().isEmpty()) {
      // A previous run that ended without ./scrapeline down: stop what its pid files name.
      stack.scrapeline("down", Map.of(), Duration.ofMinutes(4));
    }
    deleteTree(runDirectory);
    String output = stack.scrapeline("up", Map.of(), Duration.ofMinutes(6));
    if (!output.contains("Scrapeline is up.")) {
      stack.close();
      throw new IllegalStateException("./scrapeline up failed:\n" + output);
    }
    stack.up = true;
    return stack;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + env.get("SCRAPELINE_API_GATEWAY_PORT");
  }

  String apiKey() {
    return apiKey;
  }

  Connection database() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + env.get("SCRAPELINE_POSTGRES_PORT") + "/scrapeline",
        "postgres",
        "");
  }

  /** The environment this stack was started with (ports, run directory, keys). */
  Map<String, String> environment() {
    return Map.copyOf(env);
  }

  /** Settings given to the services, keys left out. */
  Map<String, String> settings() {
    Map<String, String> shown = new TreeMap<>(env);
    shown.put("SCRAPELINE_API_KEYS", TENANT + ":(generated)");
    System.getenv()
        .forEach(
            (name, value) -> {
              if (name.startsWith("SCRAPELINE_") && !shown.containsKey(name)) {
                shown.put(name, name.contains("KEY") || name.contains("TOKEN") ? "(set)" : value);
              }
            });
    return shown;
  }

  /** Pids of the running processes, by the names of their pid files. */
  Map<String, Long> pids() {
    Map<String, Long> pids = new TreeMap<>();
    Path directory = runDirectory.resolve("pids");
    if (!Files.isDirectory(directory)) {
      return pids;
    }
    try (Stream<Path> files = Files.list(directory)) {
      files
          .filter(file -> file.getFileName().toString().endsWith(".pid"))
          .forEach(
              file -> {
                String name = file.getFileName().toString().replace(".pid", "");
                try {
                  pids.put(name, Long.parseLong(Files.readString(file).trim()));
                } catch (IOException | NumberFormatException e) {
                  // Being rewritten by ./scrapeline: the next read will see it.
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pids;
  }

  /**
   * Stops the scrape worker (SIGTERM to the pid of its pid file, which this stack started) and
   * starts it again through {@code ./scrapeline up} with {@code overrides} added to its
   * environment; the other processes keep running.
   */
  void restartScrapeWorker(Map<String, String> overrides) {
    Long pid = pids().get("scrape-worker");
    if (pid != null) {
      ProcessHandle.of(pid)
          .ifPresent(
              worker -> {
                worker.destroy();
                try {
                  worker.onExit().get(90, TimeUnit.SECONDS);
                } catch (Exception e) {
                  throw new IllegalStateException("the scrape worker did not stop within 90 s", e);
                }
              });
    }
    String output = scrapeline("up", overrides, Duration.ofMinutes(4));
    if (!output.contains("Scrapeline is up.")) {
      throw new IllegalStateException("restarting the scrape worker failed:\n" + output);
    }
  }

  private String scrapeline(String command, Map<String, String> overrides, Duration timeout) {
    Path log = runDirectory.resolveSibling("scrapeline-" + command + ".out");
    try {
      Files.createDirectories(runDirectory.getParent());
      List<String> args =
          new ArrayList<>(List.of("bash", sourceTree.resolve("scrapeline").toString(), command));
      ProcessBuilder builder =
          new ProcessBuilder(args)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      builder.environment().putAll(env);
      builder.environment().putAll(overrides);
      Process process = builder.start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("./scrapeline " + command + " took over " + timeout);
      }
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException("./scrapeline " + command + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public synchronized void close() {
    if (Files.isDirectory(runDirectory.resolve("pids"))) {
      scrapeline("down", Map.of(), Duration.ofMinutes(4));
    }
    up = false;
  }

  boolean isUp() {
    return up;
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths
          .sorted((a, b) -> b.getNameCount() - a.getNameCount())
          .forEach(
              path -> {
                try {
                  Files.delete(path);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
