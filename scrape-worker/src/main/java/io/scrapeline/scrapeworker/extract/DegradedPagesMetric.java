package io.scrapeline.scrapeworker.extract;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;

/**
 * Counts degraded pages on /q/metrics as {@code scrapeline_extraction_degraded_total}, tagged with
 * the reason: timeout, size, busy or error. Tables written as plain text in a page that kept its
 * Markdown count apart, as {@code scrapeline_extraction_degraded_tables_total}: a reason tag on the
 * page counter would count pages that are not plain text, and tables rather than pages.
 */
public final class DegradedPagesMetric implements DegradationListener {

  private final Map<String, Counter> counters;
  private final Counter tables;

  public DegradedPagesMetric(MeterRegistry registry) {
    this.counters =
        Map.of(
            "timeout", counter(registry, "timeout"),
            "size", counter(registry, "size"),
            "busy", counter(registry, "busy"),
            "error", counter(registry, "error"));
    this.tables =
        Counter.builder("scrapeline.extraction.degraded.tables")
            .description(
                "Data tables flexmark could not convert, written as plain text in a page that kept"
                    + " its Markdown")
            .register(registry);
  }

  private static Counter counter(MeterRegistry registry, String reason) {
    return Counter.builder("scrapeline.extraction.degraded")
        .description("Pages over their extraction budget, extracted as plain text, by reason")
        .tag("reason", reason)
        .register(registry);
  }

  @Override
  public void degraded(String reason) {
    Counter counter = counters.get(reason);
    if (counter != null) {
      counter.increment();
    }
  }

  @Override
  public void degradedTables(int count) {
    tables.increment(count);
  }
}
