package io.scrapeline.local;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Stopping processes politely first (SIGTERM), then for sure (SIGKILL), descendants included. */
public final class Processes {

  private Processes() {}

  /**
   * SIGTERM, wait up to {@code grace}, then SIGKILL what is left of the process and its
   * descendants.
   */
  public static void stop(ProcessHandle process, Duration grace) {
    var descendants = process.descendants().toList();
    process.destroy();
    try {
      process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception timedOutOrInterrupted) {
      process.destroyForcibly();
    }
    descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  /**
   * Stops a server that treats SIGTERM as "wait for clients" (PostgreSQL): SIGINT asks for a fast
   * shutdown, then SIGKILL after {@code grace}.
   */
  public static void interrupt(ProcessHandle process, Duration grace) {
    try {
      new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
      process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception failedOrTimedOut) {
      process.destroyForcibly();
    }
  }

  public static boolean isAlive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }
}
