package io.scrapeline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One markdown batch through the whole pipeline: pages per second from the request that submits it
 * to the status showing every item finished (polled every 100 ms), plus the rate between 10 % and
 * 90 % of the items (from the items' finished_at in the database), failures by code, CPU per
 * service, resident memory and what the fixture server served.
 */
final class Throughput implements Scenario {

  private static final int WARM_UP_URLS = 1000;

  private final String name;
  private final String description;
  private final String kind;
  private final int urls;
  private final int hosts;
  private final String target;
  private final double targetPagesPerSecond;
  private final Map<String, String> workerOverrides;

  /**
   * @param kind the fixture path: {@code page} (at once) or {@code slow} (1 to 3 s)
   * @param targetPagesPerSecond the target, or 0 for none
   * @param workerOverrides when not empty, the scrape worker is restarted with these settings first
   */
  Throughput(
      String name,
      String description,
      String kind,
      int urls,
      int hosts,
      double targetPagesPerSecond,
      Map<String, String> workerOverrides) {
    this.name = name;
    this.description = description;
    this.kind = kind;
    this.urls = urls;
    this.hosts = hosts;
    this.targetPagesPerSecond = targetPagesPerSecond;
    this.target =
        targetPagesPerSecond > 0 ? "≥ " + Report.fmt(targetPagesPerSecond, 0) + " pages/s" : "";
    this.workerOverrides = workerOverrides;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public void run(Context context, Report report) throws Exception {
    Api api = context.api();
    if (!workerOverrides.isEmpty()) {
      System.out.println("  restarting the scrape worker with " + workerOverrides);
      context.stack().restartScrapeWorker(workerOverrides);
      context.workerWarm = false;
    }
    if (!context.workerWarm && kind.equals("page")) {
      System.out.println("  warm-up: " + WARM_UP_URLS + " URLs (not measured)");
      String id =
          api.post(
                  "/v1/batch/scrape",
                  Api.batchBody(context.urls("page", 9_000_000, WARM_UP_URLS, hosts)))
              .expect(202)
              .json()
              .get("id")
              .asText();
      context.awaitBatch(id, Duration.ofMillis(500), Duration.ofMinutes(10));
      context.workerWarm = true;
    }
    boolean quiet = context.monitor.awaitQuiet(Duration.ofSeconds(60));
    List<String> batch = context.urls(kind, 0, urls, hosts);
    String body = Api.batchBody(batch);
    long requestsBefore = context.fixture.requests();
    long bytesBefore = context.fixture.bytes();
    context.fixture.resetMaxOpen();
    Monitor.Window window = context.monitor.open();
    Instant submittedAt = Instant.now();
    long started = System.nanoTime();
    Api.Answer submit = api.post("/v1/batch/scrape", body).expect(202);
    String id = submit.json().get("id").asText();
    System.out.printf("  submitted %,d URLs in %.0f ms, batch %s%n", urls, submit.millis(), id);
    Duration timeout = Duration.ofSeconds(Math.max(300, urls / 10));
    Context.Finished finished = context.awaitBatch(id, Duration.ofMillis(100), timeout);
    Monitor.Usage usage = window.close();
    double seconds = (finished.atNanos() - started) / 1e9;
    JsonNode status = finished.status();
    long completed = status.path("completed").asLong();
    long failed = status.path("failed").asLong();
    long done = completed + failed + status.path("cancelled").asLong();
    double pagesPerSecond = done / seconds;

    Map<String, Object> out = report.scenario(name);
    out.put("description", description);
    out.put("urls", urls);
    out.put("hosts", hosts);
    out.put("batch_id", id);
    out.put("finished", finished.done());
    out.put("stack_quiet_before", quiet);
    out.put("submit_ms", Report.round(submit.millis(), 1));
    out.put("seconds_submit_to_all_stored", Report.round(seconds, 2));
    out.put("pages_per_second", Report.round(pagesPerSecond, 1));
    out.put("completed", completed);
    out.put("failed", failed);
    out.putAll(fromDatabase(context, id, submittedAt));
    long served = context.fixture.requests() - requestsBefore;
    Map<String, Object> fixture = new LinkedHashMap<>();
    fixture.put("requests", served);
    fixture.put("megabytes", Report.round((context.fixture.bytes() - bytesBefore) / 1e6, 1));
    fixture.put("max_open_responses", context.fixture.maxOpen());
    Double fixtureCpu = usage.cpuSeconds().get(Monitor.FIXTURE);
    if (fixtureCpu != null && served > 0) {
      fixture.put("cpu_ms_per_request", Report.round(fixtureCpu * 1000 / served, 3));
    }
    out.put("fixture_server", fixture);
    if (!workerOverrides.isEmpty()) {
      out.put("worker_settings", workerOverrides);
    }
    report.usage(name, usage, done);

    String label =
        "pages/s, " + Report.fmt(urls, 0) + " URLs over " + hosts + " hosts (submit → all stored)";
    String value = Report.fmt(pagesPerSecond, 1) + (finished.done() ? "" : " (timed out)");
    if (targetPagesPerSecond > 0) {
      report.row(
          name, label, value, target, finished.done() && pagesPerSecond >= targetPagesPerSecond);
    } else {
      report.row(name, label, value);
    }
    Object steady = out.get("pages_per_second_10_to_90_percent");
    if (steady != null) {
      report.row(name, "pages/s between 10 % and 90 % of items", Report.fmt((Double) steady, 1));
    }
    Object degraded = out.get("degraded");
    if (failed > 0 || (degraded instanceof Long count && count > 0)) {
      report.row(
          name,
          "pages degraded to plain text (over the extraction budget) / failed",
          (degraded == null ? "?" : degraded) + " / " + failed + " " + out.get("errors"));
    }
    if (!workerOverrides.isEmpty()) {
      reportWorkerMemory(context, report, out, usage);
    }
    System.out.printf(
        "  %,d done (%,d failed) in %.1f s: %.1f pages/s; other processes used %.2f cores%n",
        done, failed, seconds, pagesPerSecond, usage.foreignCores());
  }

  /**
   * The worker's peak resident memory (VmHWM: it was restarted for this scenario, so the peak is
   * this scenario's) against the target, and how many fetches were really in flight: the most
   * responses the fixture server had open at once.
   */
  private static void reportWorkerMemory(
      Context context, Report report, Map<String, Object> out, Monitor.Usage usage) {
    Long pid = context.stack().pids().get("scrape-worker");
    long hwmKb = pid == null ? -1 : Proc.statusKb(pid, "VmHWM").orElse(-1L);
    int open = context.fixture.maxOpen();
    out.put("scrape_worker_vmhwm_mb", Report.round(hwmKb / 1024.0, 0));
    out.put("scrape_worker_alive_after", pid != null && ProcessHandle.of(pid).isPresent());
    report.row(
        "inflight",
        "fetches in flight (most responses open at the fixture)",
        Report.fmt(open, 0),
        "500",
        open >= 500);
    report.row(
        "inflight",
        "scrape-worker peak RSS (VmHWM) with those in flight",
        hwmKb < 0 ? "worker gone" : Report.fmt(hwmKb / 1024.0, 0) + " MB",
        "< 512 MB",
        hwmKb > 0 && hwmKb < 512 * 1024);
  }

  /** The 10 %–90 % rate and the failures by code, from the items themselves. */
  private static Map<String, Object> fromDatabase(Context context, String id, Instant submittedAt) {
    Map<String, Object> out = new LinkedHashMap<>();
    try (Connection db = context.stack().database()) {
      UUID batch = UUID.fromString(id);
      try (PreparedStatement select =
          db.prepareStatement(
              "SELECT count(*),"
                  + " percentile_disc(0.1) WITHIN GROUP (ORDER BY finished_at),"
                  + " percentile_disc(0.9) WITHIN GROUP (ORDER BY finished_at),"
                  + " min(finished_at), max(finished_at),"
                  + " count(*) FILTER (WHERE metadata ->> 'degraded' = 'true')"
                  + " FROM items WHERE batch_id = ? AND finished_at IS NOT NULL")) {
        select.setObject(1, batch);
        try (ResultSet row = select.executeQuery()) {
          if (row.next() && row.getLong(1) > 10) {
            long count = row.getLong(1);
            Instant p10 = row.getTimestamp(2).toInstant();
            Instant p90 = row.getTimestamp(3).toInstant();
            double span = Duration.between(p10, p90).toNanos() / 1e9;
            if (span > 0) {
              out.put("pages_per_second_10_to_90_percent", Report.round(0.8 * count / span, 1));
            }
            out.put("first_stored_after_s", seconds(submittedAt, row.getTimestamp(4)));
            out.put("last_stored_after_s", seconds(submittedAt, row.getTimestamp(5)));
            out.put("degraded", row.getLong(6));
          }
        }
      }
      Map<String, Object> errors = new LinkedHashMap<>();
      try (PreparedStatement select =
          db.prepareStatement(
              "SELECT coalesce(error_code, '?'), count(*) FROM items"
                  + " WHERE batch_id = ? AND status = 'failed' GROUP BY 1 ORDER BY 2 DESC")) {
        select.setObject(1, batch);
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            errors.put(row.getString(1), row.getLong(2));
          }
        }
      }
      out.put("errors", errors);
    } catch (java.sql.SQLException e) {
      out.put("database_error", e.getMessage());
    }
    return out;
  }

  private static double seconds(Instant from, Timestamp to) {
    return Report.round(Duration.between(from, to.toInstant()).toMillis() / 1000.0, 2);
  }
}
