package io.scrapeline.scrapeworker.extract;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Runs CPU-bound work on a thread of its own under a time limit, so that the caller's thread never
 * waits longer than the limit. Work that overruns is cancelled (interrupted) and abandoned: it
 * cannot be stopped, so it keeps its thread until it ends, and the pool's bound keeps such
 * leftovers from piling up: with every thread taken by leftovers, new work waits in the queue and
 * overruns in turn, degrading its page rather than stalling its caller.
 */
final class BoundedRunner implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(BoundedRunner.class);

  /** Why bounded work produced nothing. */
  enum Overrun {
    /** It took longer than the limit. */
    TIMEOUT,
    /** The runner was closed. */
    BUSY,
    /** It threw. */
    ERROR;

    /** The metric tag of this outcome. */
    String tag() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * The outcome of bounded work.
   *
   * @param value what the work returned, null when it overran
   * @param overrun why there is no value, null when there is one
   */
  record Outcome<T>(T value, Overrun overrun) {}

  private final ThreadPoolExecutor pool;
  private final Duration timeout;

  BoundedRunner(int maxConcurrent, Duration timeout, String threadName) {
    this.timeout = timeout;
    AtomicInteger threads = new AtomicInteger();
    // A queue rather than a hand-off: a thread that has just finished may not be back waiting for
    // work yet. Queued work waits within its caller's time limit, and callers are bounded (one per
    // worker thread), so the queue is too.
    this.pool =
        new ThreadPoolExecutor(
            maxConcurrent,
            maxConcurrent,
            60,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            task -> {
              Thread thread = new Thread(task, threadName + "-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    pool.allowCoreThreadTimeOut(true);
  }

  Duration timeout() {
    return timeout;
  }

  /**
   * Runs {@code work} within the time limit.
   *
   * @throws ExtractionException when the work throws one: a verdict on the page, not an overrun
   * @throws InterruptedException when the caller is interrupted while waiting
   */
  <T> Outcome<T> run(Callable<T> work, String what) throws InterruptedException {
    Future<T> future;
    try {
      future = pool.submit(work);
    } catch (RejectedExecutionException busy) {
      LOG.warnf("no extraction thread for %s: shutting down", what);
      return new Outcome<>(null, Overrun.BUSY);
    }
    try {
      return new Outcome<>(future.get(timeout.toNanos(), TimeUnit.NANOSECONDS), null);
    } catch (TimeoutException e) {
      future.cancel(true);
      LOG.warnf("%s took over %s", what, timeout);
      return new Outcome<>(null, Overrun.TIMEOUT);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ExtractionException verdict) {
        throw verdict;
      }
      LOG.warnf(e.getCause(), "%s failed", what);
      return new Outcome<>(null, Overrun.ERROR);
    } catch (InterruptedException e) {
      future.cancel(true);
      throw e;
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
