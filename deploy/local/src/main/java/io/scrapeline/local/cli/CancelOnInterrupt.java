package io.scrapeline.local.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * What Ctrl-C does while a batch runs. Installed as a shutdown hook: it runs when the JVM is told
 * to stop (SIGINT exits with 130), not when the command ends by itself, because the command clears
 * the running batch first. On a terminal it asks whether to cancel the batch too; without one it
 * cancels, so that no batch is left running unattended.
 */
final class CancelOnInterrupt implements Runnable {

  private final GatewayClient client;
  private final PrintStream err;
  private final Optional<Supplier<String>> console;
  private final Runnable quiet;
  private final AtomicReference<String> running = new AtomicReference<>();

  /**
   * @param console reads a line from the terminal; empty when there is none
   * @param quiet stops the progress display and flushes the output before the question
   */
  CancelOnInterrupt(
      GatewayClient client, PrintStream err, Optional<Supplier<String>> console, Runnable quiet) {
    this.client = client;
    this.err = err;
    this.console = console;
    this.quiet = quiet;
  }

  void watching(String batchId) {
    running.set(batchId);
  }

  void finished() {
    running.set(null);
  }

  @Override
  public void run() {
    String id = running.getAndSet(null);
    if (id == null) {
      return;
    }
    quiet.run();
    if (console.isPresent() && !confirmed("Cancel batch " + id + "? [y/N] ")) {
      err.println("batch " + id + " keeps running: GET " + client.api() + "/v1/batch/scrape/" + id);
      return;
    }
    try {
      client.cancel(id);
      err.println("cancelled batch " + id);
    } catch (GatewayException e) {
      err.println("could not cancel batch " + id + ": " + e.getMessage());
    }
  }

  private boolean confirmed(String question) {
    err.print(question);
    err.flush();
    String answer = console.get().get();
    return answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
  }
}
