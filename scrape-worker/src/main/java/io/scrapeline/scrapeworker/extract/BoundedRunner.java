package io.scrapeline.scrapeworker.extract;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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
 * Runs CPU-bound work on a bounded pool of threads under a time limit that counts from when the
 * work starts: time spent queued behind other pages is the machine being busy, not the page being
 * slow, and must not degrade it. Work that overruns is cancelled (interrupted) and abandoned: it
 * cannot be stopped, so it keeps its thread until it ends, and the pool's bound keeps such
 * leftovers from piling up. The wait for a thread has a bound of its own, so that with every thread
 * taken by leftovers new work degrades its page ({@link Overrun#BUSY}) rather than stalling its
 * caller.
 */
final class BoundedRunner implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(BoundedRunner.class);

  /** Why bounded work produced nothing. */
  enum Overrun {
    /** It took longer than the limit. */
    TIMEOUT,
    /** No thread took it within the queue limit, or the runner was closed. */
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
  private final Duration queueTimeout;

  /**
   * @param maxConcurrent threads, at most as many pieces of work running at once
   * @param timeout the limit of one piece of work, from when it starts
   * @param queueTimeout the longest wait for a thread before the work is given up as busy
   */
  BoundedRunner(int maxConcurrent, Duration timeout, Duration queueTimeout, String threadName) {
    this.timeout = timeout;
    this.queueTimeout = queueTimeout;
    AtomicInteger threads = new AtomicInteger();
    // A queue rather than a hand-off: a thread that has just finished may not be back waiting for
    // work yet. Callers are bounded (one per worker thread), so the queue is too.
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
    CountDownLatch started = new CountDownLatch(1);
    Future<T> future;
    try {
      future =
          pool.submit(
              () -> {
                started.countDown();
                return work.call();
              });
    } catch (RejectedExecutionException busy) {
      LOG.warnf("no extraction thread for %s: shutting down", what);
      return new Outcome<>(null, Overrun.BUSY);
    }
    try {
      if (!started.await(queueTimeout.toNanos(), TimeUnit.NANOSECONDS)) {
        future.cancel(true);
        LOG.warnf("no extraction thread for %s within %s", what, queueTimeout);
        return new Outcome<>(null, Overrun.BUSY);
      }
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
