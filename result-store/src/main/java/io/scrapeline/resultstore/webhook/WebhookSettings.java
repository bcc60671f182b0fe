package io.scrapeline.resultstore.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Webhook delivery; each key is documented with its default in result-store/README.md. */
@ConfigMapping(prefix = "scrapeline.result-store.webhook")
public interface WebhookSettings {

  /** {@code tenant:secret} pairs that sign each tenant's webhooks (SCRAPELINE_WEBHOOK_SECRETS). */
  Optional<String> secrets();

  /**
   * Address ranges a webhook may reach although private (SCRAPELINE_ALLOWED_CIDRS); empty allows
   * none.
   */
  Optional<String> allowedCidrs();

  /** Attempts per delivery before it is given up. */
  @WithDefault("8")
  int maxAttempts();

  /** Wait after the first failed attempt; it doubles each time, with jitter. */
  @WithDefault("PT2S")
  Duration initialBackoff();

  /** The longest wait between attempts. */
  @WithDefault("PT10M")
  Duration maxBackoff();

  /** Connect and response timeout of one attempt. */
  @WithDefault("PT10S")
  Duration timeout();

  /**
   * How often due deliveries are looked for, in scheduler syntax (read by the dispatch schedule).
   */
  @WithDefault("1s")
  String dispatchInterval();

  /** Deliveries claimed per dispatcher run. */
  @WithDefault("20")
  int batchSize();
}
