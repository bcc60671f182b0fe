package io.scrapeline.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scrapeline.gateway.config.GatewayConfig;
import io.scrapeline.gateway.rest.ApiException;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubmissionLimitsTest {

  /** The settings this test needs; every other key keeps its documented default elsewhere. */
  private static GatewayConfig config(int perMinute, int burst) {
    Map<String, Object> values = Map.of("submitRatePerMinute", perMinute, "submitBurst", burst);
    return (GatewayConfig)
        Proxy.newProxyInstance(
            GatewayConfig.class.getClassLoader(),
            new Class<?>[] {GatewayConfig.class},
            (proxy, method, args) -> values.get(method.getName()));
  }

  @Test
  void aBurstIsAllowedThenTheTenantIsRefusedWithRetryAfter() {
    SubmissionLimits limits = new SubmissionLimits(config(1, 3));
    limits.acquire("acme");
    limits.acquire("acme");
    limits.acquire("acme");
    assertThatThrownBy(() -> limits.acquire("acme"))
        .isInstanceOfSatisfying(
            ApiException.class,
            refused -> {
              assertThat(refused.status()).isEqualTo(429);
              assertThat(refused.error().code()).isEqualTo("rate_limited");
              assertThat(refused.retryAfterSeconds()).isBetween(1, 60);
            });
  }

  @Test
  void tenantsHaveTheirOwnBuckets() {
    SubmissionLimits limits = new SubmissionLimits(config(1, 1));
    limits.acquire("acme");
    limits.acquire("globex");
    assertThatThrownBy(() -> limits.acquire("acme")).isInstanceOf(ApiException.class);
  }
}
