package io.scrapeline.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CancelOnInterruptTest {

  private final FakeGateway gateway = startGateway().finishingPerPoll(0);
  private final GatewayClient client =
      new GatewayClient(gateway.url(), FakeGateway.KEY, new ObjectMapper());
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final AtomicInteger quieted = new AtomicInteger();
  private final String batch = client.submit(List.of("https://example.com/a"), options()).id();

  @AfterEach
  void stopGateway() {
    gateway.close();
  }

  @Test
  void withoutAConsoleCancelsTheRunningBatch() {
    CancelOnInterrupt cancel = handler(Optional.empty());
    cancel.watching(batch);

    cancel.run();

    assertThat(gateway.requests()).contains("DELETE /v1/batch/scrape/" + batch);
    assertThat(text()).contains("cancelled batch " + batch);
    assertThat(quieted).hasValue(1);
  }

  @Test
  void onAConsoleAsksAndCancelsWhenTheAnswerIsYes() {
    CancelOnInterrupt cancel = handler(Optional.of(() -> " Yes"));
    cancel.watching(batch);

    cancel.run();

    assertThat(text()).startsWith("Cancel batch " + batch + "? [y/N] ");
    assertThat(gateway.requests()).contains("DELETE /v1/batch/scrape/" + batch);
  }

  @Test
  void onAConsoleLeavesTheBatchRunningUnlessTheAnswerIsYes() {
    for (Supplier<String> answer : List.<Supplier<String>>of(() -> "", () -> "n", () -> null)) {
      CancelOnInterrupt cancel = handler(Optional.of(answer));
      cancel.watching(batch);

      cancel.run();
    }

    assertThat(gateway.requests()).noneMatch(request -> request.startsWith("DELETE"));
    assertThat(text()).contains("batch " + batch + " keeps running: GET " + gateway.url());
  }

  @Test
  void doesNothingWhenNoBatchIsRunning() {
    CancelOnInterrupt cancel = handler(Optional.empty());
    cancel.watching(batch);
    cancel.finished();

    cancel.run();

    assertThat(gateway.requests()).noneMatch(request -> request.startsWith("DELETE"));
    assertThat(text()).isEmpty();
    assertThat(quieted).hasValue(0);
  }

  @Test
  void saysSoWhenTheBatchCannotBeCancelled() {
    CancelOnInterrupt cancel = handler(Optional.empty());
    cancel.watching("00000000-0000-0000-0000-000000000000");

    cancel.run();

    assertThat(text()).contains("could not cancel batch").contains("not_found");
  }

  private CancelOnInterrupt handler(Optional<Supplier<String>> console) {
    return new CancelOnInterrupt(
        client,
        new PrintStream(err, true, StandardCharsets.UTF_8),
        console,
        quieted::incrementAndGet);
  }

  private String text() {
    return err.toString(StandardCharsets.UTF_8);
  }

  static ScrapeOptions options() {
    return new ScrapeOptions(
        "-",
        List.of("markdown"),
        true,
        OptionalInt.empty(),
        OptionalInt.empty(),
        Optional.empty(),
        URI.create("http://127.0.0.1:1"),
        Optional.of(FakeGateway.KEY),
        Duration.ofMillis(5));
  }

  private static FakeGateway startGateway() {
    try {
      return new FakeGateway();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
