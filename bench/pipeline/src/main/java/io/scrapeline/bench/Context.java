package io.scrapeline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the scenarios share: the corpus and its server, the monitor, and the stack once started. */
final class Context implements AutoCloseable {

  final Path sourceTree;
  final Path runDirectory;
  final Corpus corpus;
  final FixtureWeb fixture;
  final Monitor monitor;
  private final Map<String, String> stackSettings;
  private Stack stack;
  private Api api;

  /** Whether the scrape worker has already run pages (its JIT warmed up). */
  boolean workerWarm;

  Context(
      Path sourceTree,
      Path runDirectory,
      Corpus corpus,
      FixtureWeb fixture,
      Map<String, String> stackSettings) {
    this.sourceTree = sourceTree;
    this.runDirectory = runDirectory;
    this.corpus = corpus;
    this.fixture = fixture;
    this.stackSettings = stackSettings;
    this.monitor = new Monitor(() -> stack == null ? Map.of() : stack.pids());
  }

  /**
   * The SCRAPELINE_* settings the services get: this process's environment plus the benchmark's own
   * (which the environment overrides).
   */
  Map<String, String> serviceEnvironment() {
    Map<String, String> env = new java.util.TreeMap<>(stackSettings);
    System.getenv()
        .forEach(
            (name, value) -> {
              if (name.startsWith("SCRAPELINE_")) {
                env.put(name, value);
              }
            });
    return env;
  }

  /** The stack, started on first use. */
  synchronized Stack stack() {
    if (stack == null) {
      System.out.println("Starting the stack with ./scrapeline up (run dir " + runDirectory + ")");
      long started = System.nanoTime();
      stack = Stack.start(sourceTree, runDirectory, stackSettings);
      api = new Api(stack.baseUrl(), stack.apiKey());
      System.out.printf(
          "Stack up in %.0f s at %s%n", (System.nanoTime() - started) / 1e9, stack.baseUrl());
    }
    return stack;
  }

  boolean hasStack() {
    return stack != null;
  }

  Api api() {
    stack();
    return api;
  }

  /**
   * {@code count} URLs {@code /kind/first..first+count-1}, hosts taken round-robin over {@code
   * hosts}.
   */
  List<String> urls(String kind, long first, int count, int hosts) {
    List<String> urls = new ArrayList<>(count);
    for (long n = first; n < first + count; n++) {
      urls.add(fixture.url(kind, n, hosts));
    }
    return urls;
  }

  /**
   * Polls a batch's status every {@code every} until no item is pending or {@code timeout} passed;
   * returns the last status document and whether it finished.
   */
  Finished awaitBatch(String id, Duration every, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    JsonNode status;
    while (true) {
      // Only pending items listed: the page stays tiny however large the finished results are.
      status =
          api().get("/v1/batch/scrape/" + id + "?status=pending&page_size=1").expect(200).json();
      if (status.path("pending").asLong(-1) == 0) {
        return new Finished(status, System.nanoTime(), true);
      }
      if (System.nanoTime() > deadline) {
        return new Finished(status, System.nanoTime(), false);
      }
      Thread.sleep(every.toMillis());
    }
  }

  /** A batch's last status, when it was read, and whether every item had finished by then. */
  record Finished(JsonNode status, long atNanos, boolean done) {}

  @Override
  public void close() {
    monitor.close();
    if (stack != null) {
      System.out.println("Stopping the stack (./scrapeline down)");
      stack.close();
    }
  }
}
