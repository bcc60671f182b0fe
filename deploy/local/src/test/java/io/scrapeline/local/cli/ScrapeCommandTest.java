package io.scrapeline.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scrapeline.local.cli.ScrapeOptionsParser.Defaults;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The whole command against {@link FakeGateway}: what a user sees on stdout, stderr and exit. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ScrapeCommandTest {

  private static final String URLS =
      """
      # five pages, one of which fails, and a line the API finds invalid
      https://example.com/0

      https://example.com/1
      ftp://example.com/not-a-web-page
      https://example.com/fail
      https://example.com/4
      https://example.com/5
      """;

  private final ObjectMapper mapper = new ObjectMapper();
  private final FakeGateway gateway = startGateway();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final AtomicReference<Runnable> onInterrupt = new AtomicReference<>();
  private String stdin = URLS;

  @AfterEach
  void stopGateway() {
    gateway.close();
  }

  @Test
  void writesEveryResultInInputOrderAndSummarises() throws Exception {
    int exit =
        run(
            "-",
            "--formats",
            "markdown,links",
            "--full-page",
            "--timeout-ms",
            "5000",
            "--max-retries",
            "1");

    assertThat(exit).isEqualTo(ScrapeCommand.OK);
    List<JsonNode> lines = lines(out.toString(StandardCharsets.UTF_8));
    assertThat(lines)
        .extracting(line -> line.get("input_index").asInt())
        .containsExactly(0, 1, 3, 4, 5);
    assertThat(lines)
        .extracting(line -> line.get("status").asText())
        .containsExactly("completed", "completed", "failed", "completed", "completed");
    assertThat(lines.get(0).toString())
        .isEqualTo(
            "{\"input_index\":0,\"url\":\"https://example.com/0\",\"status\":\"completed\","
                + "\"data\":{\"markdown\":\"# https://example.com/0\",\"html\":null},"
                + "\"metadata\":{\"status_code\":200,\"final_url\":\"https://example.com/0\","
                + "\"duration_ms\":12},\"error\":null}");
    assertThat(lines.get(2).get("error").get("code").asText()).isEqualTo("http_error");
    String stderr = stderr();
    assertThat(stderr)
        .containsPattern("batch [0-9a-f-]{36}: 5 URLs queued")
        .contains("warning: invalid URL skipped: ftp://example.com/not-a-web-page")
        .contains("done: 4 completed, 1 failed, 0 cancelled in 0:0")
        .contains("(1 invalid URLs skipped)");
  }

  @Test
  void sendsTheOptionsWithTheUrlsInInputOrder() throws Exception {
    run("-", "--formats=markdown,links", "--full-page", "--timeout-ms=5000", "--max-retries=1");

    JsonNode body = gateway.submissions().get(0);
    assertThat(body.get("urls")).hasSize(6);
    assertThat(body.get("urls").get(3).asText()).isEqualTo("https://example.com/fail");
    assertThat(body.get("formats").toString()).isEqualTo("[\"markdown\",\"links\"]");
    assertThat(body.get("only_main_content").asBoolean()).isFalse();
    assertThat(body.get("timeout_ms").asInt()).isEqualTo(5000);
    assertThat(body.get("max_retries").asInt()).isEqualTo(1);
    assertThat(body.get("ignore_invalid_urls").asBoolean()).isTrue();
  }

  @Test
  void leavesUnsetOptionsToTheApi() throws Exception {
    run("-");

    JsonNode body = gateway.submissions().get(0);
    assertThat(body.get("formats").toString()).isEqualTo("[\"markdown\"]");
    assertThat(body.get("only_main_content").asBoolean()).isTrue();
    assertThat(body.has("timeout_ms")).isFalse();
    assertThat(body.has("max_retries")).isFalse();
  }

  @Test
  void pagesFromTheFirstUnwrittenItemAndNeverAsksForMoreThanAHundred() throws Exception {
    stdin = urls(250);

    assertThat(run("-")).isEqualTo(ScrapeCommand.OK);

    List<String> polls =
        gateway.requests().stream().filter(request -> request.startsWith("GET")).toList();
    assertThat(polls)
        .allMatch(request -> request.matches(".*\\?from=\\d+&page_size=(100|[1-9]\\d?)"));
    assertThat(polls.get(0)).endsWith("?from=0&page_size=100");
    assertThat(lines(out.toString(StandardCharsets.UTF_8)))
        .extracting(line -> line.get("input_index").asInt())
        .containsExactlyElementsOf(IntStream.range(0, 250).boxed().toList());
  }

  @Test
  void readsAFileAndWritesTheResultsToTheOutputFile(@TempDir Path dir) throws Exception {
    Path output = dir.resolve("results.jsonl");

    int exit = run(ScrapeOptionsParserTest.URLS_FILE, "-o", output.toString());

    assertThat(exit).isEqualTo(ScrapeCommand.OK);
    assertThat(out.size()).isZero();
    assertThat(lines(Files.readString(output)))
        .extracting(line -> line.get("url").asText())
        .containsExactly(
            "https://example.com/",
            "https://example.com/a",
            "https://example.com/fail",
            "https://example.org/b?x=1#frag");
  }

  @Test
  void splitsMoreThanTenThousandUrlsIntoBatchesRunOneAfterTheOther() throws Exception {
    gateway.finishingPerPoll(ScrapeCommand.MAX_BATCH);
    stdin = urls(ScrapeCommand.MAX_BATCH + 3);

    int exit = run("-");

    assertThat(exit).isEqualTo(ScrapeCommand.OK);
    assertThat(gateway.submissions())
        .extracting(body -> body.get("urls").size())
        .containsExactly(ScrapeCommand.MAX_BATCH, 3);
    assertThat(gateway.submissions().get(1).get("urls").get(0).asText())
        .isEqualTo("https://example.com/page/10000");
    List<JsonNode> lines = lines(out.toString(StandardCharsets.UTF_8));
    assertThat(lines)
        .extracting(line -> line.get("input_index").asInt())
        .containsExactlyElementsOf(
            IntStream.range(0, ScrapeCommand.MAX_BATCH + 3).boxed().toList());
    assertThat(lines.get(ScrapeCommand.MAX_BATCH).get("url").asText())
        .isEqualTo("https://example.com/page/10000");
    assertThat(stderr())
        .contains("batch 1/2 ")
        .contains("batch 2/2 ")
        .contains("done: 10003 completed");
  }

  @Test
  void exitsWithThreeWhenTheBatchIsCancelled() throws Exception {
    gateway.cancellingAtPoll(2);

    int exit = run("-");

    assertThat(exit).isEqualTo(ScrapeCommand.CANCELLED);
    assertThat(lines(out.toString(StandardCharsets.UTF_8)))
        .extracting(line -> line.get("status").asText())
        .contains("cancelled")
        .hasSize(5);
    assertThat(stderr()).containsPattern("batch [0-9a-f-]{36} was cancelled: \\d+ completed");
  }

  @Test
  void anInterruptWithoutAConsoleCancelsTheBatch() throws Exception {
    gateway.finishingPerPoll(0);
    CompletableFuture<Void> interrupt =
        CompletableFuture.runAsync(
            () -> {
              try {
                gateway.awaitStatusRequests(2, Duration.ofSeconds(30));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
              }
              onInterrupt.get().run();
            });

    int exit = run("-");
    interrupt.get(30, TimeUnit.SECONDS);

    // The JVM ends with 130 on SIGINT; here the command sees its batch end cancelled.
    assertThat(exit).isEqualTo(ScrapeCommand.CANCELLED);
    assertThat(gateway.requests())
        .anyMatch(request -> request.startsWith("DELETE /v1/batch/scrape/"));
    assertThat(stderr()).containsPattern("cancelled batch [0-9a-f-]{36}");
  }

  @Test
  void keepsFollowingTheBatchThroughAShortOutage() throws Exception {
    gateway.unavailableFor(3);

    int exit = run("-");

    assertThat(exit).isEqualTo(ScrapeCommand.OK);
    assertThat(lines(out.toString(StandardCharsets.UTF_8))).hasSize(5);
    assertThat(stderr())
        .containsOnlyOnce(
            "warning: the API answered 503 unavailable: the result store cannot be reached;"
                + " trying again");
  }

  @Test
  void explainsThatTheApiCannotBeReached() throws Exception {
    String url = "http://127.0.0.1:" + closedPort();

    int exit = run("-", "--api-url", url);

    assertThat(exit).isEqualTo(ScrapeCommand.FAILED);
    assertThat(stderr())
        .contains(
            "error: cannot reach the API at " + url + ": is the stack up? run ./scrapeline up");
  }

  @Test
  void explainsThatTheKeyWasRefused() throws Exception {
    int exit = run("-", "--api-key", "sl_wrong");

    assertThat(exit).isEqualTo(ScrapeCommand.FAILED);
    assertThat(stderr()).contains("error: the API key was refused");
  }

  @Test
  void printsTheCodeAndMessageOfOtherApiErrors() throws Exception {
    stdin = "ftp://example.com/a\nmailto:someone@example.com\n";

    int exit = run("-");

    assertThat(exit).isEqualTo(ScrapeCommand.FAILED);
    assertThat(stderr())
        .contains("error: the API answered 400 no_valid_urls: none of the URLs is valid");
  }

  @Test
  void refusesToRunWithoutAnApiKey() {
    int exit = command().run(List.of("-"), new Defaults(gateway.url(), Optional::empty));

    assertThat(exit).isEqualTo(ScrapeCommand.FAILED);
    assertThat(stderr()).contains("error: no API key");
    assertThat(gateway.requests()).isEmpty();
  }

  @Test
  void anUnknownOptionPrintsTheUsageAndExitsWithTwo() throws Exception {
    int exit = run("-", "--colour");

    assertThat(exit).isEqualTo(ScrapeCommand.USAGE_ERROR);
    assertThat(stderr())
        .startsWith("error: unknown option --colour")
        .contains("usage: ./scrapeline scrape");
    assertThat(gateway.requests()).isEmpty();
  }

  @Test
  void anInputWithoutUrlsExitsWithTwo() throws Exception {
    stdin = "# nothing yet\n\n";

    assertThat(run("-")).isEqualTo(ScrapeCommand.USAGE_ERROR);
    assertThat(stderr()).contains("error: no URLs in stdin");
  }

  @Test
  void helpGoesToStdoutAndExitsWithZero() throws Exception {
    assertThat(run("--help")).isEqualTo(ScrapeCommand.OK);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("usage: ./scrapeline scrape FILE|-");
  }

  private int run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    if (all.stream().noneMatch(arg -> arg.startsWith("--api-key"))) {
      all.addAll(List.of("--api-key", FakeGateway.KEY));
    }
    if (all.stream().noneMatch(arg -> arg.startsWith("--api-url"))) {
      all.addAll(List.of("--api-url", gateway.url().toString()));
    }
    all.addAll(List.of("--poll-ms", "5"));
    return command().run(all, new Defaults(gateway.url(), Optional::empty));
  }

  private ScrapeCommand command() {
    ScrapeCommand.Io io =
        new ScrapeCommand.Io(
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Optional.empty());
    return new ScrapeCommand(io, onInterrupt::set, System::nanoTime);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private List<JsonNode> lines(String jsonl) throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : jsonl.split("\n")) {
      if (!line.isEmpty()) {
        lines.add(mapper.readTree(line));
      }
    }
    return lines;
  }

  private static String urls(int count) {
    return IntStream.range(0, count)
        .mapToObj(index -> "https://example.com/page/" + index)
        .collect(Collectors.joining("\n"));
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static FakeGateway startGateway() {
    try {
      return new FakeGateway();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
