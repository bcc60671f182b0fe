package io.scrapeline.scrapeworker.extract;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;

/**
 * Counts degraded pages on /q/metrics as {@code scrapeline_extraction_degraded_total}, tagged with
 * the reason: timeout, size, busy or error.
 */
public final class DegradedPagesMetric implements DegradationListener {

  private final Map<String, Counter> counters;

  public DegradedPagesMetric(MeterRegistry registry) {
    this.counters =
        Map.of(
            "timeout", counter(registry, "timeout"),
            "size", counter(registry, "size"),
            "busy", counter(registry, "busy"),
            "error", counter(registry, "error"));
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
}
