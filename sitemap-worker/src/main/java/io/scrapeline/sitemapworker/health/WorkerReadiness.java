package io.scrapeline.sitemapworker.health;

import io.scrapeline.sitemapworker.kafka.WorkerLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** DOWN when the request loop or the batch.control reader died: the worker takes no work. */
@Readiness
@ApplicationScoped
public class WorkerReadiness implements HealthCheck {

  private final WorkerLifecycle lifecycle;

  @Inject
  public WorkerReadiness(WorkerLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("Sitemap request loop").status(lifecycle.isRunning()).build();
  }
}
