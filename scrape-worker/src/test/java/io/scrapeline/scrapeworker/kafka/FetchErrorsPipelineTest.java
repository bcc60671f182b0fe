package io.scrapeline.scrapeworker.kafka;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.sun.net.httpserver.HttpHandler;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.scrapeline.fetch.fixtures.FixtureServer;
import io.scrapeline.local.EmbeddedStackTestResource;
import io.scrapeline.model.Format;
import io.scrapeline.model.ItemErrorCode;
import io.scrapeline.model.ItemStatus;
import io.scrapeline.model.ScrapeOptions;
import io.scrapeline.model.ScrapeRequest;
import io.scrapeline.model.ScrapeResult;
import io.scrapeline.model.Topics;
import io.scrapeline.model.json.WireJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The running worker against fixture sites on loopback, one item per failure the API names: every
 * item gets its own specific error code (never a generic one), and the worker stays healthy.
 * Loopback is allow-listed in the test profile; 169.254.169.254 is not.
 */
@QuarkusTest
@WithTestResource(EmbeddedStackTestResource.class)
class FetchErrorsPipelineTest {

  private static final Topics TOPICS = Topics.defaults();
  private static final Duration PATIENCE = Duration.ofSeconds(90);
  private static final int MIB = 1024 * 1024;

  private static FixtureServer site;
  private static FixtureServer guarded;
  private static FixtureServer polite;
  private static int closedPort;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  private KafkaProducer<String, byte[]> producer;

  @BeforeAll
  static void startSites() throws IOException {
    site = FixtureServer.start("127.0.0.10");
    guarded = FixtureServer.start("127.0.0.11");
    polite = FixtureServer.start("127.0.0.12");
    AtomicInteger flakyCalls = new AtomicInteger();
    site.page("/missing", 404, "text/html", bytes("<p>gone</p>"))
        .page("/broken", 500, "text/html", bytes("<p>oops</p>"))
        .route(
            "/slow-body",
            exchange -> {
              exchange.getResponseHeaders().set("Content-Type", "text/html");
              exchange.sendResponseHeaders(200, 1000);
              exchange.getResponseBody().write(bytes("<p>first bytes"));
              exchange.getResponseBody().flush();
              site.stall();
            })
        .route("/stalled", exchange -> site.stall())
        .route("/loop", redirect("/loop"))
        .page("/big", 200, "text/html", new byte[11 * MIB])
        .route("/bomb", gzipped(new byte[50 * MIB]))
        .page("/image.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
        .route("/to-metadata", redirect("http://169.254.169.254/latest/meta-data/"))
        .route(
            "/flaky",
            exchange -> {
              if (flakyCalls.incrementAndGet() == 1) {
                FixtureServer.respond(exchange, 503, "text/html", new byte[0]);
              } else {
                FixtureServer.respond(exchange, 200, "text/html", bytes("<h1>Back</h1>"));
              }
            });
    guarded.robots("User-agent: *\nDisallow: /private\n").html("/private/page", "<p>no</p>");
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.13"))) {
      closedPort = socket.getLocalPort();
    }
  }

  @AfterAll
  static void stopSites() {
    site.close();
    guarded.close();
    polite.close();
  }

  @BeforeEach
  void createProducer() {
    producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "all"),
            new StringSerializer(),
            new ByteArraySerializer());
  }

  @AfterEach
  void closeProducer() {
    producer.close();
  }

  /** One item per case: URL, retries allowed, and the error code expected (null: completed). */
  private record Case(URI url, int maxRetries, ItemErrorCode expected) {}

  @Test
  void everyFailureComesBackWithItsOwnErrorCodeAndTheWorkerStaysHealthy() throws Exception {
    List<Case> cases =
        List.of(
            new Case(site.url("/missing"), 1, ItemErrorCode.HTTP_ERROR),
            new Case(site.url("/broken"), 1, ItemErrorCode.HTTP_ERROR),
            new Case(site.url("/slow-body"), 0, ItemErrorCode.TIMEOUT),
            new Case(site.url("/stalled"), 0, ItemErrorCode.TIMEOUT),
            new Case(site.url("/loop"), 1, ItemErrorCode.TOO_MANY_REDIRECTS),
            new Case(site.url("/big"), 1, ItemErrorCode.BODY_TOO_LARGE),
            new Case(site.url("/bomb"), 1, ItemErrorCode.BODY_TOO_LARGE),
            new Case(site.url("/image.png"), 1, ItemErrorCode.UNSUPPORTED_CONTENT_TYPE),
            new Case(guarded.url("/private/page"), 1, ItemErrorCode.ROBOTS_DISALLOWED),
            new Case(site.url("/to-metadata"), 1, ItemErrorCode.BLOCKED_ADDRESS),
            new Case(URI.create("http://no-such-host.invalid/"), 1, ItemErrorCode.DNS_FAILURE),
            new Case(
                URI.create("http://127.0.0.13:" + closedPort + "/"),
                0,
                ItemErrorCode.CONNECT_FAILED),
            new Case(site.url("/flaky"), 2, null));
    UUID batch = UUID.randomUUID();
    for (int index = 0; index < cases.size(); index++) {
      Case item = cases.get(index);
      send(batch, index, item.url(), options(item.maxRetries()));
    }

    Map<Integer, ScrapeResult> results = awaitResults(batch, cases.size());

    for (int index = 0; index < cases.size(); index++) {
      ScrapeResult result = results.get(index);
      ItemErrorCode expected = cases.get(index).expected();
      if (expected == null) {
        assertThat(result.status())
            .as(cases.get(index).url().toString())
            .isEqualTo(ItemStatus.COMPLETED);
      } else {
        assertThat(result.error()).as(cases.get(index).url().toString()).isNotNull();
        assertThat(result.error().code()).as(result.error().message()).isEqualTo(expected);
      }
    }
    assertThat(results.get(0).metadata().statusCode()).isEqualTo(404);
    assertThat(results.get(1).metadata().statusCode()).isEqualTo(500);
    assertThat(results.get(2).metadata().statusCode()).isEqualTo(200);
    assertThat(results.get(12).metadata().retryCount()).isGreaterThanOrEqualTo(1);
    assertThat(results.get(12).data().markdown()).contains("Back");
    assertThat(guarded.hits("/private/page")).isZero();

    given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void aHostNeverSeesMoreRequestsAtOnceThanItsLimit() throws Exception {
    UUID batch = UUID.randomUUID();
    int pages = 12;
    for (int index = 0; index < pages; index++) {
      polite.slowHtml("/page-" + index, Duration.ofMillis(150), "<p>page " + index + "</p>");
      send(batch, index, polite.url("/page-" + index), options(0));
    }

    Map<Integer, ScrapeResult> results = awaitResults(batch, pages);

    assertThat(results.values()).allMatch(result -> result.status() == ItemStatus.COMPLETED);
    // per-host-max-in-flight is 2 (its default); the server counted what it really got.
    assertThat(polite.maxInFlight()).isBetween(1, 2);
  }

  private static ScrapeOptions options(int maxRetries) {
    return new ScrapeOptions(
        List.of(Format.MARKDOWN), true, List.of(), List.of(), Map.of(), 1_500, maxRetries);
  }

  private void send(UUID batch, int index, URI url, ScrapeOptions options) throws Exception {
    ScrapeRequest request =
        ScrapeRequest.of(batch, "acme", index, url.toString(), options, Instant.now());
    producer
        .send(new ProducerRecord<>(TOPICS.scrapeRequests(), url.getHost(), WireJson.write(request)))
        .get();
  }

  /** Waits for {@code count} results of {@code batch} and checks there is no more than that. */
  private Map<Integer, ScrapeResult> awaitResults(UUID batch, int count) {
    try (TopicReader reader = new TopicReader(bootstrapServers, TOPICS.scrapeResults())) {
      await().atMost(PATIENCE).until(() -> resultsOf(batch, reader.poll()).size() >= count);
      List<ScrapeResult> results = resultsOf(batch, reader.readToEnd());
      assertThat(results).hasSize(count);
      return results.stream()
          .collect(Collectors.toMap(ScrapeResult::inputIndex, Function.identity()));
    }
  }

  private static List<ScrapeResult> resultsOf(
      UUID batch, List<ConsumerRecord<String, byte[]>> records) {
    return records.stream()
        .filter(record -> record.key().equals(batch.toString()))
        .map(record -> WireJson.read(record.value(), ScrapeResult.class))
        .toList();
  }

  private static HttpHandler redirect(String location) {
    return exchange -> {
      exchange.getResponseHeaders().set("Location", location);
      FixtureServer.respond(exchange, 302, "text/html", new byte[0]);
    };
  }

  private static HttpHandler gzipped(byte[] data) {
    byte[] body = gzip(data);
    return exchange -> {
      exchange.getResponseHeaders().set("Content-Encoding", "gzip");
      FixtureServer.respond(exchange, 200, "text/html", body);
    };
  }

  private static byte[] gzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
