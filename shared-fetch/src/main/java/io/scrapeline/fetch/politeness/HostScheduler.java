package io.scrapeline.fetch.politeness;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Politeness without parked threads: one queue per host, at most {@code perHostMaxInFlight}
 * requests in flight to a host, a request to a host starting no sooner than its delay after the
 * previous request to it started and after the last one ended (the delay is the configured minimum,
 * or the robots.txt Crawl-delay when longer, capped), and at most {@code maxInFlight} requests in
 * flight altogether. Everything is completion-driven: a task starts when a slot frees up (its
 * predecessor completed) or when a timer fires because the host's delay has passed; nobody waits on
 * a lock or sleeps. Hosts take turns (round robin), so one busy host does not starve the others.
 */
public final class HostScheduler implements AutoCloseable {

  private final int perHostMaxInFlight;
  private final Duration perHostMinDelay;
  private final int maxInFlight;
  private final ScheduledExecutorService timer;

  /** Hosts with queued work, requests in flight or a delay still running. */
  private final Map<String, HostQueue> hosts = new HashMap<>();

  private int inFlight;
  private long served;
  private int queued;
  private boolean closed;

  /**
   * @param perHostMaxInFlight requests in flight to one host at once
   * @param perHostMinDelay least time between the starts of two requests to one host
   * @param maxInFlight requests in flight at once, all hosts together
   * @param timer fires when a host's delay has passed
   */
  public HostScheduler(
      int perHostMaxInFlight,
      Duration perHostMinDelay,
      int maxInFlight,
      ScheduledExecutorService timer) {
    if (perHostMaxInFlight < 1 || maxInFlight < 1) {
      throw new IllegalArgumentException("in-flight limits must be at least 1");
    }
    if (perHostMinDelay.isNegative()) {
      throw new IllegalArgumentException("perHostMinDelay must not be negative");
    }
    this.perHostMaxInFlight = perHostMaxInFlight;
    this.perHostMinDelay = perHostMinDelay;
    this.maxInFlight = maxInFlight;
    this.timer = Objects.requireNonNull(timer, "timer");
  }

  /** One waiting request. */
  private record Task<T>(Supplier<CompletableFuture<T>> work, CompletableFuture<T> result) {}

  /** A host's queue, in-flight count and when its next request may start. */
  private static final class HostQueue {
    final ArrayDeque<Task<?>> waiting = new ArrayDeque<>();
    int inFlight;
    long nextStart;
    long delayNanos;
    long lastServed = -1;
    boolean timerArmed;

    HostQueue(Duration minDelay) {
      delayNanos = minDelay.toNanos();
      // A new host may start at once (nanoTime values may be negative: never compare with 0).
      nextStart = System.nanoTime();
    }
  }

  /**
   * Runs {@code work} for {@code host} when its turn comes; returns at once. The result completes
   * like the future {@code work} returns, or with a {@link CancellationException} when the
   * scheduler closes before it started.
   *
   * @param crawlDelay the host's robots.txt Crawl-delay (already capped), zero when none; the
   *     longer of it and the configured minimum separates two starts
   */
  public <T> CompletableFuture<T> submit(
      String host, Duration crawlDelay, Supplier<CompletableFuture<T>> work) {
    return enqueue(host, Objects.requireNonNull(crawlDelay, "crawlDelay"), work);
  }

  /**
   * Runs {@code work} for {@code host} when its turn comes, keeping the host's current delay (the
   * configured minimum for a host not seen lately): for robots.txt itself, whose Crawl-delay is not
   * known yet.
   */
  public <T> CompletableFuture<T> submit(String host, Supplier<CompletableFuture<T>> work) {
    return enqueue(host, null, work);
  }

  private <T> CompletableFuture<T> enqueue(
      String host, Duration crawlDelay, Supplier<CompletableFuture<T>> work) {
    CompletableFuture<T> result = new CompletableFuture<>();
    synchronized (this) {
      if (closed) {
        result.completeExceptionally(new CancellationException("the scheduler is closed"));
        return result;
      }
      HostQueue queue = hosts.computeIfAbsent(host, h -> new HostQueue(perHostMinDelay));
      if (crawlDelay != null) {
        queue.delayNanos = Math.max(perHostMinDelay.toNanos(), crawlDelay.toNanos());
      }
      queue.waiting.add(new Task<>(work, result));
      queued++;
    }
    pump();
    return result;
  }

  /** Holds every request to {@code host} back for {@code pause} (a server's Retry-After). */
  public void pause(String host, Duration pause) {
    synchronized (this) {
      HostQueue queue = hosts.get(host);
      if (queue == null || closed) {
        return;
      }
      long until = System.nanoTime() + pause.toNanos();
      if (until - queue.nextStart > 0) {
        queue.nextStart = until;
      }
    }
    pump();
  }

  /** Requests started and not yet completed. */
  public synchronized int inFlight() {
    return inFlight;
  }

  /** Requests waiting for their turn. */
  public synchronized int queued() {
    return queued;
  }

  /**
   * Fails every waiting request with a {@link CancellationException} and takes no more; requests in
   * flight finish on their own.
   */
  @Override
  public void close() {
    List<Task<?>> dropped = new ArrayList<>();
    synchronized (this) {
      closed = true;
      for (HostQueue queue : hosts.values()) {
        dropped.addAll(queue.waiting);
        queue.waiting.clear();
      }
      queued = 0;
    }
    dropped.forEach(
        task -> task.result().completeExceptionally(new CancellationException("shutting down")));
  }

  /** A task whose turn has come, and the queue whose slot it holds. */
  private record Started(Task<?> task, HostQueue queue) {}

  /** Starts every task whose turn has come, outside the lock. */
  private void pump() {
    for (Started started : startable()) {
      start(started.task(), started.queue());
    }
  }

  private synchronized List<Started> startable() {
    List<Started> ready = new ArrayList<>();
    long now = System.nanoTime();
    // Round robin: the host served longest ago goes first (never-served hosts before all).
    List<Map.Entry<String, HostQueue>> waiting = new ArrayList<>();
    for (Map.Entry<String, HostQueue> entry : hosts.entrySet()) {
      if (!entry.getValue().waiting.isEmpty()) {
        waiting.add(entry);
      }
    }
    waiting.sort(Comparator.comparingLong(entry -> entry.getValue().lastServed));
    for (Map.Entry<String, HostQueue> entry : waiting) {
      if (inFlight >= maxInFlight) {
        break;
      }
      HostQueue queue = entry.getValue();
      while (!queue.waiting.isEmpty()
          && queue.inFlight < perHostMaxInFlight
          && inFlight < maxInFlight) {
        if (now - queue.nextStart < 0) {
          armTimer(queue, queue.nextStart - now);
          break;
        }
        Task<?> task = queue.waiting.poll();
        queued--;
        queue.inFlight++;
        inFlight++;
        queue.nextStart = now + queue.delayNanos;
        queue.lastServed = ++served;
        ready.add(new Started(task, queue));
      }
    }
    forgetIdleHosts(now);
    return ready;
  }

  /** Drops hosts with nothing queued or in flight whose delay has passed. */
  private void forgetIdleHosts(long now) {
    hosts
        .values()
        .removeIf(
            queue ->
                queue.waiting.isEmpty()
                    && queue.inFlight == 0
                    && !queue.timerArmed
                    && now - queue.nextStart >= 0);
  }

  private void armTimer(HostQueue queue, long delayNanos) {
    if (queue.timerArmed) {
      return;
    }
    queue.timerArmed = true;
    try {
      timer.schedule(
          () -> {
            synchronized (this) {
              queue.timerArmed = false;
            }
            pump();
          },
          delayNanos,
          TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException shuttingDown) {
      queue.timerArmed = false;
    }
  }

  /**
   * Frees the slots of a request that ended; the host's delay also runs from this end, so that the
   * server sees at least the delay between one response and the next request.
   */
  private void finished(HostQueue queue) {
    synchronized (this) {
      queue.inFlight--;
      inFlight--;
      if (queue.delayNanos > 0) {
        long end = System.nanoTime() + queue.delayNanos;
        if (end - queue.nextStart > 0) {
          queue.nextStart = end;
        }
      }
    }
    pump();
  }

  /** Runs {@code task}; its slots are released when its work completes, however it ends. */
  private <T> void start(Task<T> task, HostQueue queue) {
    CompletableFuture<T> work;
    try {
      work = task.work().get();
    } catch (RuntimeException e) {
      finished(queue);
      task.result().completeExceptionally(e);
      return;
    }
    work.whenComplete(
        (value, failure) -> {
          finished(queue);
          if (failure == null) {
            task.result().complete(value);
          } else {
            task.result().completeExceptionally(failure);
          }
        });
  }
}
