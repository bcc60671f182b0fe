package io.scrapeline.local.cli;

import java.time.Duration;

/**
 * The counters of the batches that ended so far, for the progress bar and the summary line.
 *
 * @param total items submitted for scraping (invalid URLs not counted)
 * @param invalid URLs the API rejected as invalid
 */
record Totals(long total, long completed, long failed, long cancelled, long invalid) {

  static final Totals NONE = new Totals(0, 0, 0, 0, 0);

  Totals plus(StatusPage last, long invalidUrls) {
    return new Totals(
        total + last.total(),
        completed + last.completed(),
        failed + last.failed(),
        cancelled + last.cancelled(),
        invalid + invalidUrls);
  }

  /**
   * The whole command's progress while a batch runs.
   *
   * @param notSubmitted URLs of the batches still to come
   */
  ProgressBar.Counts with(StatusPage running, long notSubmitted) {
    return new ProgressBar.Counts(
        completed + failed + cancelled + running.done(),
        total + running.total() + notSubmitted,
        failed + running.failed());
  }

  /** {@code 9 completed, 1 failed, 0 cancelled in 0:12 (2 invalid URLs skipped)}. */
  String summary(Duration elapsed) {
    String line =
        completed
            + " completed, "
            + failed
            + " failed, "
            + cancelled
            + " cancelled in "
            + ProgressBar.clock(elapsed);
    return invalid == 0 ? line : line + " (" + invalid + " invalid URLs skipped)";
  }
}
