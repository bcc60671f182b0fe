package io.scrapeline.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.scrapeline.gateway.rest.ApiException;
import io.scrapeline.model.internal.ApiError;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreAnswerTest {

  @Test
  void theActiveBatchCapsRefusalTellsTheClientWhenToRetry() {
    ApiException refused =
        StoreAnswer.refusal(429, ApiError.of("rate_limited", "too many unfinished batches"));
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.error().code()).isEqualTo("rate_limited");
    assertThat(refused.error().message()).isEqualTo("too many unfinished batches");
    assertThat(refused.retryAfterSeconds()).isEqualTo(StoreAnswer.ACTIVE_BATCH_RETRY_AFTER_SECONDS);
  }

  @Test
  void otherRefusalsPassOnUnchangedAndWithoutRetryAfter() {
    ApiError conflict = new ApiError("idempotency_conflict", "key reused", Map.of("key", "k-1"));
    ApiException refused = StoreAnswer.refusal(409, conflict);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.error()).isEqualTo(conflict);
    assertThat(refused.retryAfterSeconds()).isNull();
  }
}
