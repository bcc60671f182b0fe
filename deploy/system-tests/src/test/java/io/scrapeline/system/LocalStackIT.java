package io.scrapeline.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.scrapeline.local.FreePorts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code ./scrapeline} as a user runs it: every process up and healthy, then gone after {@code
 * down}.
 */
class LocalStackIT {

  private final Path sourceTree = Path.of(System.getenv("SCRAPELINE_HOME"));
  private final Path runDirectory = Path.of("target", "stack-run").toAbsolutePath();
  private final Map<String, String> env = new HashMap<>();

  LocalStackIT() {
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
      env.put("SCRAPELINE_" + port + "_PORT", "" + FreePorts.pick());
    }
    env.put("SCRAPELINE_SERVICE_HEAP", "192m");
  }

  @AfterEach
  void stopEverything() throws Exception {
    scrapeline("down");
  }

  @Test
  void upStartsEveryProcessHealthyAndDownLeavesNothingBehind() throws Exception {
    Result up = scrapeline("up");
    assertThat(up.exitCode()).as(up.output()).isZero();
    assertThat(up.output()).contains("Scrapeline is up.", "API key:");

    Result status = scrapeline("status");
    assertThat(status.output())
        .containsPattern("api-gateway\\s+\\d+\\s+ready")
        .containsPattern("result-store\\s+\\d+\\s+ready")
        .containsPattern("scrape-worker\\s+\\d+\\s+ready")
        .containsPattern("sitemap-worker\\s+\\d+\\s+ready")
        .containsPattern("kafka\\s+\\d+\\s+running")
        .containsPattern("postgres\\s+\\d+\\s+running");

    Result again = scrapeline("up");
    assertThat(again.exitCode()).as(again.output()).isZero();
    assertThat(again.output()).contains("api-gateway     already running");

    List<Long> pids = recordedPids();
    assertThat(pids).hasSize(6);

    Result down = scrapeline("down");
    assertThat(down.exitCode()).as(down.output()).isZero();
    assertThat(pids).allSatisfy(pid -> assertThat(isAlive(pid)).as("pid " + pid).isFalse());
  }

  @Test
  void upRecoversAfterEveryProcessWasKilled() throws Exception {
    assertThat(scrapeline("up").exitCode()).isZero();
    List<Long> killed = recordedPids();
    for (long pid : killed) {
      ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    }
    for (long pid : killed) {
      ProcessHandle.of(pid).ifPresent(handle -> handle.onExit().join());
    }

    Result up = scrapeline("up");
    assertThat(up.exitCode()).as(up.output()).isZero();
    assertThat(scrapeline("status").output()).containsPattern("api-gateway\\s+\\d+\\s+ready");
  }

  private List<Long> recordedPids() throws IOException {
    List<Long> pids = new ArrayList<>();
    try (var files = Files.list(runDirectory.resolve("pids"))) {
      for (Path file : files.toList()) {
        pids.add(Long.parseLong(Files.readString(file).trim()));
      }
    }
    return pids;
  }

  private static boolean isAlive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  private Result scrapeline(String... args) throws Exception {
    List<String> command =
        new ArrayList<>(List.of("bash", sourceTree.resolve("scrapeline").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(env);
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
    return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }

  private record Result(int exitCode, String output) {}
}
