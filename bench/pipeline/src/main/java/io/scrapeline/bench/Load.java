package io.scrapeline.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The gateway under load: {@code clients} concurrent clients for {@code duration}, each one in a
 * loop submitting a small batch, then reading its status (page 1 and a filtered page), its errors
 * and the tenant's batch list, as a polling client does. Counts every answer by status, reports
 * requests/s and p50/p99 per call, and the memory of the services while it runs. A 5xx or a failed
 * connection is an error; a 429 is the gateway's protection working and is counted apart.
 */
final class Load implements Scenario {

  private static final int URLS_PER_BATCH = 5;

  private final int clients;
  private final Duration duration;

  Load(int clients, Duration duration) {
    this.clients = clients;
    this.duration = duration;
  }

  @Override
  public String name() {
    return "load";
  }

  @Override
  public String description() {
    return clients
        + " clients submitting and polling for "
        + duration.toSeconds()
        + " s: requests/s, p50/p99, errors";
  }

  @Override
  public boolean optional() {
    return true;
  }

  /** Latencies of one kind of call, in microseconds, and the statuses its answers had. */
  private static final class Calls {
    final List<Long> micros = new ArrayList<>();
    final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();

    synchronized void add(Api.Answer answer) {
      micros.add(answer.nanos() / 1000);
      statuses.computeIfAbsent(answer.status(), status -> new LongAdder()).increment();
    }

    synchronized double[] millis() {
      return micros.stream().mapToDouble(us -> us / 1000.0).toArray();
    }

    long count(int status) {
      LongAdder adder = statuses.get(status);
      return adder == null ? 0 : adder.sum();
    }

    long serverErrors() {
      return statuses.entrySet().stream()
          .filter(entry -> entry.getKey() >= 500)
          .mapToLong(entry -> entry.getValue().sum())
          .sum();
    }
  }

  @Override
  public void run(Context context, Report report) throws Exception {
    Api api = context.api();
    context.monitor.awaitQuiet(Duration.ofSeconds(60));
    Map<String, Calls> calls = new TreeMap<>();
    for (String kind : List.of("submit", "status", "status_filtered", "errors", "list")) {
      calls.put(kind, new Calls());
    }
    AtomicLong next = new AtomicLong(3_000_000);
    LongAdder connectionFailures = new LongAdder();
    long deadline = System.nanoTime() + duration.toNanos();
    Monitor.Window window = context.monitor.open();
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> running = new ArrayList<>();
    for (int client = 0; client < clients; client++) {
      running.add(
          pool.submit(
              () -> {
                while (System.nanoTime() < deadline) {
                  try {
                    oneRound(context, api, calls, next);
                  } catch (RuntimeException e) {
                    connectionFailures.increment();
                  }
                }
              }));
    }
    for (Future<?> client : running) {
      client.get();
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - started) / 1e9;
    Monitor.Usage usage = window.close();
    report.usage(name(), usage, 0);

    long total = calls.values().stream().mapToLong(c -> c.micros.size()).sum();
    long serverErrors = calls.values().stream().mapToLong(Calls::serverErrors).sum();
    long limited = calls.values().stream().mapToLong(c -> c.count(429)).sum();
    Map<String, Object> out = report.scenario(name());
    out.put("description", description());
    out.put("clients", clients);
    out.put("seconds", Report.round(seconds, 1));
    out.put("requests", total);
    out.put("requests_per_second", Report.round(total / seconds, 1));
    out.put("server_errors", serverErrors);
    out.put("connection_failures", connectionFailures.sum());
    out.put("rate_limited", limited);
    Map<String, Object> byCall = new TreeMap<>();
    calls.forEach(
        (kind, c) -> {
          Map<String, Object> figures = new TreeMap<>(Report.latencies(c.millis()));
          Map<String, Long> statuses = new TreeMap<>();
          c.statuses.forEach((status, count) -> statuses.put("" + status, count.sum()));
          figures.put("statuses", statuses);
          byCall.put(kind, figures);
        });
    out.put("calls", byCall);

    report.row(
        name(),
        clients + " clients for " + Math.round(seconds) + " s: requests/s",
        Report.fmt(total / seconds, 0) + " (" + total + " requests)");
    for (Map.Entry<String, Calls> entry : calls.entrySet()) {
      double[] millis = entry.getValue().millis();
      report.row(
          name(),
          "  " + entry.getKey() + " p50 / p99",
          Report.fmt(Report.percentile(millis, 50), 1)
              + " / "
              + Report.fmt(Report.percentile(millis, 99), 1)
              + " ms");
    }
    report.row(
        name(),
        "5xx answers and failed connections (429s apart: " + limited + ")",
        serverErrors + " + " + connectionFailures.sum(),
        "0",
        serverErrors == 0 && connectionFailures.sum() == 0);
  }

  /** One client's round: a batch submitted, then read the ways a polling client reads it. */
  private static void oneRound(
      Context context, Api api, Map<String, Calls> calls, AtomicLong next) {
    long first = next.getAndAdd(URLS_PER_BATCH);
    Api.Answer submit =
        api.post(
            "/v1/batch/scrape",
            Api.batchBody(context.urls("page", first, URLS_PER_BATCH, Bench.HOSTS)));
    calls.get("submit").add(submit);
    if (submit.status() != 202) {
      pause(submit.status() == 429 ? 200 : 20);
      return;
    }
    String id = submit.json().get("id").asText();
    int polls = 1 + ThreadLocalRandom.current().nextInt(3);
    for (int poll = 0; poll < polls; poll++) {
      calls.get("status").add(api.get("/v1/batch/scrape/" + id + "?page_size=5"));
    }
    calls.get("status_filtered").add(api.get("/v1/batch/scrape/" + id + "?status=completed"));
    calls.get("errors").add(api.get("/v1/batch/scrape/" + id + "/errors"));
    calls.get("list").add(api.get("/v1/batch/scrape?limit=20"));
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
