package io.scrapeline.local.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress on stderr. On a terminal one line is redrawn in place ({@code \r}); otherwise (a log
 * file, CI) a line is printed every {@link #LINE_INTERVAL}. What a line says is {@link
 * #render(Counts, Duration)}, a pure function.
 */
final class ProgressBar {

  static final Duration LINE_INTERVAL = Duration.ofSeconds(5);
  private static final int WIDTH = 24;

  /**
   * Where the scrape stands.
   *
   * @param done items that will not change any more (scraped, failed or cancelled)
   * @param total items to scrape, invalid URLs not counted
   * @param failed items among {@code done} that ended in an error
   */
  record Counts(long done, long total, long failed) {}

  private final PrintStream err;
  private final boolean terminal;
  private final LongSupplier nanoClock;
  private final long started;
  private String drawn = "";
  private long printedAt;
  private boolean printed;
  private boolean stopped;

  ProgressBar(PrintStream err, boolean terminal, LongSupplier nanoClock) {
    this.err = err;
    this.terminal = terminal;
    this.nanoClock = nanoClock;
    this.started = nanoClock.getAsLong();
  }

  Duration elapsed() {
    return Duration.ofNanos(nanoClock.getAsLong() - started);
  }

  synchronized void update(Counts counts) {
    if (stopped) {
      return;
    }
    String line = render(counts, elapsed());
    if (terminal) {
      redraw(line);
    } else if (!printed || nanoClock.getAsLong() - printedAt >= LINE_INTERVAL.toNanos()) {
      err.println(line);
      printed = true;
      printedAt = nanoClock.getAsLong();
    }
  }

  /** A message on its own line; on a terminal the bar is drawn again below it. */
  synchronized void println(String message) {
    if (!terminal || drawn.isEmpty() || stopped) {
      err.println(message);
      return;
    }
    err.print("\r" + " ".repeat(drawn.length()) + "\r");
    err.println(message);
    err.print(drawn);
    err.flush();
  }

  /** No more drawing: the bar's line is ended so that what follows starts on a fresh one. */
  synchronized void stop() {
    if (terminal && !drawn.isEmpty() && !stopped) {
      err.println();
    }
    stopped = true;
  }

  private void redraw(String line) {
    String padding = " ".repeat(Math.max(0, drawn.length() - line.length()));
    err.print("\r" + line + padding);
    err.flush();
    drawn = line;
  }

  /** {@code [#####-----] 512/1000 51.2% 12.3 pages/s ETA 0:40 3 failed}. */
  static String render(Counts counts, Duration elapsed) {
    double fraction =
        counts.total() <= 0 ? 0 : Math.min(1, (double) counts.done() / counts.total());
    int filled = (int) Math.floor(fraction * WIDTH);
    double seconds = elapsed.toMillis() / 1000.0;
    double rate = seconds <= 0 ? 0 : counts.done() / seconds;
    long remaining = Math.max(0, counts.total() - counts.done());
    String eta =
        remaining == 0
            ? clock(Duration.ZERO)
            : rate > 0 ? clock(Duration.ofSeconds((long) Math.ceil(remaining / rate))) : "--:--";
    return String.format(
        Locale.ROOT,
        "[%s%s] %d/%d %5.1f%%  %.1f pages/s  ETA %s  %d failed",
        "#".repeat(filled),
        "-".repeat(WIDTH - filled),
        counts.done(),
        counts.total(),
        fraction * 100,
        rate,
        eta,
        counts.failed());
  }

  /** {@code 0:07}, {@code 12:34}, {@code 1:02:03}. */
  static String clock(Duration duration) {
    long seconds = Math.max(0, duration.toSeconds());
    long hours = seconds / 3600;
    long minutes = seconds % 3600 / 60;
    return hours > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, seconds % 60)
        : String.format(Locale.ROOT, "%d:%02d", minutes, seconds % 60);
  }
}
