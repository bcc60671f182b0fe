package io.scrapeline.system.support;

import static org.awaitility.Awaitility.await;

import io.scrapeline.local.FreePorts;
import io.scrapeline.local.RunDirectory;
import io.scrapeline.local.launcher.LocalStack;
import io.scrapeline.local.launcher.StackSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A stack of its own for tests that kill, stop and restart its processes: {@code ./scrapeline up}
 * in its own run directory on free ports, so that the {@link RunningStack} the other system tests
 * share is never disturbed. One per test class; {@link #close()} runs {@code ./scrapeline down}.
 *
 * <p>Test-only settings shorten what a fault would otherwise cost in waiting (never production
 * defaults): a consumer group notices a killed worker after 6 s instead of 45 s, and the result
 * store retries a poll it could not store at most every 2 s instead of 30 s.
 */
public final class FaultStack implements AutoCloseable {

  public static final String API_KEY = "key-fault-tenant";

  public static final String POSTGRES = "postgres";
  public static final String KAFKA = "kafka";
  public static final String RESULT_STORE = "result-store";
  public static final String SCRAPE_WORKER = "scrape-worker";
  public static final String SITEMAP_WORKER = "sitemap-worker";
  public static final String API_GATEWAY = "api-gateway";

  public static final String REQUESTS_TOPIC = "scrapeline.scrape.requests";
  public static final String RESULTS_TOPIC = "scrapeline.scrape.results";

  /** Partitions of the request and result topics (the services' default). */
  public static final int PARTITIONS = 8;

  /** The consumer groups of the scrape workers and of the result store. */
  public static final String WORKER_GROUP = "scrapeline-scrape-worker";

  public static final String RESULT_STORE_GROUP = "scrapeline-result-store";

  /** The scrape worker's {@code shutdown-timeout}: its default, which these tests leave alone. */
  public static final Duration WORKER_SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);

  /**
   * What a stopping worker may take beyond its shutdown-timeout to commit and close its Kafka
   * clients (docs/operations.md, Upgrade: "plus 10–15 s for the Kafka clients to close").
   */
  public static final Duration WORKER_CLOSE_MARGIN = Duration.ofSeconds(15);

  /** A worker's consumer session: how long the group waits for a member that stopped answering. */
  public static final Duration SESSION_TIMEOUT = Duration.ofSeconds(6);

  private final Path runDirectory;
  private final Map<String, String> env = new LinkedHashMap<>();
  private final Map<String, Integer> ports = new HashMap<>();
  private final List<String> instances = new ArrayList<>();

  private FaultStack(String name) {
    runDirectory = Path.of("target", "fault-run-" + name).toAbsolutePath();
    env.put("SCRAPELINE_RUN_DIR", runDirectory.toString());
    for (String port :
        List.of(
            "API_GATEWAY",
            "RESULT_STORE",
            "SCRAPE_WORKER",
            "SITEMAP_WORKER",
            "KAFKA",
            "KAFKA_CONTROLLER",
            "POSTGRES")) {
      int free = FreePorts.pick();
      ports.put(port, free);
      env.put("SCRAPELINE_" + port + "_PORT", "" + free);
    }
    env.put("SCRAPELINE_API_KEYS", "fault-tenant:" + API_KEY);
    // Quarkus hands every KAFKA_* variable to the scrape worker's consumers (its kafka.* config).
    env.put("KAFKA_SESSION_TIMEOUT_MS", "" + SESSION_TIMEOUT.toMillis());
    env.put("KAFKA_HEARTBEAT_INTERVAL_MS", "1000");
    env.put("SCRAPELINE_RESULT_STORE_CONSUMER_RETRY_BACKOFF_MAX", "PT2S");
    // A submission while the broker is down waits this long for Kafka before its 503 (PT30S).
    env.put("SCRAPELINE_GATEWAY_PUBLISH_TIMEOUT", "PT5S");
  }

  /**
   * Stops what an earlier, interrupted run may have left in the same run directory, clears it and
   * starts the stack.
   *
   * @param name names the run directory, {@code target/fault-run-<name>}
   */
  public static FaultStack start(String name) {
    FaultStack stack = new FaultStack(name);
    stack.scrapeline("down");
    Launcher.clearRunDirectory(stack.runDirectory);
    try {
      stack.up();
    } catch (RuntimeException e) {
      // No test class will get this stack to close: stop whatever did start.
      stack.scrapeline("down");
      throw e;
    }
    return stack;
  }

  /** {@code ./scrapeline up}: starts whatever is not running and waits until all is ready. */
  public void up() {
    String output = scrapeline("up");
    if (!output.contains("Scrapeline is up.")) {
      throw new IllegalStateException("./scrapeline up failed:\n" + output);
    }
  }

  /**
   * {@link #up()} unless every process of the stack is running already (it saves a launcher JVM).
   */
  public void ensureUp() {
    if (!List.of(POSTGRES, KAFKA, RESULT_STORE, SCRAPE_WORKER, SITEMAP_WORKER, API_GATEWAY).stream()
        .allMatch(process -> pid(process).isPresent())) {
      up();
    }
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + ports.get("API_GATEWAY");
  }

  public String kafkaBootstrapServers() {
    return "127.0.0.1:" + ports.get("KAFKA");
  }

  /** The recorded pid of a process of the stack (or of an extra instance), if it is alive. */
  public Optional<Long> pid(String process) {
    return run().recordedPid(process).filter(FaultStack::isAlive);
  }

  public long requirePid(String process) {
    return pid(process).orElseThrow(() -> new IllegalStateException(process + " is not running"));
  }

  /** Sends {@code signal} (KILL, TERM, INT, ...) to the process; returns its pid. */
  public long signal(String process, String signal) {
    long pid = requirePid(process);
    try {
      Process kill =
          new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
              .redirectErrorStream(true)
              .start();
      String output = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
        throw new IllegalStateException("kill -" + signal + " " + pid + " failed: " + output);
      }
      return pid;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends {@code signal} and waits until the process is gone; returns how long that took. */
  public Duration signalAndAwaitExit(String process, String signal, Duration atMost) {
    long started = System.nanoTime();
    long pid = signal(process, signal);
    await("exit of " + process + " (pid " + pid + ") after SIG" + signal)
        .atMost(atMost)
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(50))
        .until(() -> !isAlive(pid));
    return Duration.ofNanos(System.nanoTime() - started);
  }

  /**
   * Starts one more scrape worker next to the stack's own, on a free port, with the environment the
   * launcher gives services; waits until it is ready. {@link #close()} stops it if still running.
   */
  public int startExtraScrapeWorker(String instance) {
    int port = FreePorts.pick();
    Map<String, String> environment = new HashMap<>(System.getenv());
    environment.putAll(env);
    LocalStack launcher =
        new LocalStack(
            StackSettings.fromEnvironment(Launcher.SOURCE_TREE, environment),
            environment,
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    instances.add(instance);
    launcher.startInstance(SCRAPE_WORKER, instance, port);
    return port;
  }

  /**
   * Waits until exactly {@code workers} live scrape workers share every partition of the request
   * topic, so that a batch submitted now is spread over all of them from its first record (a worker
   * killed earlier stays a member until its session times out).
   */
  public void awaitScrapeWorkers(int workers) {
    try (Admin admin = admin()) {
      await(workers + " scrape worker(s) sharing " + REQUESTS_TOPIC)
          .atMost(Duration.ofMinutes(1))
          .pollDelay(Duration.ZERO)
          .pollInterval(Duration.ofMillis(200))
          .ignoreExceptions()
          .until(
              () -> {
                ConsumerGroupDescription group =
                    admin
                        .describeConsumerGroups(List.of(WORKER_GROUP))
                        .all()
                        .get(5, TimeUnit.SECONDS)
                        .get(WORKER_GROUP);
                List<Integer> assigned =
                    group.members().stream()
                        .map(MemberDescription::assignment)
                        .flatMap(assignment -> assignment.topicPartitions().stream())
                        .filter(partition -> partition.topic().equals(REQUESTS_TOPIC))
                        .map(TopicPartition::partition)
                        .sorted()
                        .collect(Collectors.toList());
                return group.groupState() == GroupState.STABLE
                    && group.members().size() == workers
                    && group.members().stream()
                        .allMatch(member -> !member.assignment().topicPartitions().isEmpty())
                    && assigned.equals(
                        java.util.stream.IntStream.range(0, PARTITIONS).boxed().toList());
              });
    }
  }

  public Admin admin() {
    return Admin.create(
        Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers()));
  }

  /** A plain producer (acks=all) to the stack's broker. */
  public KafkaProducer<String, byte[]> producer() {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            kafkaBootstrapServers(),
            ProducerConfig.ACKS_CONFIG,
            "all"),
        new StringSerializer(),
        new ByteArraySerializer());
  }

  /** A group-less consumer of the stack's broker, for reading topics by assignment. */
  public KafkaConsumer<String, byte[]> consumer() {
    return new KafkaConsumer<>(
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            kafkaBootstrapServers(),
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
            false),
        new StringDeserializer(),
        new ByteArrayDeserializer());
  }

  /** Forgets the pid file of an extra instance that is gone. */
  public void forget(String instance) {
    run().forgetPid(instance);
  }

  public int scrapeWorkerPort() {
    return ports.get("SCRAPE_WORKER");
  }

  public int postgresPort() {
    return ports.get("POSTGRES");
  }

  public Path logFile(String process) {
    return run().logFile(process);
  }

  /** The log of a process as it is now (ISO-8859-1: logs may hold anything). */
  public String log(String process) {
    try {
      Path file = logFile(process);
      return Files.exists(file) ? Files.readString(file, StandardCharsets.ISO_8859_1) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops the extra instances still running, then {@code ./scrapeline down}. */
  @Override
  public void close() {
    stopExtraInstances();
    scrapeline("down");
  }

  /** Stops (SIGTERM, then SIGKILL after 45 s) every extra instance still running. */
  public void stopExtraInstances() {
    for (String instance : instances) {
      pid(instance)
          .flatMap(ProcessHandle::of)
          .ifPresent(
              handle -> {
                handle.destroy();
                handle.onExit().orTimeout(45, TimeUnit.SECONDS).exceptionally(e -> null).join();
                handle.destroyForcibly();
              });
      forget(instance);
    }
    instances.clear();
  }

  private RunDirectory run() {
    return new RunDirectory(runDirectory);
  }

  private static boolean isAlive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  private String scrapeline(String command) {
    return Launcher.run(env, command);
  }
}
