package io.scrapeline.resultstore.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * Posts due webhooks from the outbox: 2xx is delivered; another status, a timeout or a connection
 * failure is retried with exponential backoff and jitter until max-attempts; a forbidden address is
 * given up at once. Every attempt is logged and counted in {@code
 * scrapeline.webhook.attempts{outcome}}.
 */
@ApplicationScoped
public class WebhookDispatcher {

  private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
  private static final Duration LEASE = Duration.ofMinutes(2);

  private final WebhookDeliveries deliveries;
  private final WebhookSettings settings;
  private final WebhookSigner signer;
  private final WebhookTransport transport;
  private final MeterRegistry metrics;

  WebhookDispatcher(
      WebhookDeliveries deliveries,
      WebhookSettings settings,
      WebhookTransport transport,
      MeterRegistry metrics) {
    this.deliveries = deliveries;
    this.settings = settings;
    this.signer = WebhookSigner.parse(settings.secrets().orElse(""));
    this.transport = transport;
    this.metrics = metrics;
  }

  @Scheduled(
      every = "${scrapeline.result-store.webhook.dispatch-interval:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void dispatchDue() {
    for (WebhookDelivery delivery : deliveries.claimDue(settings.batchSize(), LEASE)) {
      attempt(delivery);
    }
  }

  private void attempt(WebhookDelivery delivery) {
    var payload = deliveries.payload(delivery);
    if (payload.isEmpty()) {
      deliveries.gaveUp(delivery.id(), "the batch no longer exists");
      return;
    }
    byte[] body = payload.get().json().getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers = new HashMap<>();
    signer
        .signature(payload.get().tenant(), body)
        .ifPresent(sig -> headers.put(WebhookSigner.HEADER, sig));
    headers.put("X-Scrapeline-Event", delivery.event());
    headers.put("X-Scrapeline-Delivery", Long.toString(delivery.id()));
    try {
      int status = transport.post(delivery.url(), body, headers);
      if (status >= 200 && status < 300) {
        deliveries.delivered(delivery.id());
        record(delivery, "delivered", "HTTP " + status);
      } else {
        failed(delivery, "HTTP " + status);
      }
    } catch (WebhookTransport.Refused refused) {
      deliveries.gaveUp(delivery.id(), refused.getMessage());
      record(delivery, "refused", refused.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      failed(delivery, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private void failed(WebhookDelivery delivery, String error) {
    if (delivery.attempts() >= settings.maxAttempts()) {
      deliveries.gaveUp(delivery.id(), error);
      record(delivery, "gave_up", error);
      return;
    }
    deliveries.retryLater(delivery.id(), backoff(delivery.attempts()), error);
    record(delivery, "retry", error);
  }

  /**
   * initial * 2^(attempt-1), capped, with up to 20 % jitter so receivers are not hit in lockstep.
   */
  Duration backoff(int attempts) {
    long base = settings.initialBackoff().toMillis() << Math.min(20, Math.max(0, attempts - 1));
    long capped = Math.min(base, settings.maxBackoff().toMillis());
    long jitter = (long) (capped * 0.2 * ThreadLocalRandom.current().nextDouble());
    return Duration.ofMillis(capped + jitter);
  }

  private void record(WebhookDelivery delivery, String outcome, String detail) {
    metrics.counter("scrapeline.webhook.attempts", "outcome", outcome).increment();
    LOG.infof(
        "webhook %s of batch %s to %s, attempt %d: %s (%s)",
        delivery.event(), delivery.batchId(), delivery.url(), delivery.attempts(), outcome, detail);
  }
}
