package io.scrapeline.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a fetch costs, without extraction: the same pages fetched 16 at a time by the worker's own
 * fetcher ({@link WorkerCode}, with the settings the benchmark gives the worker) and by the JDK's
 * HttpClient as a baseline. CPU is this JVM's minus the fixture server's threads.
 */
final class FetchCost implements Scenario {

  private static final int PAGES = 2000;
  private static final int CONCURRENCY = 16;

  @Override
  public String name() {
    return "fetch";
  }

  @Override
  public String description() {
    return "CPU per fetch: the worker's fetcher vs the JDK HttpClient, "
        + PAGES
        + " pages, "
        + CONCURRENCY
        + " at a time";
  }

  @Override
  public void run(Context context, Report report) throws Exception {
    Map<String, String> env = context.serviceEnvironment();
    HttpClient jdk =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    Map<String, Object> out = report.scenario(name());
    out.put("description", description());
    try (PageWork work = new WorkerCode(Ceiling.workerThreads(env), env)) {
      Fetcher worker = work::fetchOnly;
      Fetcher baseline =
          url ->
              jdk.send(
                      HttpRequest.newBuilder(URI.create(url))
                          .timeout(Duration.ofSeconds(30))
                          .build(),
                      HttpResponse.BodyHandlers.ofByteArray())
                  .body()
                  .length;
      for (int round = 0; round < 2; round++) {
        boolean measured = round == 1;
        for (Map.Entry<String, Fetcher> entry :
            List.of(Map.entry("worker fetcher", worker), Map.entry("JDK HttpClient", baseline))) {
          double[] figures = fetchAll(context, entry.getValue(), 5_000_000L + round * PAGES);
          if (measured) {
            Map<String, Object> result = new java.util.LinkedHashMap<>();
            result.put("cpu_ms_per_fetch", Report.round(figures[0], 3));
            result.put("pages_per_second", Report.round(figures[1], 0));
            result.put("failed", (long) figures[2]);
            out.put(entry.getKey(), result);
            report.row(
                name(),
                entry.getKey() + ": CPU per fetch, pages/s (" + CONCURRENCY + " at a time)",
                Report.fmt(figures[0], 2)
                    + " ms, "
                    + Report.fmt(figures[1], 0)
                    + "/s"
                    + (figures[2] > 0 ? ", " + (long) figures[2] + " failed" : ""));
          }
        }
      }
      out.put("worker_code", WorkerCode.describe());
    }
  }

  /** {CPU ms per fetch, pages per second, failures}. */
  private static double[] fetchAll(Context context, Fetcher fetcher, long first)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
    AtomicLong failed = new AtomicLong();
    long self = ProcessHandle.current().pid();
    double cpuBefore = Proc.cpuSeconds(self).orElse(0.0) - FixtureWeb.cpuNanos() / 1e9;
    long started = System.nanoTime();
    for (long n = first; n < first + PAGES; n++) {
      String url = context.fixture.url("page", n, Bench.HOSTS);
      pool.execute(
          () -> {
            try {
              if (fetcher.fetch(url) < 0) {
                failed.incrementAndGet();
              }
            } catch (Exception e) {
              failed.incrementAndGet();
            }
          });
    }
    pool.shutdown();
    if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    double cpu = Proc.cpuSeconds(self).orElse(0.0) - FixtureWeb.cpuNanos() / 1e9 - cpuBefore;
    return new double[] {cpu * 1000 / PAGES, PAGES / seconds, failed.get()};
  }

  @FunctionalInterface
  private interface Fetcher {
    int fetch(String url) throws Exception;
  }
}
