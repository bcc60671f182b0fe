package io.scrapeline.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.scrapeline.local.cli.ProgressBar.Counts;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgressBarTest {

  @ParameterizedTest(name = "{0}/{1}, {2} failed after {3} s")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          0    | 1000  | 0  | 0   | [------------------------] 0/1000   0.0%  0.0 pages/s  ETA --:--  0 failed
          0    | 1000  | 0  | 30  | [------------------------] 0/1000   0.0%  0.0 pages/s  ETA --:--  0 failed
          512  | 1000  | 3  | 40  | [############------------] 512/1000  51.2%  12.8 pages/s  ETA 0:39  3 failed
          1000 | 1000  | 10 | 125 | [########################] 1000/1000 100.0%  8.0 pages/s  ETA 0:00  10 failed
          1    | 10000 | 0  | 10  | [------------------------] 1/10000   0.0%  0.1 pages/s  ETA 27:46:30  0 failed
          7    | 0     | 0  | 1   | [------------------------] 7/0   0.0%  7.0 pages/s  ETA 0:00  0 failed
          """)
  void rendersCountsRateAndEta(long done, long total, long failed, long seconds, String expected) {
    assertThat(ProgressBar.render(new Counts(done, total, failed), Duration.ofSeconds(seconds)))
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"0, 0:00", "7, 0:07", "754, 12:34", "3723, 1:02:03", "-5, 0:00"})
  void formatsDurationsLikeAClock(long seconds, String expected) {
    assertThat(ProgressBar.clock(Duration.ofSeconds(seconds))).isEqualTo(expected);
  }

  @Test
  void withoutATerminalPrintsALineEveryFiveSeconds() {
    AtomicLong now = new AtomicLong();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ProgressBar bar = new ProgressBar(print(err), false, now::get);

    bar.update(new Counts(0, 10, 0));
    now.set(Duration.ofSeconds(2).toNanos());
    bar.update(new Counts(2, 10, 0));
    now.set(Duration.ofSeconds(5).toNanos());
    bar.update(new Counts(5, 10, 1));
    bar.stop();

    assertThat(text(err))
        .isEqualTo(
            "[------------------------] 0/10   0.0%  0.0 pages/s  ETA --:--  0 failed\n"
                + "[############------------] 5/10  50.0%  1.0 pages/s  ETA 0:05  1 failed\n");
  }

  @Test
  void onATerminalRedrawsOneLineAndKeepsMessagesAboveIt() {
    AtomicLong now = new AtomicLong(Duration.ofSeconds(1).toNanos());
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ProgressBar bar = new ProgressBar(print(err), true, now::get);
    String first = ProgressBar.render(new Counts(0, 4, 0), Duration.ZERO);

    bar.update(new Counts(0, 4, 0));
    bar.println("warning: something");
    now.addAndGet(Duration.ofSeconds(4).toNanos());
    bar.update(new Counts(4, 4, 0));
    bar.stop();
    bar.update(new Counts(4, 4, 0));

    String last = ProgressBar.render(new Counts(4, 4, 0), Duration.ofSeconds(4));
    assertThat(text(err))
        .isEqualTo(
            "\r"
                + first
                + "\r"
                + " ".repeat(first.length())
                + "\r"
                + "warning: something\n"
                + first
                + "\r"
                + last
                + " ".repeat(Math.max(0, first.length() - last.length()))
                + "\n");
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }

  private static String text(ByteArrayOutputStream bytes) {
    return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }
}
