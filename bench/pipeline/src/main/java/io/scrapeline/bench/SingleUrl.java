package io.scrapeline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;

/**
 * Single-URL latency, two ways. (a) A one-URL batch: POST, then GET its status every 2 ms until the
 * item is no longer pending; the figure is the time from the POST to the first status showing the
 * result. (b) {@code POST /v1/scrape}, which answers with the item itself once it is stored (the
 * gateway polls the store with its own back-off). Runs one after another, bounded in count and
 * time.
 */
final class SingleUrl implements Scenario {

  private static final int WARM_UP = 10;
  private static final Duration BUDGET = Duration.ofSeconds(180);

  private final int runs;

  SingleUrl(int runs) {
    this.runs = runs;
  }

  @Override
  public String name() {
    return "single";
  }

  @Override
  public String description() {
    return "one-URL batch submit → result available, and POST /v1/scrape, " + runs + " runs each";
  }

  @Override
  public void run(Context context, Report report) throws Exception {
    Api api = context.api();
    context.monitor.awaitQuiet(Duration.ofSeconds(60));
    long n = 2_000_000;
    for (int i = 0; i < WARM_UP; i++) {
      batchOfOne(context, api, n++);
    }
    double[] total = new double[runs];
    double[] submit = new double[runs];
    int done = 0;
    long deadline = System.nanoTime() + BUDGET.toNanos();
    Monitor.Window window = context.monitor.open();
    while (done < runs && System.nanoTime() < deadline) {
      double[] timing = batchOfOne(context, api, n++);
      submit[done] = timing[0];
      total[done] = timing[1];
      done++;
    }
    report.usage(name(), window.close(), 0);
    total = java.util.Arrays.copyOf(total, done);
    submit = java.util.Arrays.copyOf(submit, done);

    for (int i = 0; i < WARM_UP; i++) {
      scrapeOne(context, api, n++);
    }
    double[] single = new double[runs];
    int singleDone = 0;
    deadline = System.nanoTime() + BUDGET.toNanos();
    while (singleDone < runs && System.nanoTime() < deadline) {
      single[singleDone++] = scrapeOne(context, api, n++);
    }
    single = java.util.Arrays.copyOf(single, singleDone);

    Map<String, Object> out = report.scenario(name());
    out.put("description", description());
    out.put("batch_of_one_submit_to_result", Report.latencies(total));
    out.put("batch_of_one_submit_only", Report.latencies(submit));
    out.put("post_v1_scrape", Report.latencies(single));
    double p50 = Report.percentile(total, 50);
    report.row(
        name(),
        "1-URL batch, submit → result available, p50 / p99 (" + done + " runs)",
        Report.fmt(p50, 0) + " / " + Report.fmt(Report.percentile(total, 99), 0) + " ms",
        "p50 < 100 ms",
        p50 < 100);
    report.row(
        name(), "  of which POST → 202, p50", Report.fmt(Report.percentile(submit, 50), 1) + " ms");
    report.row(
        name(),
        "POST /v1/scrape → 200 with the page, p50 / p99 (" + singleDone + " runs)",
        Report.fmt(Report.percentile(single, 50), 0)
            + " / "
            + Report.fmt(Report.percentile(single, 99), 0)
            + " ms");
  }

  /** Submit and poll; returns {submit ms, submit → result ms}. */
  private static double[] batchOfOne(Context context, Api api, long n) throws InterruptedException {
    String url = context.fixture.url("page", n, 50);
    long started = System.nanoTime();
    Api.Answer submit =
        api.post("/v1/batch/scrape", Api.batchBody(java.util.List.of(url))).expect(202);
    String id = submit.json().get("id").asText();
    long deadline = started + Duration.ofSeconds(30).toNanos();
    while (true) {
      JsonNode status = api.get("/v1/batch/scrape/" + id).expect(200).json();
      if (!status.path("results").path(0).path("status").asText("pending").equals("pending")) {
        return new double[] {submit.millis(), (System.nanoTime() - started) / 1e6};
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("batch " + id + " (" + url + ") not done after 30 s");
      }
      Thread.sleep(2);
    }
  }

  private static double scrapeOne(Context context, Api api, long n) {
    String url = context.fixture.url("page", n, 50);
    String body = "{\"url\":\"" + url + "\",\"formats\":[\"markdown\"]}";
    return api.post("/v1/scrape", body).expect(200).millis();
  }
}
