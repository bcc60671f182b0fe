package io.scrapeline.resultstore.webhook;

import static io.scrapeline.resultstore.InternalApiClient.cancel;
import static io.scrapeline.resultstore.InternalApiClient.create;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.scrapeline.local.EmbeddedStackTestResource;
import io.scrapeline.model.BatchKind;
import io.scrapeline.model.internal.CreateBatch;
import io.scrapeline.resultstore.Database;
import io.scrapeline.resultstore.ResultTopic;
import io.scrapeline.resultstore.TestBatches;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EmbeddedStackTestResource.class)
class WebhookDeliveryTest {

  private static final String TENANT = "webhook-tenant";

  /**
   * A receiver that answers 500 to the first {@code failures} calls, then 200, and keeps what it
   * got.
   */
  private HttpServer receiver;

  private final List<Map.Entry<String, byte[]>> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger failuresLeft = new AtomicInteger();

  @BeforeEach
  void startReceiver() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 16);
    receiver.createContext(
        "/hook",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          String signature = exchange.getRequestHeaders().getFirst(WebhookSigner.HEADER);
          received.add(Map.entry(signature == null ? "" : signature, body));
          int status = failuresLeft.getAndDecrement() > 0 ? 500 : 200;
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    receiver.start();
  }

  @AfterEach
  void stopReceiver() {
    receiver.stop(0);
  }

  private String hookUrl() {
    return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
  }

  private CreateBatch batchWithWebhook(String tenant, List<String> events) {
    CreateBatch plain = TestBatches.scrape(tenant, 2);
    return new CreateBatch(
        plain.id(),
        tenant,
        BatchKind.SCRAPE,
        plain.items(),
        plain.invalidUrls(),
        plain.config(),
        Map.of("url", hookUrl(), "events", events),
        null,
        "hash-1",
        TestBatches.ONE_HOUR,
        0);
  }

  @Test
  void aCompletedBatchIsPostedSignedAfterTheReceiverFailedTwice() throws Exception {
    failuresLeft.set(2);
    CreateBatch batch = batchWithWebhook(TENANT, List.of("completed", "cancelled"));
    create(batch);
    ResultTopic.publish(ResultTopic.completed(batch.id(), 0), ResultTopic.completed(batch.id(), 1));

    await().atMost(Duration.ofSeconds(30)).until(() -> received.size() >= 3);
    Map.Entry<String, byte[]> delivered = received.get(2);
    JsonNode body = new ObjectMapper().readTree(delivered.getValue());
    assertThat(body.path("type").asText()).isEqualTo("batch.completed");
    assertThat(body.path("id").asText()).isEqualTo(batch.id().toString());
    assertThat(body.path("kind").asText()).isEqualTo("scrape");
    assertThat(body.path("status").asText()).isEqualTo("completed");
    assertThat(body.path("completed").asInt()).isEqualTo(2);
    assertThat(body.path("pending").asInt()).isZero();
    assertThat(body.path("finished_at").asText()).endsWith("Z");
    assertThat(delivered.getKey())
        .isEqualTo(
            WebhookSigner.parse(TENANT + ":test-webhook-secret")
                .signature(TENANT, delivered.getValue())
                .orElseThrow());
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                Database.value(
                        "SELECT delivered_at IS NOT NULL FROM webhook_deliveries WHERE batch_id = ?",
                        batch.id())
                    .equals(true));
    assertThat(
            Database.value(
                "SELECT attempts FROM webhook_deliveries WHERE batch_id = ?", batch.id()))
        .isEqualTo(3);
  }

  @Test
  void aCancelledBatchIsPostedOnlyWhenItAskedForCancellations() {
    CreateBatch wantsCancel = batchWithWebhook(TENANT, List.of("cancelled"));
    CreateBatch wantsCompletion = batchWithWebhook(TENANT, List.of("completed"));
    create(wantsCancel);
    create(wantsCompletion);
    cancel(wantsCancel.id(), TENANT).statusCode(200);
    cancel(wantsCompletion.id(), TENANT).statusCode(200);

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                received.stream()
                    .anyMatch(
                        entry ->
                            new String(entry.getValue(), StandardCharsets.UTF_8)
                                .contains(wantsCancel.id().toString())));
    assertThat(received)
        .noneMatch(
            entry ->
                new String(entry.getValue(), StandardCharsets.UTF_8)
                    .contains(wantsCompletion.id().toString()));
  }

  @Test
  void aReceiverThatNeverAnswers2xxIsGivenUpAfterMaxAttempts() {
    failuresLeft.set(1_000);
    CreateBatch batch = batchWithWebhook(TENANT, List.of("cancelled"));
    create(batch);
    cancel(batch.id(), TENANT).statusCode(200);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Database.value(
                        "SELECT failed_at IS NOT NULL FROM webhook_deliveries WHERE batch_id = ?",
                        batch.id())
                    .equals(true));
    assertThat(
            Database.value(
                "SELECT attempts FROM webhook_deliveries WHERE batch_id = ?", batch.id()))
        .isEqualTo(4);
  }

  @Test
  void aWebhookToAForbiddenAddressIsRefusedWithoutAnAttempt() {
    CreateBatch plain = TestBatches.scrape(TENANT, 1);
    UUID id = plain.id();
    create(
        new CreateBatch(
            id,
            TENANT,
            BatchKind.SCRAPE,
            plain.items(),
            plain.invalidUrls(),
            plain.config(),
            Map.of(
                "url", "http://169.254.169.254/latest/meta-data", "events", List.of("cancelled")),
            null,
            "hash-1",
            TestBatches.ONE_HOUR,
            0));
    cancel(id, TENANT).statusCode(200);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Database.value("SELECT last_error FROM webhook_deliveries WHERE batch_id = ?", id)
                    != null);
    assertThat(
            (String)
                Database.value("SELECT last_error FROM webhook_deliveries WHERE batch_id = ?", id))
        .startsWith("blocked_address");
  }
}
