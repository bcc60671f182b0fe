package io.scrapeline.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * PostgreSQL and Kafka for tests: started once per JVM on free ports under {@code
 * target/embedded-stack}, stopped when the JVM exits (the broker also when the JVM is killed).
 */
public final class EmbeddedStack {

  private static EmbeddedStack running;

  private final PostgresServer postgres;
  private final KafkaBroker kafka;
  private final Process kafkaProcess;

  private EmbeddedStack(PostgresServer postgres, KafkaBroker kafka, Process kafkaProcess) {
    this.postgres = postgres;
    this.kafka = kafka;
    this.kafkaProcess = kafkaProcess;
  }

  /** The stack of this JVM, started on first use. */
  public static synchronized EmbeddedStack shared() {
    if (running == null) {
      running = start(Path.of("target", "embedded-stack"));
      Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "embedded-stack-stop"));
    }
    return running;
  }

  static EmbeddedStack start(Path base) {
    RunDirectory run = new RunDirectory(base.resolve("run-" + ProcessHandle.current().pid()));
    deleteOldRuns(base, run.root());
    PostgresServer postgres =
        new PostgresServer(run.dataDirectory("postgres"), FreePorts.pick()).start(true);
    KafkaBroker kafka =
        new KafkaBroker(
            run.dataDirectory("kafka"), FreePorts.pick(), FreePorts.pick(), run.logFile("kafka"));
    Process process = kafka.start(true);
    kafka.awaitReady(process, Duration.ofSeconds(60));
    return new EmbeddedStack(postgres, kafka, process);
  }

  public String jdbcUrl() {
    return postgres.jdbcUrl();
  }

  public String databaseUser() {
    return PostgresServer.USER;
  }

  public String bootstrapServers() {
    return kafka.bootstrapServers();
  }

  public PostgresServer postgres() {
    return postgres;
  }

  public KafkaBroker kafka() {
    return kafka;
  }

  public void stop() {
    Processes.stop(kafkaProcess.toHandle(), Duration.ofSeconds(10));
    postgres.stop();
  }

  /**
   * Earlier test JVMs' runs whose owner is gone: their data is of no use and only fills the disk.
   */
  private static void deleteOldRuns(Path base, Path current) {
    try (var runs = Files.list(base)) {
      runs.filter(dir -> !dir.equals(current))
          .filter(dir -> dir.getFileName().toString().startsWith("run-"))
          .filter(dir -> !Processes.isAlive(ownerPid(dir)))
          .forEach(EmbeddedStack::deleteRecursively);
    } catch (Exception ignored) {
      // Cleaning up is a courtesy: a failure here must not stop the tests.
    }
  }

  private static long ownerPid(Path runDirectory) {
    try {
      return Long.parseLong(runDirectory.getFileName().toString().substring("run-".length()));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static void deleteRecursively(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (Exception ignored) {
      // See deleteOldRuns.
    }
  }
}
