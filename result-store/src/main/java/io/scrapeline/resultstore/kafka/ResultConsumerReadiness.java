package io.scrapeline.resultstore.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready once the result consumer's thread died: results would pile up unapplied. */
@Readiness
@ApplicationScoped
public class ResultConsumerReadiness implements HealthCheck {

  private final ResultConsumer consumer;

  ResultConsumerReadiness(ResultConsumer consumer) {
    this.consumer = consumer;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("Result consumer").status(consumer.isRunning()).build();
  }
}
