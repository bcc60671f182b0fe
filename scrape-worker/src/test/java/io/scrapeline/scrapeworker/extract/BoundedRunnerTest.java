package io.scrapeline.scrapeworker.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BoundedRunnerTest {

  @Test
  void timeSpentWaitingForAThreadDoesNotCountAgainstTheWorksLimit() throws Exception {
    try (BoundedRunner runner =
        new BoundedRunner(1, Duration.ofMillis(400), Duration.ofSeconds(10), "test")) {
      CountDownLatch firstRunning = new CountDownLatch(1);
      CompletableFuture<BoundedRunner.Outcome<String>> first =
          CompletableFuture.supplyAsync(() -> run(runner, () -> pause(firstRunning, 300), "first"));
      assertThat(firstRunning.await(5, TimeUnit.SECONDS)).isTrue();
      // Queued for about 300 ms behind the first, then 300 ms of its own: 600 ms in all, more than
      // the limit, but each piece of work stays within it.
      BoundedRunner.Outcome<String> second =
          run(runner, () -> pause(new CountDownLatch(1), 300), "second");
      assertThat(first.get(5, TimeUnit.SECONDS).value()).isEqualTo("done");
      assertThat(second.value()).isEqualTo("done");
      assertThat(second.overrun()).isNull();
    }
  }

  @Test
  void workThatOverrunsItsLimitIsGivenUp() throws Exception {
    try (BoundedRunner runner =
        new BoundedRunner(1, Duration.ofMillis(100), Duration.ofSeconds(10), "test")) {
      BoundedRunner.Outcome<String> outcome =
          runner.run(() -> pause(new CountDownLatch(1), 2000), "slow");
      assertThat(outcome.value()).isNull();
      assertThat(outcome.overrun()).isEqualTo(BoundedRunner.Overrun.TIMEOUT);
    }
  }

  @Test
  void workThatGetsNoThreadWithinTheQueueLimitIsBusy() throws Exception {
    try (BoundedRunner runner =
        new BoundedRunner(1, Duration.ofMillis(100), Duration.ofMillis(200), "test")) {
      // Abandoned work that ignores its interrupt keeps the only thread.
      CountDownLatch never = new CountDownLatch(1);
      runner.run(() -> uninterruptibly(never), "stuck");
      BoundedRunner.Outcome<String> outcome = runner.run(() -> "fast", "next");
      assertThat(outcome.value()).isNull();
      assertThat(outcome.overrun()).isEqualTo(BoundedRunner.Overrun.BUSY);
      never.countDown();
    }
  }

  private static BoundedRunner.Outcome<String> run(
      BoundedRunner runner, java.util.concurrent.Callable<String> work, String what) {
    try {
      return runner.run(work, what);
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String pause(CountDownLatch running, long millis) throws InterruptedException {
    running.countDown();
    Thread.sleep(millis);
    return "done";
  }

  private static String uninterruptibly(CountDownLatch release) {
    while (release.getCount() > 0) {
      try {
        release.await();
      } catch (InterruptedException ignored) {
        // Like a conversion stuck in a regex: the interrupt changes nothing.
      }
    }
    return "released";
  }
}
