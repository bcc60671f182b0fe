package io.scrapeline.scrapeworker.kafka;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.scrapeline.fetch.fixtures.FixtureServer;
import io.scrapeline.local.EmbeddedStackTestResource;
import io.scrapeline.model.Format;
import io.scrapeline.model.ScrapeOptions;
import io.scrapeline.model.ScrapeRequest;
import io.scrapeline.model.Topics;
import io.scrapeline.model.json.WireJson;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A request that stays unfinished longer than unfinished-request-max-age holds back its partition's
 * commits for good: the request channel reports itself unhealthy, the replica leaves readiness and
 * fails liveness, so that it is restarted. Topics of their own, so that the request left
 * uncommitted bothers no other test.
 */
@QuarkusTest
@TestProfile(StuckRequestTest.ShortMaxAge.class)
@WithTestResource(EmbeddedStackTestResource.class)
class StuckRequestTest {

  private static final Topics TOPICS = Topics.withPrefix("stuck.");

  private static FixtureServer site;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  /** Requests may stay unfinished for a second only. */
  public static class ShortMaxAge implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "scrapeline.topic-prefix",
          TOPICS.prefix(),
          "scrapeline.scrape-worker.unfinished-request-max-age",
          "PT1S");
    }
  }

  @BeforeAll
  static void startSite() {
    site = FixtureServer.start("127.0.0.14");
    site.route("/stalled", exchange -> site.stall());
  }

  @AfterAll
  static void stopSite() {
    site.close();
  }

  @Test
  void aRequestUnfinishedLongerThanTheMaxAgeTakesTheWorkerOutOfService() throws Exception {
    given().get("/q/health/ready").then().statusCode(200);
    URI stalled = site.url("/stalled");
    ScrapeOptions patient =
        new ScrapeOptions(
            List.of(Format.MARKDOWN), true, List.of(), List.of(), Map.of(), 30_000, 0);
    ScrapeRequest request =
        ScrapeRequest.of(UUID.randomUUID(), "acme", 0, stalled.toString(), patient, Instant.now());
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
            new StringSerializer(),
            new ByteArraySerializer())) {
      producer
          .send(
              new ProducerRecord<>(
                  TOPICS.scrapeRequests(), stalled.getHost(), WireJson.write(request)))
          .get();
    }

    await().atMost(Duration.ofSeconds(60)).until(() -> site.hits("/stalled") == 1);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                given()
                    .get("/q/health/ready")
                    .then()
                    .statusCode(503)
                    .body("status", equalTo("DOWN"))
                    .body("checks.status", hasItem("DOWN")));
    // Liveness too: Kubernetes restarts the replica, and the request is redone elsewhere.
    given().get("/q/health/live").then().statusCode(503).body("status", equalTo("DOWN"));
  }
}
