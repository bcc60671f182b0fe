package io.scrapeline.fetch.politeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The scheduler on tasks the test completes by hand: limits, delays and fairness, and that
 * submitting never blocks.
 */
class HostSchedulerTest {

  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> maxRunning = new ConcurrentHashMap<>();
  private final List<CompletableFuture<String>> started = new CopyOnWriteArrayList<>();
  private final List<String> startedHosts = new CopyOnWriteArrayList<>();
  private final List<Long> startTimes = new CopyOnWriteArrayList<>();

  @AfterEach
  void stopTimer() {
    timer.shutdownNow();
  }

  /** A task that runs until the test completes its future. */
  private CompletableFuture<String> task(String host) {
    int now = running.computeIfAbsent(host, h -> new AtomicInteger()).incrementAndGet();
    maxRunning.computeIfAbsent(host, h -> new AtomicInteger()).accumulateAndGet(now, Math::max);
    CompletableFuture<String> work = new CompletableFuture<>();
    startTimes.add(System.nanoTime());
    startedHosts.add(host);
    started.add(work);
    return work;
  }

  /** Completes every started task; the count drops first, as a real request ends first. */
  private void finishAll() {
    List<CompletableFuture<String>> works = List.copyOf(started);
    List<String> owners = List.copyOf(startedHosts);
    for (int i = 0; i < works.size(); i++) {
      if (!works.get(i).isDone()) {
        running.get(owners.get(i)).decrementAndGet();
        works.get(i).complete("done");
      }
    }
  }

  @Test
  void aHostNeverHasMoreThanItsLimitInFlightWhileOthersProceed() {
    HostScheduler scheduler = new HostScheduler(2, Duration.ZERO, 100, timer);
    List<CompletableFuture<String>> results = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      results.add(scheduler.submit("a.example", Duration.ZERO, () -> task("a.example")));
    }
    results.add(scheduler.submit("b.example", Duration.ZERO, () -> task("b.example")));

    assertThat(startedHosts).containsExactlyInAnyOrder("a.example", "a.example", "b.example");
    assertThat(scheduler.inFlight()).isEqualTo(3);
    assertThat(scheduler.queued()).isEqualTo(8);
    while (!results.stream().allMatch(CompletableFuture::isDone)) {
      finishAll();
    }
    assertThat(maxRunning.get("a.example")).hasValue(2);
    assertThat(startedHosts).hasSize(11);
    assertThat(scheduler.inFlight()).isZero();
  }

  @Test
  void theGlobalLimitHoldsAcrossHosts() {
    HostScheduler scheduler = new HostScheduler(5, Duration.ZERO, 3, timer);
    for (String host : List.of("a", "b", "c", "d", "e")) {
      scheduler.submit(host, Duration.ZERO, () -> task(host));
    }

    assertThat(started).hasSize(3);
    started.get(0).complete("done");

    assertThat(started).hasSize(4);
    assertThat(scheduler.inFlight()).isEqualTo(3);
  }

  @Test
  void startsToOneHostAreSeparatedByItsDelayWithoutBlockingTheSubmitter() {
    // Long enough that a loaded CI machine cannot blur "did not wait" into "waited one delay".
    Duration delay = Duration.ofSeconds(1);
    HostScheduler scheduler = new HostScheduler(4, delay, 100, timer);
    long before = System.nanoTime();
    List<CompletableFuture<String>> results = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      results.add(
          scheduler.submit("a.example", Duration.ZERO, () -> task("a.example")).thenApply(v -> v));
    }
    // Submitting four tasks took no waiting at all: only the first has started.
    assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(delay);
    assertThat(started).hasSize(1);

    await().atMost(Duration.ofSeconds(10)).until(() -> started.size() == 4);
    finishAll();

    for (int i = 1; i < startTimes.size(); i++) {
      assertThat(startTimes.get(i) - startTimes.get(i - 1)).isGreaterThanOrEqualTo(delay.toNanos());
    }
  }

  @Test
  void aCrawlDelayLongerThanTheMinimumWins() {
    Duration crawlDelay = Duration.ofMillis(300);
    HostScheduler scheduler = new HostScheduler(4, Duration.ofMillis(10), 100, timer);
    scheduler.submit("a.example", crawlDelay, () -> task("a.example"));
    scheduler.submit("a.example", crawlDelay, () -> task("a.example"));

    await().atMost(Duration.ofSeconds(10)).until(() -> started.size() == 2);

    assertThat(startTimes.get(1) - startTimes.get(0)).isGreaterThanOrEqualTo(crawlDelay.toNanos());
  }

  @Test
  void aPauseHoldsTheHostBack() {
    HostScheduler scheduler = new HostScheduler(4, Duration.ZERO, 100, timer);
    scheduler.submit("a.example", Duration.ZERO, () -> task("a.example"));
    long pausedAt = System.nanoTime();
    scheduler.pause("a.example", Duration.ofMillis(200));
    scheduler.submit("a.example", Duration.ZERO, () -> task("a.example"));

    assertThat(started).hasSize(1);
    await().atMost(Duration.ofSeconds(10)).until(() -> started.size() == 2);
    assertThat(startTimes.get(1) - pausedAt)
        .isGreaterThanOrEqualTo(Duration.ofMillis(200).toNanos());
  }

  @Test
  void hostsTakeTurns() {
    HostScheduler scheduler = new HostScheduler(1, Duration.ZERO, 1, timer);
    for (int i = 0; i < 3; i++) {
      scheduler.submit("a", Duration.ZERO, () -> task("a"));
    }
    for (int i = 0; i < 3; i++) {
      scheduler.submit("b", Duration.ZERO, () -> task("b"));
    }
    while (startedHosts.size() < 6) {
      started.get(startedHosts.size() - 1).complete("done");
    }

    assertThat(startedHosts).containsExactly("a", "b", "a", "b", "a", "b");
  }

  @Test
  void closingFailsTheWaitingTasksAndRefusesNewOnes() {
    HostScheduler scheduler = new HostScheduler(1, Duration.ZERO, 10, timer);
    CompletableFuture<String> running = scheduler.submit("a", Duration.ZERO, () -> task("a"));
    CompletableFuture<String> waiting = scheduler.submit("a", Duration.ZERO, () -> task("a"));

    scheduler.close();

    assertThat(waiting).isCompletedExceptionally();
    assertThat(waiting.handle((v, failure) -> failure).join())
        .isInstanceOf(CancellationException.class);
    assertThat(scheduler.submit("a", Duration.ZERO, () -> task("a"))).isCompletedExceptionally();
    started.get(0).complete("done");
    assertThat(running).isCompletedWithValue("done");
  }

  @Test
  void aTaskThatThrowsReleasesItsSlot() {
    HostScheduler scheduler = new HostScheduler(1, Duration.ZERO, 10, timer);
    CompletableFuture<String> broken =
        scheduler.submit(
            "a",
            Duration.ZERO,
            () -> {
              throw new IllegalStateException("bug");
            });
    scheduler.submit("a", Duration.ZERO, () -> task("a"));

    assertThat(broken).isCompletedExceptionally();
    assertThat(started).hasSize(1);
  }
}
