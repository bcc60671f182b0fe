package io.scrapeline.scrapeworker.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class DegradedPagesMetricTest {

  @Test
  void countsDegradedPagesByReasonFromZero() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    DegradedPagesMetric metric = new DegradedPagesMetric(registry);

    metric.degraded("timeout");
    metric.degraded("timeout");
    metric.degraded("size");

    assertThat(count(registry, "timeout")).isEqualTo(2.0);
    assertThat(count(registry, "size")).isEqualTo(1.0);
    assertThat(count(registry, "busy")).isZero();
  }

  @Test
  void countsTablesWrittenAsPlainTextApartFromDegradedPages() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    DegradedPagesMetric metric = new DegradedPagesMetric(registry);

    metric.degradedTables(2);
    metric.degradedTables(1);

    assertThat(registry.get("scrapeline.extraction.degraded.tables").counter().count())
        .isEqualTo(3.0);
    assertThat(registry.get("scrapeline.extraction.degraded").counters())
        .allSatisfy(pages -> assertThat(pages.count()).isZero());
  }

  private static double count(SimpleMeterRegistry registry, String reason) {
    return registry.get("scrapeline.extraction.degraded").tag("reason", reason).counter().count();
  }
}
