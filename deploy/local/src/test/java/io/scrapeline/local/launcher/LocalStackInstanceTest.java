package io.scrapeline.local.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One more instance of a service, run the way {@code up} runs the stack's own. */
class LocalStackInstanceTest {

  @TempDir Path sourceTree;
  @TempDir Path runDirectory;

  private LocalStack stack(Map<String, String> extra) {
    Map<String, String> env = new HashMap<>(extra);
    env.put("SCRAPELINE_RUN_DIR", runDirectory.toString());
    env.put("SCRAPELINE_SCRAPE_WORKER_PORT", "18082");
    env.put("SCRAPELINE_KAFKA_PORT", "19999");
    return new LocalStack(
        StackSettings.fromEnvironment(sourceTree, env),
        env,
        new PrintStream(new ByteArrayOutputStream()));
  }

  @Test
  void anInstanceRunsTheServiceJarOnItsOwnPortWithItsOwnLogAndTheStackEnvironment() {
    LocalStack stack = stack(Map.of("KAFKA_SESSION_TIMEOUT_MS", "6000"));

    ServiceProcess instance = stack.instance("scrape-worker", "scrape-worker-2", 18099);
    ProcessBuilder command = stack.serviceCommand(instance, "scrape-worker-2");

    assertThat(command.command())
        .contains("-Dscrapeline.process=scrape-worker-2", "-jar")
        .contains(
            sourceTree
                .resolve("scrape-worker/target/quarkus-app/quarkus-run.jar")
                .toAbsolutePath()
                .normalize()
                .toString());
    assertThat(command.redirectOutput().file())
        .isEqualTo(runDirectory.resolve("logs").resolve("scrape-worker-2.log").toFile());
    Map<String, String> environment = command.environment();
    assertThat(environment)
        .containsEntry("SCRAPELINE_SCRAPE_WORKER_PORT", "18099")
        .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19999")
        .containsEntry("KAFKA_SESSION_TIMEOUT_MS", "6000")
        .containsKeys("SCRAPELINE_INTERNAL_TOKEN", "SCRAPELINE_API_KEYS");
  }

  @Test
  void theStackOwnServicesKeepTheirConfiguredPorts() {
    LocalStack stack = stack(Map.of());
    ServiceProcess worker =
        stack.services().stream()
            .filter(service -> service.name().equals("scrape-worker"))
            .findFirst()
            .orElseThrow();

    ProcessBuilder command = stack.serviceCommand(worker, worker.name());

    assertThat(command.environment()).containsEntry("SCRAPELINE_SCRAPE_WORKER_PORT", "18082");
    assertThat(command.redirectOutput().file())
        .isEqualTo(runDirectory.resolve("logs").resolve("scrape-worker.log").toFile());
  }

  @Test
  void portVariablesAreTheOnesServicesRead() {
    assertThat(LocalStack.portVariable("api-gateway")).isEqualTo("SCRAPELINE_API_GATEWAY_PORT");
    assertThat(LocalStack.portVariable("result-store")).isEqualTo("SCRAPELINE_RESULT_STORE_PORT");
    assertThat(LocalStack.portVariable("sitemap-worker"))
        .isEqualTo("SCRAPELINE_SITEMAP_WORKER_PORT");
  }

  @Test
  void anInstanceNeedsAKnownServiceAndANewName() {
    LocalStack stack = stack(Map.of());

    assertThatThrownBy(() -> stack.instance("crawler", "crawler-2", 18099))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown service 'crawler'");
    assertThatThrownBy(() -> stack.instance("scrape-worker", "scrape-worker", 18099))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be new");
    assertThatThrownBy(() -> stack.instance("scrape-worker", "kafka", 18099))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> stack.instance("scrape-worker", "../escape", 18099))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void startingAnInstanceWithoutTheBuiltJarFailsWithoutStartingAnything() {
    LocalStack stack = stack(Map.of());

    assertThatThrownBy(() -> stack.startInstance("scrape-worker", "scrape-worker-2", 18099))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("quarkus-run.jar is missing");
    assertThat(runDirectory.resolve("pids").resolve("scrape-worker-2.pid")).doesNotExist();
  }
}
