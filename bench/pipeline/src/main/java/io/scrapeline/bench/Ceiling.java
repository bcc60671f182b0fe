package io.scrapeline.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The ceiling: the same URLs as the end-to-end scenario, fetched and converted in this JVM by the
 * worker's own fetcher and extractor ({@link WorkerCode}) on as many threads as a worker runs (its
 * max-in-flight), with no Kafka, no result store and no database. The pipeline's throughput divided
 * by this is what the queue and the storage cost.
 */
final class Ceiling implements Scenario {

  private static final int WARM_UP_URLS = 2000;

  private final int urls;
  private final int hosts;

  Ceiling(int urls, int hosts) {
    this.urls = urls;
    this.hosts = hosts;
  }

  @Override
  public String name() {
    return "ceiling";
  }

  @Override
  public String description() {
    return "the e2e pages fetched and converted in one JVM by the worker's code, no Kafka, no DB";
  }

  /** The worker's thread count: its max-in-flight setting, 64 unless the environment says. */
  static int workerThreads(Map<String, String> env) {
    String value = env.get("SCRAPELINE_SCRAPE_WORKER_MAX_IN_FLIGHT");
    return value == null || value.isBlank() ? 64 : Integer.parseInt(value.trim());
  }

  @Override
  public void run(Context context, Report report) throws Exception {
    Map<String, String> env = context.serviceEnvironment();
    int threads = workerThreads(env);
    try (PageWork work = new WorkerCode(threads, env)) {
      System.out.printf("  warm-up: %,d URLs (not measured)%n", WARM_UP_URLS);
      scrape(work, context.urls("page", 9_000_000, WARM_UP_URLS, hosts), threads);
      if (context.hasStack()) {
        context.monitor.awaitQuiet(Duration.ofSeconds(60));
      }
      List<String> batch = context.urls("page", 0, urls, hosts);
      long requestsBefore = context.fixture.requests();
      Monitor.Window window = context.monitor.open();
      long started = System.nanoTime();
      Tally tally = scrape(work, batch, threads);
      double seconds = (System.nanoTime() - started) / 1e9;
      Monitor.Usage usage = window.close();
      int done = tally.ok.get() + tally.failed.get();
      double pagesPerSecond = done / seconds;
      Map<String, Object> out = report.scenario(name());
      out.put("description", description());
      out.put("urls", urls);
      out.put("hosts", hosts);
      out.put("threads", threads);
      out.put("worker_code", WorkerCode.class.getSimpleName() + " → " + WorkerCode.describe());
      out.put("seconds", Report.round(seconds, 2));
      out.put("pages_per_second", Report.round(pagesPerSecond, 1));
      out.put("completed", tally.ok.get());
      out.put("failed", tally.failed.get());
      out.put("errors", new TreeMap<>(tally.errors));
      out.put("degraded", tally.degraded.get());
      out.put(
          "mean_markdown_chars",
          tally.ok.get() == 0 ? 0 : tally.markdownChars.sum() / tally.ok.get());
      out.put("fixture_requests", context.fixture.requests() - requestsBefore);
      report.usage(name(), usage, done);
      report.row(
          name(),
          "pages/s, same " + Report.fmt(urls, 0) + " URLs, one JVM, " + threads + " threads",
          Report.fmt(pagesPerSecond, 1));
      if (tally.degraded.get() > 0 || tally.failed.get() > 0) {
        report.row(
            name(),
            "pages degraded to plain text (over the extraction budget) / failed",
            tally.degraded.get() + " / " + tally.failed.get() + " " + new TreeMap<>(tally.errors));
      }
      Double benchCpu = usage.cpuSeconds().get(Monitor.BENCH);
      if (benchCpu != null && done > 0) {
        report.row(
            name(),
            "CPU s per 1,000 pages (fetch + extract, client side)",
            Report.fmt(benchCpu * 1000 / done, 2));
      }
      System.out.printf(
          "  %,d pages (%,d failed) in %.1f s: %.1f pages/s; other processes used %.2f cores%n",
          done, tally.failed.get(), seconds, pagesPerSecond, usage.foreignCores());
    }
  }

  private static Tally scrape(PageWork work, List<String> batch, int threads)
      throws InterruptedException {
    Tally tally = new Tally();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "ceiling-" + tally.threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    for (String url : batch) {
      pool.execute(
          () -> {
            try {
              PageWork.Outcome outcome = work.scrape(url);
              if (outcome.ok()) {
                tally.ok.incrementAndGet();
                if (outcome.degraded()) {
                  tally.degraded.incrementAndGet();
                }
                tally.markdownChars.add(outcome.markdownChars());
              } else {
                tally.failed.incrementAndGet();
                tally.errors.merge(outcome.errorCode(), 1, Integer::sum);
              }
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
              tally.failed.incrementAndGet();
              tally.errors.merge("exception: " + e.getClass().getSimpleName(), 1, Integer::sum);
            }
          });
    }
    pool.shutdown();
    if (!pool.awaitTermination(30, TimeUnit.MINUTES)) {
      pool.shutdownNow();
      throw new IllegalStateException("the ceiling run did not finish within 30 minutes");
    }
    return tally;
  }

  private static final class Tally {
    final AtomicInteger threads = new AtomicInteger();
    final AtomicInteger ok = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicInteger degraded = new AtomicInteger();
    final LongAdder markdownChars = new LongAdder();
    final Map<String, Integer> errors = new ConcurrentHashMap<>();
  }
}
