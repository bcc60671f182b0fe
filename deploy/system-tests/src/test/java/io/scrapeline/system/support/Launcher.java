package io.scrapeline.system.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs {@code ./scrapeline} for a test stack, and clears that stack's run directory. */
final class Launcher {

  private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(3);

  /** The checkout whose {@code ./scrapeline} and built services the tests run. */
  static final Path SOURCE_TREE = Path.of(System.getenv("SCRAPELINE_HOME"));

  private Launcher() {}

  /** Runs {@code ./scrapeline command} with {@code env} added and answers what it printed. */
  static String run(Map<String, String> env, String command) {
    try {
      ProcessBuilder builder =
          new ProcessBuilder("bash", SOURCE_TREE.resolve("scrapeline").toString(), command)
              .redirectErrorStream(true);
      builder.environment().putAll(env);
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(COMMAND_TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("./scrapeline " + command + " did not finish:\n" + output);
      }
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException("./scrapeline " + command + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Deletes everything an earlier run left in {@code runDirectory} (its database above all, so that
   * a test never meets an earlier run's batches) but the PostgreSQL binaries, which would only be
   * unpacked again.
   */
  static void clearRunDirectory(Path runDirectory) {
    if (!Files.exists(runDirectory)) {
      return;
    }
    Path binaries = runDirectory.resolve("data").resolve("pg-binaries");
    try (Stream<Path> paths = Files.walk(runDirectory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        if (!path.startsWith(binaries) && !binaries.startsWith(path)) {
          Files.delete(path);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear " + runDirectory, e);
    }
  }
}
