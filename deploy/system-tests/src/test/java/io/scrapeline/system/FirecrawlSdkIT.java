package io.scrapeline.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.scrapeline.local.FreePorts;
import io.scrapeline.system.support.FixtureWeb;
import io.scrapeline.system.support.RunningStack;
import io.scrapeline.system.support.StackExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The official Firecrawl JS SDK ({@code @mendable/firecrawl-js}, pinned in {@code
 * src/test/firecrawl-sdk/package.json} and installed by the build's {@code npm ci}) runs its v2 and
 * v1 clients against the running stack: {@code node --test} over {@code firecrawl-sdk.test.mjs}.
 */
class FirecrawlSdkIT {

  private static final Path SDK_TESTS = Path.of("target", "firecrawl-sdk");
  private static final int HOSTS = 4;
  private static final long NODE_TIMEOUT_MINUTES = 10;
  private static final Pattern COUNT = Pattern.compile("(?m)^# (tests|pass|fail) (\\d+)$");

  @RegisterExtension static final StackExtension STACK = new StackExtension();

  @Test
  void theOfficialJsSdkWorksUnchangedWithItsV2AndV1Clients() throws Exception {
    assertThat(SDK_TESTS.resolve("node_modules/@mendable/firecrawl-js"))
        .as("installed by the build's npm ci (pre-integration-test)")
        .isDirectory();
    try (FixtureWeb web = new FixtureWeb(HOSTS, FreePorts.pick())) {
      String hosts =
          IntStream.range(0, HOSTS)
              .mapToObj(host -> web.url(host, ""))
              .collect(Collectors.joining(","));
      Path output = SDK_TESTS.resolve("node-test-output.tap");
      ProcessBuilder node =
          new ProcessBuilder("node", "--test", "--test-reporter=tap", "firecrawl-sdk.test.mjs")
              .directory(SDK_TESTS.toFile())
              .redirectErrorStream(true)
              .redirectOutput(output.toFile());
      node.environment().put("SCRAPELINE_URL", STACK.baseUrl());
      node.environment().put("SCRAPELINE_KEY", RunningStack.KEY_A);
      node.environment().put("SCRAPELINE_OTHER_KEY", RunningStack.KEY_B);
      node.environment().put("SCRAPELINE_HOSTS", hosts);
      Process process = node.start();
      boolean exited = process.waitFor(NODE_TIMEOUT_MINUTES, TimeUnit.MINUTES);
      if (!exited) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
      String tap = read(output);
      assertThat(exited)
          .as("node --test ended within %d minutes:%n%s", NODE_TIMEOUT_MINUTES, tap)
          .isTrue();
      assertThat(process.exitValue()).as("node --test exit code:%n%s", tap).isZero();
      assertThat(count(tap, "fail")).as(tap).isZero();
      assertThat(count(tap, "pass"))
          .as(tap)
          .isEqualTo(count(tap, "tests"))
          .isGreaterThanOrEqualTo(9);
    }
  }

  private static int count(String tap, String what) {
    Matcher matcher = COUNT.matcher(tap);
    List<Integer> counts = new java.util.ArrayList<>();
    while (matcher.find()) {
      if (matcher.group(1).equals(what)) {
        counts.add(Integer.parseInt(matcher.group(2)));
      }
    }
    assertThat(counts).as("one '# %s N' line in:%n%s", what, tap).hasSize(1);
    return counts.get(0);
  }

  private static String read(Path output) throws IOException {
    return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "(no output)";
  }
}
