package io.scrapeline.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.scrapeline.local.EmbeddedStack;
import io.scrapeline.model.BatchControl;
import io.scrapeline.model.SitemapRequest;
import io.scrapeline.model.Topics;
import io.scrapeline.model.json.WireJson;
import io.scrapeline.model.kafka.TopicBootstrap;
import io.scrapeline.model.kafka.TopicBootstrap.TopicSpec;
import io.scrapeline.model.kafka.TopicLayout;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The worker's guarantees, with its records published to a real broker and the requests offered
 * through a channel that stands in for the Kafka connector (whose throttled commit turns the
 * acknowledgements into offsets; the worker modules' tests check that with the real connector): a
 * request is acknowledged only once its records are in Kafka, shutdown gives unfinished work back,
 * requests finish in any order, no more are taken than the in-flight limit, unreadable requests are
 * dead-lettered, cancelled batches skipped, a request whose records Kafka refused is done again,
 * and neither a bug nor a record too large for the topic blocks the others.
 */
class RequestWorkerTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private final String bootstrap = EmbeddedStack.shared().bootstrapServers();
  private final Topics topics =
      Topics.withPrefix("worker-" + UUID.randomUUID().toString().substring(0, 8) + ".");
  private final RequestChannel channel = new RequestChannel(topics.sitemapRequests());
  private final String results = topics.prefix() + "test.results";
  private final CountDownLatch handling = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private final List<SitemapRequest> handled = new CopyOnWriteArrayList<>();
  private final List<RequestWorker<SitemapRequest>> workers = new ArrayList<>();
  private KafkaProducer<String, byte[]> producer;

  @BeforeEach
  void createTopics() {
    List<TopicSpec> specs = new ArrayList<>(TopicLayout.of(topics, 2));
    // Small enough that a handler can produce a record the broker refuses (after compression).
    specs.add(new TopicSpec(results, 1, Map.of("max.message.bytes", "4096")));
    TopicBootstrap.ensure(bootstrap, specs);
    producer =
        new KafkaProducer<>(
            Map.of("bootstrap.servers", bootstrap, "acks", "all"),
            new StringSerializer(),
            new ByteArraySerializer());
  }

  @AfterEach
  void stopEverything() {
    release.countDown();
    workers.forEach(RequestWorker::stop);
    producer.close();
  }

  @Test
  void aRequestIsAcknowledgedOnlyOnceItsRecordsAreInKafka() throws Exception {
    SitemapRequest request = offer("https://a.example/sitemap.xml");
    start(new Handler(true));

    assertThat(handling.await(60, TimeUnit.SECONDS)).isTrue();
    assertThat(channel.acknowledged()).isEmpty();
    release.countDown();

    await().atMost(PATIENCE).until(() -> channel.acknowledged().equals(List.of(0L)));
    assertThat(values(read(results))).containsExactly("links of " + request.url());
  }

  @Test
  void shutdownGivesUnfinishedRequestsBackUnacknowledged() throws Exception {
    offer("https://a.example/sitemap.xml");
    RequestWorker<SitemapRequest> worker = start(new Handler(true));
    assertThat(handling.await(60, TimeUnit.SECONDS)).isTrue();

    worker.stop();

    assertThat(channel.acknowledged()).isEmpty();
    assertThat(read(results)).isEmpty();
    assertThat(worker.isRunning()).isFalse();
  }

  @Test
  void requestsFinishInAnyOrderSoASlowHostHoldsBackOnlyItsOwn() throws Exception {
    offer("https://slow.example/sitemap.xml");
    start(new Handler(request -> request.url().contains("slow.example")));
    assertThat(handling.await(60, TimeUnit.SECONDS)).isTrue();

    offer("https://fast.example/sitemap.xml");
    offer("https://fast.example/other.xml");

    await().atMost(PATIENCE).until(() -> channel.acknowledged().equals(List.of(1L, 2L)));
    release.countDown();
    await().atMost(PATIENCE).until(() -> channel.acknowledged().equals(List.of(1L, 2L, 0L)));
  }

  @Test
  void noMoreRequestsAreTakenThanTheInFlightLimit() throws Exception {
    offer("https://slow.example/sitemap.xml");
    offer("https://fast.example/sitemap.xml");
    start(new Handler(true), 1);
    assertThat(handling.await(60, TimeUnit.SECONDS)).isTrue();

    // One request in flight with a limit of one: the second one is not even delivered.
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(5))
        .until(() -> channel.delivered() == 1);
    release.countDown();
    await().atMost(PATIENCE).until(() -> channel.acknowledged().equals(List.of(0L, 1L)));
    assertThat(channel.delivered()).isEqualTo(2);
  }

  @Test
  void anUnreadableRequestGoesToTheDeadLetterTopicWithItsReason() throws Exception {
    channel.offer("a.example", "{not json".getBytes(StandardCharsets.UTF_8));
    offer("https://a.example/after.xml");
    start(new Handler(false));

    await().atMost(PATIENCE).until(() -> channel.acknowledged().size() == 2);
    List<ConsumerRecord<String, byte[]>> letters = read(topics.dlq(topics.sitemapRequests()));
    assertThat(letters).hasSize(1);
    assertThat(header(letters.get(0), RecordSender.DLQ_REASON)).contains("unparseable JSON");
    assertThat(header(letters.get(0), RecordSender.DLQ_SOURCE))
        .isEqualTo(topics.sitemapRequests() + "-0@0");
    assertThat(handled)
        .extracting(SitemapRequest::url)
        .containsExactly("https://a.example/after.xml");
  }

  @Test
  void requestsOfACancelledBatchAreSkipped() throws Exception {
    UUID cancelled = UUID.randomUUID();
    producer
        .send(
            new ProducerRecord<>(
                topics.batchControl(),
                cancelled.toString(),
                WireJson.write(BatchControl.cancel(cancelled, Instant.now()))))
        .get();
    offer(cancelled, "https://a.example/cancelled.xml");
    offer(UUID.randomUUID(), "https://a.example/kept.xml");
    start(new Handler(false));

    await().atMost(PATIENCE).until(() -> channel.acknowledged().size() == 2);
    assertThat(handled)
        .extracting(SitemapRequest::url)
        .containsExactly("https://a.example/kept.xml");
  }

  @Test
  void aHandlerBugStillFinishesItsRequest() throws Exception {
    offer("https://a.example/bug.xml");
    start(
        new Handler(false) {
          @Override
          public List<ProducerRecord<String, byte[]>> handle(SitemapRequest request) {
            throw new IllegalStateException("a bug");
          }
        });

    await().atMost(PATIENCE).until(() -> channel.acknowledged().equals(List.of(0L)));
    assertThat(values(read(results))).containsExactly("failed: java.lang.IllegalStateException");
  }

  @Test
  void aRecordTheTopicRefusesAsTooLargeIsReplaced() throws Exception {
    offer("https://a.example/huge.xml");
    start(
        new Handler(false) {
          @Override
          public List<ProducerRecord<String, byte[]>> handle(SitemapRequest request) {
            return List.of(record(request, incompressible(64 * 1024)));
          }
        });

    await().atMost(PATIENCE).until(() -> channel.acknowledged().equals(List.of(0L)));
    assertThat(values(read(results))).containsExactly("too large");
  }

  @Test
  void aRequestWhoseRecordsKafkaRefusedIsDoneAgainNotAcknowledged() throws Exception {
    offer("https://a.example/refused-once.xml");
    AtomicInteger attempts = new AtomicInteger();
    start(
        new Handler(false) {
          @Override
          public List<ProducerRecord<String, byte[]>> handle(SitemapRequest request) {
            String value =
                attempts.incrementAndGet() == 1 ? incompressible(64 * 1024) : "second attempt";
            return List.of(record(request, value));
          }

          @Override
          public Optional<ProducerRecord<String, byte[]>> replacementForTooLarge(
              SitemapRequest request, ProducerRecord<String, byte[]> refused) {
            return Optional.empty();
          }
        });

    await().atMost(PATIENCE).until(() -> channel.acknowledged().equals(List.of(0L)));
    assertThat(attempts).hasValue(2);
    assertThat(values(read(results))).containsExactly("second attempt");
  }

  /** Answers each request with one record naming its URL; optionally waits for the test. */
  private class Handler implements RequestHandler<SitemapRequest> {
    private final Predicate<SitemapRequest> blocking;

    Handler(boolean blocking) {
      this(request -> blocking);
    }

    /** Waits for the test in the requests {@code blocking} accepts. */
    Handler(Predicate<SitemapRequest> blocking) {
      this.blocking = blocking;
    }

    @Override
    public Class<SitemapRequest> requestType() {
      return SitemapRequest.class;
    }

    @Override
    public UUID batchId(SitemapRequest request) {
      return request.batchId();
    }

    @Override
    public List<ProducerRecord<String, byte[]>> handle(SitemapRequest request)
        throws InterruptedException {
      handled.add(request);
      if (blocking.test(request)) {
        handling.countDown();
        release.await();
      }
      return List.of(record(request, "links of " + request.url()));
    }

    @Override
    public List<ProducerRecord<String, byte[]>> unexpectedFailure(
        SitemapRequest request, RuntimeException failure) {
      return List.of(record(request, "failed: " + failure.getClass().getName()));
    }

    @Override
    public Optional<ProducerRecord<String, byte[]>> replacementForTooLarge(
        SitemapRequest request, ProducerRecord<String, byte[]> refused) {
      return Optional.of(record(request, "too large"));
    }

    ProducerRecord<String, byte[]> record(SitemapRequest request, String value) {
      return new ProducerRecord<>(
          results, request.batchId().toString(), value.getBytes(StandardCharsets.UTF_8));
    }
  }

  private RequestWorker<SitemapRequest> start(RequestHandler<SitemapRequest> handler) {
    return start(handler, 10);
  }

  private RequestWorker<SitemapRequest> start(
      RequestHandler<SitemapRequest> handler, int maxInFlightRequests) {
    RequestWorker<SitemapRequest> worker =
        new RequestWorker<>(
            new WorkerClients(
                Map.of("bootstrap.servers", bootstrap),
                "unused",
                "test",
                maxInFlightRequests,
                1 << 20),
            topics.batchControl(),
            handler,
            new CancelledBatches(),
            WorkerEvents.NONE,
            new WorkerSettings("test", 2, maxInFlightRequests, Duration.ofSeconds(2)));
    workers.add(worker);
    worker.start(channel.messages());
    return worker;
  }

  private SitemapRequest offer(String url) {
    return offer(UUID.randomUUID(), url);
  }

  private SitemapRequest offer(UUID batchId, String url) {
    SitemapRequest request = SitemapRequest.of(batchId, "acme", 0, url, 10, true, Instant.now());
    channel.offer(URI.create(url).getHost(), WireJson.write(request));
    return request;
  }

  private List<ConsumerRecord<String, byte[]>> read(String topic) {
    return TopicContents.read(bootstrap, topic);
  }

  /** Random text: the worker's producer compresses, and the topic's limit is on what it sends. */
  private static String incompressible(int length) {
    StringBuilder text = new StringBuilder(length);
    Random random = new Random(42);
    while (text.length() < length) {
      text.append(Long.toString(random.nextLong(), 36));
    }
    return text.toString();
  }

  private static List<String> values(List<ConsumerRecord<String, byte[]>> records) {
    return records.stream().map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList();
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }
}
