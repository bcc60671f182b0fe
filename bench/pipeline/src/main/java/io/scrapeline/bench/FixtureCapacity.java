package io.scrapeline.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How fast the fixture server alone serves the corpus: 32 keep-alive clients in this JVM fetch
 * pages for a few seconds. The clients share the two cores with the server, so the rate is a lower
 * bound; the server's CPU per request says how many pages per second a core of it could serve.
 */
final class FixtureCapacity implements Scenario {

  private static final int CLIENTS = 32;
  private static final Duration LENGTH = Duration.ofSeconds(8);
  private static final long MAX_REQUESTS = 200_000;

  @Override
  public String name() {
    return "fixture";
  }

  @Override
  public String description() {
    return "the fixture web server alone: " + CLIENTS + " clients for " + LENGTH.toSeconds() + " s";
  }

  @Override
  public void run(Context context, Report report) throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    AtomicLong next = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    long requestsBefore = context.fixture.requests();
    Monitor.Window window = context.monitor.open();
    long started = System.nanoTime();
    long deadline = started + LENGTH.toNanos();
    for (int c = 0; c < CLIENTS; c++) {
      clients.execute(
          () -> {
            while (System.nanoTime() < deadline) {
              long n = next.getAndIncrement();
              if (n >= MAX_REQUESTS) {
                return;
              }
              try {
                HttpResponse<byte[]> response =
                    client.send(
                        HttpRequest.newBuilder(URI.create(context.fixture.url("page", n, 50)))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                bytes.addAndGet(response.body().length);
              } catch (Exception e) {
                errors.incrementAndGet();
                if (e instanceof InterruptedException) {
                  return;
                }
              }
            }
          });
    }
    clients.shutdown();
    clients.awaitTermination(LENGTH.toSeconds() + 30, TimeUnit.SECONDS);
    clients.shutdownNow();
    double seconds = (System.nanoTime() - started) / 1e9;
    Monitor.Usage usage = window.close();
    long served = context.fixture.requests() - requestsBefore;
    double perSecond = served / seconds;
    double serverCpu = usage.cpuSeconds().getOrDefault(Monitor.FIXTURE, 0.0);
    double cpuMsPerRequest = served == 0 ? 0 : serverCpu * 1000 / served;
    Map<String, Object> out = report.scenario(name());
    out.put("description", description());
    out.put("corpus", context.corpus.describe());
    out.put("requests", served);
    out.put("errors", errors.get());
    out.put("requests_per_second", Report.round(perSecond, 0));
    out.put("megabytes_per_second", Report.round(bytes.get() / seconds / 1e6, 1));
    out.put("server_cpu_ms_per_request", Report.round(cpuMsPerRequest, 3));
    report.usage(name(), usage, 0);
    report.row(
        name(),
        "fixture server alone, " + CLIENTS + " clients in the same JVM",
        Report.fmt(perSecond, 0)
            + " pages/s, "
            + Report.fmt(bytes.get() / seconds / 1e6, 0)
            + " MB/s");
    report.row(
        name(),
        "fixture server CPU per page (→ pages/s one core could serve)",
        Report.fmt(cpuMsPerRequest, 3)
            + " ms (→ "
            + Report.fmt(cpuMsPerRequest == 0 ? 0 : 1000 / cpuMsPerRequest, 0)
            + ")");
  }
}
