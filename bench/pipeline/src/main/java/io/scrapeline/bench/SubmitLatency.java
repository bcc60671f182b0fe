package io.scrapeline.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Submit latency of a 10,000-URL batch: from the request to the 202, which covers validation, the
 * batch and its items registered in the result store, and one Kafka message per URL acknowledged.
 * Each batch is cancelled at once and the stack left to settle before the next.
 */
final class SubmitLatency implements Scenario {

  private final int urls;
  private final int runs;

  SubmitLatency(int urls, int runs) {
    this.urls = urls;
    this.runs = runs;
  }

  @Override
  public String name() {
    return "submit";
  }

  @Override
  public String description() {
    return "POST of a " + urls + "-URL batch until its 202, " + runs + " times";
  }

  @Override
  public void run(Context context, Report report) throws Exception {
    Api api = context.api();
    double[] millis = new double[runs];
    List<Boolean> quiet = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      quiet.add(context.monitor.awaitQuiet(Duration.ofSeconds(60)));
      String body = Api.batchBody(context.urls("page", 1_000_000L + run * urls, urls, 50));
      Api.Answer answer = api.post("/v1/batch/scrape", body).expect(202);
      millis[run] = answer.millis();
      String id = answer.json().get("id").asText();
      int cancel = api.delete("/v1/batch/scrape/" + id).status();
      System.out.printf("  run %d: %.0f ms (cancel: HTTP %d)%n", run + 1, millis[run], cancel);
    }
    context.monitor.awaitQuiet(Duration.ofSeconds(60));
    Map<String, Object> out = report.scenario(name());
    out.put("description", description());
    out.put("runs_ms", round(millis));
    out.put("stack_quiet_before_each", quiet);
    out.putAll(Report.latencies(millis));
    double median = Report.percentile(millis, 50);
    report.row(
        name(),
        Report.fmt(urls, 0) + "-URL submit → 202, median of " + runs + " (first run)",
        Report.fmt(median, 0) + " ms (" + Report.fmt(millis[0], 0) + ")",
        "< 1 s",
        median < 1000);
  }

  private static List<Double> round(double[] values) {
    List<Double> out = new ArrayList<>();
    for (double value : values) {
      out.add(Report.round(value, 1));
    }
    return out;
  }
}
