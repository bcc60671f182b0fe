package io.scrapeline.worker;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link RequestWorker} runs.
 *
 * @param name names the worker's threads, e.g. {@code sitemap}
 * @param maxInFlight requests handled at the same time (threads of the worker pool)
 * @param maxPollRecords requests taken in one poll, and the most unfinished at once
 * @param shutdownTimeout how long shutdown lets in-flight requests finish before giving them back
 */
public record WorkerSettings(
    String name, int maxInFlight, int maxPollRecords, Duration shutdownTimeout) {

  /** Validates the sizes. */
  public WorkerSettings {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(shutdownTimeout, "shutdownTimeout");
    if (maxInFlight < 1 || maxPollRecords < 1) {
      throw new IllegalArgumentException("maxInFlight and maxPollRecords must be at least 1");
    }
  }
}
