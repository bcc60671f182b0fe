package io.scrapeline.system;

import static io.scrapeline.system.support.FaultStack.PARTITIONS;
import static io.scrapeline.system.support.FaultStack.REQUESTS_TOPIC;
import static io.scrapeline.system.support.FaultStack.RESULTS_TOPIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.scrapeline.local.FreePorts;
import io.scrapeline.system.support.BatchAudit;
import io.scrapeline.system.support.FaultStack;
import io.scrapeline.system.support.SlowFixtureWeb;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * ARCHITECTURE.md's failure semantics on the real stack (README: Failure semantics).
 *
 * <p>Six faults, each in its own test: one process is killed, restarted or stopped while a batch of
 * 2,000 slow pages over eight hosts is running (at least 20% finished; the gateway right after its
 * 202), and afterwards the batch completes with exactly one terminal result per {@code
 * input_index}, counters equal to the item states, every result traceable to a fetch of its own
 * URL, and no result stored before the fault replaced by a later one (see {@link BatchAudit}). Then
 * poison records, and a scrape worker stopped with SIGTERM mid-batch.
 *
 * <p>One stack for all of them, to keep the suite's time down: each test leaves it whole again
 * ({@code ./scrapeline up} restarts what it killed), and each starts by restarting whatever is not
 * running and waiting for one scrape worker to own every partition, in case an earlier test failed
 * half-way.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultInjectionIT {

  static final int URLS = 2000;
  static final int HOSTS = 8;

  /**
   * Six pages at a time, 40 ms each: the fixture sites, not the stack, set the pace (at most 150
   * pages a second, a batch of about 15 s), so that a fault at 20% comes well before the end.
   */
  static final int FIXTURE_THREADS = 6;

  static final long PAGE_DELAY_MILLIS = 40;

  static final double FAULT_AT = 0.2;

  /** The header the scrape worker and the result store give every dead letter its reason in. */
  static final String DLQ_REASON = "scrapeline.dlq.reason";

  private static final Duration PROCESS_EXIT = Duration.ofSeconds(60);

  private static FaultStack stack;
  private static BatchAudit batches;

  private long started;
  private final StringBuilder timeline = new StringBuilder();

  @BeforeAll
  static void startStack() {
    stack = FaultStack.start("injection");
    batches = new BatchAudit(stack.baseUrl(), FaultStack.API_KEY);
  }

  @AfterAll
  static void stopStack() {
    if (stack != null) {
      stack.close();
    }
  }

  @BeforeEach
  void everyProcessRunning() {
    stack.stopExtraInstances();
    stack.ensureUp();
    stack.awaitScrapeWorkers(1);
    started = System.nanoTime();
    timeline.setLength(0);
  }

  /** Notes when a step of the test was reached, for the report. */
  private void mark(String step) {
    timeline.append(" %s@%.1fs".formatted(step, (System.nanoTime() - started) / 1_000_000_000.0));
  }

  private static SlowFixtureWeb slowWeb() {
    return new SlowFixtureWeb(
        HOSTS, PARTITIONS, FIXTURE_THREADS, PAGE_DELAY_MILLIS, FreePorts.pick());
  }

  @Test
  @Order(1)
  void aScrapeWorkerKilledMidBatchIsReplacedAndNothingIsLost() {
    try (SlowFixtureWeb web = slowWeb()) {
      String id = batches.submit(web.pageUrls(URLS));
      batches.awaitProgress(id, FAULT_AT);
      mark("progress");
      long fetchedAtFault = web.fetches();
      stack.signalAndAwaitExit(FaultStack.SCRAPE_WORKER, "KILL", PROCESS_EXIT);
      mark("fault");
      // What the dead worker delivered is stored; its redone requests must not replace any of it.
      Map<Integer, String> before = batches.completedNonces(id);
      stack.up();
      mark("up");

      assertThat(fetchedAtFault).as("pages fetched when the worker died").isLessThan(URLS);
      batches.awaitCompleted(id);
      mark("completed");
      batches.assertExactlyOnce(id, web, URLS, before);
      report("kill -9 scrape worker", web, fetchedAtFault);
    }
  }

  @Test
  @Order(2)
  void withTwoWorkersTheKilledOnesPartitionsMoveToTheOther() {
    String second = "scrape-worker-2";
    int secondPort = stack.startExtraScrapeWorker(second);
    // The eight hosts sit on the eight partitions: each worker owns half of the batch.
    stack.awaitScrapeWorkers(2);
    try (SlowFixtureWeb web = slowWeb()) {
      String id = batches.submit(web.pageUrls(URLS));
      batches.awaitProgress(id, FAULT_AT);
      mark("progress");
      await("the second worker scraping its half")
          .atMost(BatchAudit.BATCH_DEADLINE)
          .pollDelay(Duration.ZERO)
          .pollInterval(Duration.ofMillis(100))
          .until(() -> pagesScraped(secondPort) > 0);
      long fetchedAtFault = web.fetches();
      stack.signalAndAwaitExit(second, "KILL", PROCESS_EXIT);
      mark("fault");
      stack.forget(second);
      Map<Integer, String> before = batches.completedNonces(id);
      // Once its session expired, the survivor owns every partition, the dead one's included.
      stack.awaitScrapeWorkers(1);
      mark("moved");

      assertThat(fetchedAtFault).as("pages fetched when the worker died").isLessThan(URLS);
      batches.awaitCompleted(id);
      mark("completed");
      batches.assertExactlyOnce(id, web, URLS, before);
      report("kill -9 one of two scrape workers", web, fetchedAtFault);
    }
  }

  @Test
  @Order(3)
  void theResultStoreRestartedMidBatchLosesNothing() {
    try (SlowFixtureWeb web = slowWeb()) {
      String id = batches.submit(web.pageUrls(URLS));
      batches.awaitProgress(id, FAULT_AT);
      mark("progress");
      Map<Integer, String> before = batches.completedNonces(id);
      long fetchedAtFault = web.fetches();

      stack.signalAndAwaitExit(FaultStack.RESULT_STORE, "TERM", PROCESS_EXIT);
      mark("fault");
      stack.up();
      mark("up");

      batches.awaitCompleted(id);
      mark("completed");
      batches.assertExactlyOnce(id, web, URLS, before);
      report("restart result store", web, fetchedAtFault);
    }
  }

  @Test
  @Order(4)
  void theKafkaBrokerRestartedMidBatchLosesNothing() {
    try (SlowFixtureWeb web = slowWeb()) {
      String id = batches.submit(web.pageUrls(URLS));
      batches.awaitProgress(id, FAULT_AT);
      mark("progress");
      long fetchedAtFault = web.fetches();
      stack.signalAndAwaitExit(FaultStack.KAFKA, "TERM", PROCESS_EXIT);
      mark("fault");
      Map<Integer, String> before = batches.completedNonces(id);
      aSubmissionWhileTheBrokerIsDownIsRefusedAndItsBatchFailed(web);
      mark("refused");
      stack.up();
      mark("up");

      assertThat(fetchedAtFault).as("pages fetched when the broker stopped").isLessThan(URLS);
      batches.awaitCompleted(id);
      mark("completed");
      batches.assertExactlyOnce(id, web, URLS, before);
      report("restart Kafka broker", web, fetchedAtFault);
    }
  }

  /** API.md: 503 {@code unavailable}, never a 202 for a batch that is not fully enqueued. */
  private void aSubmissionWhileTheBrokerIsDownIsRefusedAndItsBatchFailed(SlowFixtureWeb web) {
    int failedBefore = batches.batchesWithStatus("failed");
    // Pages past the audited batch's: were any of them ever fetched, the audit would not see it.
    HttpResponse<String> refused =
        batches.post(List.of(web.pageUrl(URLS), web.pageUrl(URLS + 1), web.pageUrl(URLS + 2)));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
    assertThat(refused.body()).contains("\"code\":\"unavailable\"");
    assertThat(batches.batchesWithStatus("failed")).isEqualTo(failedBefore + 1);
  }

  /**
   * PostgreSQL is shut down with SIGINT (its "fast" shutdown: every connection is closed, new ones
   * are refused) and started again 10 s later. That is what the result store sees when its database
   * restarts or fails over: pooled connections break, transactions fail and must be retried.
   * Freezing the server with SIGSTOP instead would only make queries hang for 10 s and never take
   * that path.
   */
  @Test
  @Order(5)
  void postgresqlStoppedForTenSecondsMidBatchLosesNothing() {
    try (SlowFixtureWeb web = slowWeb()) {
      String id = batches.submit(web.pageUrls(URLS));
      batches.awaitProgress(id, FAULT_AT);
      mark("progress");
      Map<Integer, String> before = batches.completedNonces(id);
      long fetchedAtFault = web.fetches();

      stack.signalAndAwaitExit(FaultStack.POSTGRES, "INT", PROCESS_EXIT);
      mark("fault");
      await("PostgreSQL down for 10 s")
          .pollDelay(Duration.ofSeconds(10))
          .atMost(Duration.ofSeconds(12))
          .until(() -> !FreePorts.isListening(stack.postgresPort()));
      stack.up();
      mark("up");

      batches.awaitCompleted(id);
      mark("completed");
      batches.assertExactlyOnce(id, web, URLS, before);
      report("stop PostgreSQL for 10 s", web, fetchedAtFault);
    }
  }

  @Test
  @Order(6)
  void theGatewayKilledRightAfterItAcceptedABatchLosesNothing() {
    try (SlowFixtureWeb web = slowWeb()) {
      String id = batches.submit(web.pageUrls(URLS));
      stack.signalAndAwaitExit(FaultStack.API_GATEWAY, "KILL", PROCESS_EXIT);
      mark("fault");
      long fetchedAtFault = web.fetches();
      stack.up();
      mark("up");

      batches.awaitCompleted(id);
      mark("completed");
      batches.assertExactlyOnce(id, web, URLS, Map.of());
      report("kill -9 gateway after 202", web, fetchedAtFault);
    }
  }

  /**
   * Unreadable records on every partition of scrape.requests (read by the workers) and
   * scrape.results (read by the result store): each goes unchanged to its topic's {@code .dlq} with
   * the reason in {@value #DLQ_REASON}, both consumer groups commit past them, and a batch
   * submitted afterwards completes.
   */
  @Test
  @Order(7)
  void poisonRecordsGoToTheDeadLetterTopicWithTheirReasonAndThePartitionsMoveOn() throws Exception {
    String run = UUID.randomUUID().toString();
    Map<String, Poison> sent = new HashMap<>();
    Map<TopicPartition, Long> lastPoison = new HashMap<>();
    try (KafkaProducer<String, byte[]> producer = stack.producer()) {
      List<Future<RecordMetadata>> acks = new ArrayList<>();
      for (String topic : List.of(REQUESTS_TOPIC, RESULTS_TOPIC)) {
        for (int partition = 0; partition < PARTITIONS; partition++) {
          for (Poison poison : Poison.of(topic)) {
            String key = "poison-" + run + "-" + topic + "-" + partition + "-" + poison.kind();
            sent.put(key, poison);
            acks.add(producer.send(new ProducerRecord<>(topic, partition, key, poison.value())));
          }
        }
      }
      for (Future<RecordMetadata> ack : acks) {
        RecordMetadata metadata = ack.get(30, TimeUnit.SECONDS);
        lastPoison.merge(
            new TopicPartition(metadata.topic(), metadata.partition()),
            metadata.offset(),
            Math::max);
      }
    }

    Map<String, ConsumerRecord<String, byte[]>> letters = deadLetters(sent.keySet());
    sent.forEach(
        (key, poison) -> {
          ConsumerRecord<String, byte[]> letter = letters.get(key);
          assertThat(letter.topic()).as(key).isEqualTo(poison.topic() + ".dlq");
          assertThat(letter.value())
              .as("%s dead-lettered unchanged", key)
              .isEqualTo(poison.value());
          Header reason = letter.headers().lastHeader(DLQ_REASON);
          assertThat(reason).as("%s carries %s", key, DLQ_REASON).isNotNull();
          assertThat(new String(reason.value(), StandardCharsets.UTF_8))
              .as("%s's reason", key)
              .contains(poison.reason());
        });

    try (Admin admin = stack.admin()) {
      await("both groups committed past the poison records")
          .atMost(Duration.ofMinutes(1))
          .pollDelay(Duration.ZERO)
          .pollInterval(Duration.ofMillis(250))
          .until(
              () -> {
                Map<TopicPartition, OffsetAndMetadata> committed = new HashMap<>();
                for (String group :
                    List.of(FaultStack.WORKER_GROUP, FaultStack.RESULT_STORE_GROUP)) {
                  committed.putAll(
                      admin
                          .listConsumerGroupOffsets(group)
                          .partitionsToOffsetAndMetadata()
                          .get(10, TimeUnit.SECONDS));
                }
                return lastPoison.entrySet().stream()
                    .allMatch(
                        poison ->
                            committed.get(poison.getKey()) != null
                                && committed.get(poison.getKey()).offset() > poison.getValue());
              });
    }

    // The eight hosts cover every request partition the poison was on.
    try (SlowFixtureWeb web = new SlowFixtureWeb(HOSTS, PARTITIONS, 16, 5, FreePorts.pick())) {
      int urls = 200;
      String id = batches.submit(web.pageUrls(urls));
      batches.awaitCompleted(id);
      mark("completed");
      batches.assertExactlyOnce(id, web, urls, Map.of());
      report("poison records", web, 0);
    }
  }

  /**
   * SIGTERM to the scrape worker mid-batch: it must stop polling, finish or give back what it took,
   * commit and exit within its shutdown-timeout plus the documented margin for closing its Kafka
   * clients; nothing is lost, and since what it finished was committed, nothing is fetched twice.
   */
  @Test
  @Order(8)
  void aScrapeWorkerStoppedWithSigtermMidBatchExitsInTimeAndLosesNothing() {
    try (SlowFixtureWeb web = slowWeb()) {
      String id = batches.submit(web.pageUrls(URLS));
      batches.awaitProgress(id, FAULT_AT);
      mark("progress");
      long fetchedAtFault = web.fetches();
      int logBefore = stack.log(FaultStack.SCRAPE_WORKER).length();

      Duration bound = FaultStack.WORKER_SHUTDOWN_TIMEOUT.plus(FaultStack.WORKER_CLOSE_MARGIN);
      Duration exit = stack.signalAndAwaitExit(FaultStack.SCRAPE_WORKER, "TERM", bound);
      mark("fault");
      String shutdownLog = stack.log(FaultStack.SCRAPE_WORKER).substring(logBefore);
      Map<Integer, String> before = batches.completedNonces(id);
      stack.up();
      mark("up");

      assertThat(fetchedAtFault).as("pages fetched at SIGTERM").isLessThan(URLS);
      assertThat(shutdownLog)
          .as("the worker ran its bounded shutdown rather than dying")
          .contains("scrape worker stopped");
      batches.awaitCompleted(id);
      mark("completed");
      batches.assertExactlyOnce(id, web, URLS, before);
      assertThat(
              IntStream.range(0, URLS)
                  .filter(n -> web.served(n).size() != 1)
                  .mapToObj(n -> n + " fetched " + web.served(n).size() + " times")
                  .toList())
          .as("pages not fetched exactly once")
          .isEmpty();
      report("SIGTERM scrape worker (exited in " + exit.toMillis() + " ms)", web, fetchedAtFault);
    }
  }

  /** One unreadable record, the topic it goes to and the reason it must be dead-lettered with. */
  private record Poison(String topic, String kind, byte[] value, String reason) {

    /** An unparseable record, one of an unknown schema version and one missing its fields. */
    static List<Poison> of(String topic) {
      String batch = UUID.randomUUID().toString();
      String unknownVersion =
          topic.equals(REQUESTS_TOPIC)
              ? """
                {"v": 99, "batch_id": "%s", "tenant": "fault-tenant", "input_index": 0,
                 "url": "http://127.0.0.2/poison", "enqueued_at": "2026-01-01T00:00:00Z",
                 "options": {"formats": ["markdown"], "only_main_content": true,
                             "include_tags": null, "exclude_tags": null, "headers": null,
                             "timeout_ms": 30000, "max_retries": 2}}
                """
                  .formatted(batch)
              : """
                {"v": 99, "batch_id": "%s", "input_index": 0, "url": "http://127.0.0.2/poison",
                 "status": "failed", "data": null, "metadata": null,
                 "error": {"code": "timeout", "message": "poison"}}
                """
                  .formatted(batch);
      return List.of(
          new Poison(topic, "unparseable", utf8("{\"v\": 1, \"batch_id\": "), "unparseable JSON"),
          new Poison(
              topic, "unknown-version", utf8(unknownVersion), "unsupported schema version v=99"),
          new Poison(
              topic,
              "missing-fields",
              utf8("{\"v\": 1, \"input_index\": 0}"),
              "batchId must not be null"));
    }
  }

  /** Reads both dead-letter topics from the start until every one of {@code keys} is there. */
  private static Map<String, ConsumerRecord<String, byte[]>> deadLetters(
      java.util.Set<String> keys) {
    Map<String, ConsumerRecord<String, byte[]>> letters = new HashMap<>();
    try (KafkaConsumer<String, byte[]> consumer = stack.consumer()) {
      List<TopicPartition> dlqs =
          List.of(
              new TopicPartition(REQUESTS_TOPIC + ".dlq", 0),
              new TopicPartition(RESULTS_TOPIC + ".dlq", 0));
      consumer.assign(dlqs);
      consumer.seekToBeginning(dlqs);
      await("every poison record on its dead-letter topic")
          .atMost(Duration.ofMinutes(1))
          .pollDelay(Duration.ZERO)
          .pollInterval(Duration.ofMillis(100))
          .until(
              () -> {
                for (ConsumerRecord<String, byte[]> letter :
                    consumer.poll(Duration.ofMillis(500))) {
                  if (letter.key() != null && keys.contains(letter.key())) {
                    letters.put(letter.key(), letter);
                  }
                }
                return letters.keySet().containsAll(keys);
              });
    }
    return letters;
  }

  /** Pages a worker finished, from its own metrics ({@code scrapeline.pages.fetched}). */
  private static long pagesScraped(int workerPort) {
    try {
      HttpResponse<String> metrics =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + workerPort + "/q/metrics"))
                      .timeout(Duration.ofSeconds(5))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      return metrics
          .body()
          .lines()
          .filter(line -> line.startsWith("scrapeline_pages_fetched_total"))
          .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
          .sum();
    } catch (IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private void report(String fault, SlowFixtureWeb web, long fetchedAtFault) {
    mark("audited");
    System.out.printf(
        "[fault] %s: %d pages fetched at the fault, %d fetches in all;%s%n",
        fault, fetchedAtFault, web.fetches(), timeline);
  }
}
