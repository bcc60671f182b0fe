package io.scrapeline.scrapeworker.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.scrapeline.fetch.http.FetchOutcome;
import io.scrapeline.fetch.http.PageFetcher;
import io.scrapeline.local.EmbeddedStackTestResource;
import io.scrapeline.model.ItemErrorCode;
import io.scrapeline.model.ScrapeOptions;
import io.scrapeline.model.ScrapeRequest;
import io.scrapeline.model.Topics;
import io.scrapeline.model.json.WireJson;
import io.scrapeline.model.kafka.TopicBootstrap;
import io.scrapeline.scrapeworker.extract.MarkdownConverter;
import io.scrapeline.scrapeworker.extract.PageExtractor;
import io.scrapeline.scrapeworker.service.CancelledBatches;
import io.scrapeline.scrapeworker.service.ScrapeMetrics;
import io.scrapeline.scrapeworker.service.ScrapeService;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The loop's delivery guarantee on the real broker, with loops of its own on topics of its own (the
 * application's worker never sees them): offsets are committed only once the result is in Kafka,
 * and a shutdown gives unfinished work back.
 */
@QuarkusTest
@WithTestResource(EmbeddedStackTestResource.class)
class RequestLoopTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  private final Topics topics =
      Topics.withPrefix("loop-" + UUID.randomUUID().toString().substring(0, 8) + ".");
  private final String group = "loop-test-" + UUID.randomUUID();
  private final CountDownLatch fetchStarted = new CountDownLatch(1);
  private final CountDownLatch releaseFetch = new CountDownLatch(1);
  private final CancelledBatches cancelled = new CancelledBatches();
  private final ScrapeMetrics metrics = new ScrapeMetrics(new SimpleMeterRegistry());
  private final MarkdownConverter converter = new MarkdownConverter(1, Duration.ofSeconds(10));
  private final ExecutorService workers = Executors.newFixedThreadPool(4);
  private KafkaProducer<String, byte[]> producer;
  private ControlTopicReader control;
  private Thread controlThread;

  @BeforeEach
  void startControlReader() {
    TopicBootstrap.ensureLayout(bootstrap, topics.prefix(), 2);
    producer =
        new KafkaProducer<>(
            Map.of("bootstrap.servers", bootstrap, "acks", "all"),
            new StringSerializer(),
            new ByteArraySerializer());
    control = new ControlTopicReader(() -> consumer(null), topics.batchControl(), cancelled);
    controlThread = start(control);
  }

  @AfterEach
  void stopEverything() throws InterruptedException {
    releaseFetch.countDown();
    control.stop();
    controlThread.join(TimeUnit.SECONDS.toMillis(30));
    workers.shutdownNow();
    producer.close();
    converter.close();
  }

  @Test
  void offsetsAreCommittedOnlyOnceTheResultIsInKafka() throws Exception {
    send(0);
    RequestLoop loop = loop(blockingFetcher());
    Thread thread = start(loop);

    assertThat(fetchStarted.await(60, TimeUnit.SECONDS)).isTrue();
    assertThat(committedOffset()).isNull();
    releaseFetch.countDown();

    await().atMost(PATIENCE).until(() -> Long.valueOf(1).equals(committedOffset()));
    try (TopicReader results = new TopicReader(bootstrap, topics.scrapeResults())) {
      assertThat(results.readToEnd()).hasSize(1);
    }
    stop(loop, thread);
  }

  @Test
  void shutdownGivesUnfinishedRequestsBackToTheNextWorker() throws Exception {
    send(0);
    RequestLoop first = loop(blockingFetcher());
    Thread firstThread = start(first);
    assertThat(fetchStarted.await(60, TimeUnit.SECONDS)).isTrue();

    stop(first, firstThread);

    assertThat(committedOffset()).isNull();
    RequestLoop second = loop(request -> gone());
    Thread secondThread = start(second);
    await().atMost(PATIENCE).until(() -> Long.valueOf(1).equals(committedOffset()));
    try (TopicReader results = new TopicReader(bootstrap, topics.scrapeResults())) {
      assertThat(results.readToEnd()).isNotEmpty();
    }
    stop(second, secondThread);
  }

  @Test
  void aSlowPartitionDoesNotHoldBackTheOthers() throws Exception {
    send(0, 0, "http://slow.example/page");
    RequestLoop loop =
        loop(
            request ->
                request.url().getHost().equals("slow.example")
                    ? blockingFetcher().fetch(request)
                    : gone());
    Thread thread = start(loop);
    assertThat(fetchStarted.await(60, TimeUnit.SECONDS)).isTrue();

    send(1, 1, "http://fast.example/page");
    send(1, 2, "http://fast.example/other");

    await().atMost(PATIENCE).until(() -> Long.valueOf(2).equals(committedOffset(1)));
    assertThat(committedOffset(0)).isNull();
    releaseFetch.countDown();
    await().atMost(PATIENCE).until(() -> Long.valueOf(1).equals(committedOffset(0)));
    stop(loop, thread);
  }

  @Test
  void noPollIsMadeWhileTheInFlightLimitIsReached() throws Exception {
    send(0, 0, "http://slow.example/page");
    AtomicInteger fetches = new AtomicInteger();
    PageFetcher blocking = blockingFetcher();
    PageFetcher counting =
        request -> {
          fetches.incrementAndGet();
          return blocking.fetch(request);
        };
    ScrapeService service =
        new ScrapeService(counting, new PageExtractor(converter), cancelled, metrics);
    ResultPublisher publisher =
        new ResultPublisher(producer, topics, new CappedResultWriter(8 * 1024 * 1024));
    RequestDispatcher dispatcher =
        new RequestDispatcher(service, publisher, cancelled, metrics, workers);
    RequestLoop loop =
        new RequestLoop(() -> consumer(group), topics.scrapeRequests(), dispatcher, control, 1);
    Thread thread = start(loop);
    assertThat(fetchStarted.await(60, TimeUnit.SECONDS)).isTrue();

    send(1, 1, "http://fast.example/page");

    // With one record in flight and a limit of one, the record on partition 1 is not even taken.
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(5))
        .until(() -> fetches.get() == 1);
    assertThat(committedOffset(1)).isNull();
    releaseFetch.countDown();
    await().atMost(PATIENCE).until(() -> Long.valueOf(1).equals(committedOffset(1)));
    assertThat(committedOffset(0)).isEqualTo(1);
    stop(loop, thread);
  }

  private RequestLoop loop(PageFetcher fetcher) {
    ScrapeService service =
        new ScrapeService(fetcher, new PageExtractor(converter), cancelled, metrics);
    ResultPublisher publisher =
        new ResultPublisher(producer, topics, new CappedResultWriter(8 * 1024 * 1024));
    RequestDispatcher dispatcher =
        new RequestDispatcher(service, publisher, cancelled, metrics, workers);
    return new RequestLoop(
        () -> consumer(group), topics.scrapeRequests(), dispatcher, control, 200);
  }

  /** A fetcher that stays in flight until the test releases it. */
  private PageFetcher blockingFetcher() {
    return request -> {
      fetchStarted.countDown();
      releaseFetch.await();
      return gone();
    };
  }

  private static FetchOutcome gone() {
    return FetchOutcome.failed(ItemErrorCode.HTTP_ERROR, "HTTP 410", 410, null, null);
  }

  private Consumer<String, byte[]> consumer(String groupId) {
    Map<String, Object> props =
        new HashMap<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest"));
    if (groupId != null) {
      props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    }
    return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
  }

  private void send(int index) throws Exception {
    send(0, index, "http://127.0.0.9/page");
  }

  private void send(int partition, int index, String url) throws Exception {
    ScrapeRequest request =
        ScrapeRequest.of(
            UUID.randomUUID(), "acme", index, url, ScrapeOptions.defaults(), Instant.now());
    String host = URI.create(url).getHost();
    producer
        .send(
            new ProducerRecord<>(topics.scrapeRequests(), partition, host, WireJson.write(request)))
        .get();
  }

  private Long committedOffset() throws Exception {
    return committedOffset(0);
  }

  private Long committedOffset(int partition) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
      Map<TopicPartition, OffsetAndMetadata> offsets =
          admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
      OffsetAndMetadata offset =
          offsets.get(new TopicPartition(topics.scrapeRequests(), partition));
      return offset == null ? null : offset.offset();
    }
  }

  private static Thread start(Runnable task) {
    Thread thread = new Thread(task, "test-" + task.getClass().getSimpleName());
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static void stop(RequestLoop loop, Thread thread) {
    loop.stop(Duration.ofMillis(200));
    await().atMost(PATIENCE).until(() -> !thread.isAlive());
  }
}
