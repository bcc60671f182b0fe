package io.scrapeline.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * A real single-node KRaft broker from the {@code kafka_2.13} jars, in a JVM of its own so that it
 * can be killed, restarted and measured like any other process of the stack.
 */
public final class KafkaBroker {

  private final Path dataDirectory;
  private final int port;
  private final int controllerPort;
  private final Path logFile;

  public KafkaBroker(Path dataDirectory, int port, int controllerPort, Path logFile) {
    this.dataDirectory = dataDirectory;
    this.port = port;
    this.controllerPort = controllerPort;
    this.logFile = logFile;
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  /**
   * Formats the log directory on first use and starts the broker.
   *
   * @param dieWithParent true for tests: the broker exits when the JVM that started it goes away,
   *     even on kill -9
   */
  public Process start(boolean dieWithParent) {
    try {
      Files.createDirectories(dataDirectory);
      Files.createDirectories(logFile.getParent());
      Path properties = writeServerProperties();
      if (!Files.exists(dataDirectory.resolve("logs").resolve("meta.properties"))) {
        format(properties);
      }
      ProcessBuilder builder =
          javaCommand(KafkaServerMain.class.getName(), properties.toString(), dieWithParent)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
      if (!dieWithParent) {
        builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
      }
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Kafka did not start", e);
    }
  }

  /** Blocks until the broker answers a metadata request, or fails with the log's tail. */
  public void awaitReady(Process process, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    Properties config = new Properties();
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
    while (Instant.now().isBefore(deadline)) {
      if (process != null && !process.isAlive()) {
        throw new IllegalStateException("Kafka exited during start-up; see " + logFile);
      }
      if (FreePorts.isListening(port)) {
        try (Admin admin = Admin.create(config)) {
          admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
          return;
        } catch (Exception notYet) {
          // The listener opens before the broker has joined the quorum: ask again.
        }
      }
      sleep(200);
    }
    throw new IllegalStateException("Kafka not ready after " + timeout + "; see " + logFile);
  }

  private Path writeServerProperties() throws IOException {
    Map<String, String> settings =
        Map.ofEntries(
            Map.entry("process.roles", "broker,controller"),
            Map.entry("node.id", "1"),
            Map.entry("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort),
            Map.entry(
                "listeners",
                "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort),
            Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port),
            Map.entry("controller.listener.names", "CONTROLLER"),
            Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
            Map.entry("log.dirs", dataDirectory.resolve("logs").toString()),
            Map.entry("num.partitions", "4"),
            Map.entry("offsets.topic.replication.factor", "1"),
            Map.entry("offsets.topic.num.partitions", "4"),
            Map.entry("transaction.state.log.replication.factor", "1"),
            Map.entry("transaction.state.log.min.isr", "1"),
            Map.entry("share.coordinator.state.topic.replication.factor", "1"),
            Map.entry("share.coordinator.state.topic.min.isr", "1"),
            Map.entry("group.initial.rebalance.delay.ms", "0"),
            Map.entry("auto.create.topics.enable", "false"),
            Map.entry("message.max.bytes", "10485760"),
            Map.entry("log.cleaner.dedupe.buffer.size", "8388608"),
            Map.entry("log.retention.hours", "24"));
    StringBuilder text = new StringBuilder();
    settings.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
    Path file = dataDirectory.resolve("server.properties");
    Files.writeString(file, text);
    return file;
  }

  private void format(Path properties) throws IOException {
    Process format =
        javaCommand(
                "kafka.tools.StorageTool",
                "format --standalone --ignore-formatted -t "
                    + UUID.randomUUID().toString().replace("-", "").substring(0, 22)
                    + " -c "
                    + properties,
                false)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
            .start();
    try {
      if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
        throw new IllegalStateException("formatting Kafka storage failed; see " + logFile);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while formatting Kafka storage", e);
    }
  }

  private ProcessBuilder javaCommand(String mainClass, String arguments, boolean dieWithParent) {
    List<String> command = new ArrayList<>();
    command.add(JavaRuntime.javaExecutable());
    command.addAll(
        List.of(
            "-Xms64m",
            "-Xmx" + System.getProperty("scrapeline.kafka.heap", "256m"),
            "-XX:+UseSerialGC",
            "-Djava.awt.headless=true",
            "-cp",
            JavaRuntime.launcherClasspath()));
    if (dieWithParent) {
      command.add("-D" + KafkaServerMain.DIE_WITH_PARENT + "=true");
    }
    command.add(mainClass);
    command.addAll(List.of(arguments.split(" ")));
    return new ProcessBuilder(command);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
