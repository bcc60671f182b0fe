package io.scrapeline.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scrapeline.local.FreePorts;
import io.scrapeline.system.support.FixtureWeb;
import io.scrapeline.system.support.RunningStack;
import io.scrapeline.system.support.StackExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./scrapeline scrape FILE}, the README's way to use Scrapeline, against the real stack. */
class ScrapeCommandIT {

  @RegisterExtension static final StackExtension STACK = new StackExtension();

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void scrapesAFileOfUrlsIntoJsonLinesInInputOrder(@TempDir Path dir) throws Exception {
    try (FixtureWeb web = new FixtureWeb(3, FreePorts.pick())) {
      Path input = dir.resolve("urls.txt");
      Files.writeString(
          input,
          String.join(
              "\n",
              "# three pages on three hosts, one URL the API refuses",
              web.pageUrl(0),
              "ftp://example.com/not-http",
              web.pageUrl(1),
              "",
              web.pageUrl(2)));
      Path output = dir.resolve("results.jsonl");
      Process scrape =
          new ProcessBuilder(
                  "bash",
                  Path.of(System.getenv("SCRAPELINE_HOME"), "scrapeline").toString(),
                  "scrape",
                  input.toString(),
                  "--formats",
                  "markdown,links",
                  "--api-url",
                  STACK.baseUrl(),
                  "--api-key",
                  RunningStack.KEY_A,
                  "--poll-ms",
                  "100",
                  "-o",
                  output.toString())
              .redirectErrorStream(true)
              .start();
      String messages = new String(scrape.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(scrape.waitFor(2, TimeUnit.MINUTES)).as(messages).isTrue();
      assertThat(scrape.exitValue()).as(messages).isZero();
      assertThat(messages)
          .contains("warning: invalid URL skipped: ftp://example.com/not-http")
          .contains("done: 3 completed, 0 failed");

      List<JsonNode> lines = new ArrayList<>();
      for (String line : Files.readAllLines(output)) {
        lines.add(JSON.readTree(line));
      }
      assertThat(lines)
          .extracting(line -> line.path("input_index").asInt())
          .containsExactly(0, 2, 3);
      assertThat(lines)
          .extracting(line -> line.path("url").asText())
          .containsExactly(web.pageUrl(0), web.pageUrl(1), web.pageUrl(2));
      for (JsonNode line : lines) {
        assertThat(line.path("status").asText()).isEqualTo("completed");
        assertThat(line.path("data").path("markdown").asText()).contains("# Article ");
        assertThat(line.path("data").path("links").isArray()).isTrue();
      }
    }
  }
}
