package io.scrapeline.fetch.politeness;

import static io.scrapeline.fetch.Fetchers.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import io.scrapeline.fetch.Fetchers;
import io.scrapeline.fetch.PoliteFetcher;
import io.scrapeline.fetch.fixtures.FixtureServer;
import io.scrapeline.fetch.fixtures.FixtureServer.Arrival;
import io.scrapeline.fetch.http.FetchOutcome;
import io.scrapeline.fetch.http.FetchRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Politeness as the servers see it: their concurrency and the spacing of their requests. */
class PolitenessFetchTest {

  private final FixtureServer busy = FixtureServer.start("127.0.0.8");
  private final FixtureServer quiet = FixtureServer.start("127.0.0.9");
  private PoliteFetcher fetcher;

  @AfterEach
  void stop() {
    fetcher.close();
    busy.close();
    quiet.close();
  }

  private List<CompletableFuture<FetchOutcome>> fetchAll(FixtureServer server, int count) {
    List<CompletableFuture<FetchOutcome>> outcomes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      server.slowHtml("/page-" + i, Duration.ofMillis(100), "<p>slow</p>");
      outcomes.add(
          fetcher.fetchAsync(new FetchRequest(server.url("/page-" + i), Map.of(), TIMEOUT, 0)));
    }
    return outcomes;
  }

  @Test
  void aHostNeverSeesMoreThanItsLimitWhileAnotherHostProceeds() {
    fetcher = PoliteFetcher.create(Fetchers.settings().perHostMaxInFlight(2).build());

    List<CompletableFuture<FetchOutcome>> outcomes = fetchAll(busy, 12);
    outcomes.addAll(fetchAll(quiet, 3));

    assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.join().succeeded()).isTrue());
    assertThat(busy.maxInFlight()).isEqualTo(2);
    assertThat(quiet.maxInFlight()).isBetween(1, 2);
    // The quiet host did not wait for the busy one's queue: its last page arrived before the
    // busy host's last one.
    assertThat(lastArrival(quiet)).isLessThan(lastArrival(busy));
  }

  @Test
  void requestsToAHostAreSpacedByTheMinimumDelay() {
    Duration delay = Duration.ofMillis(150);
    fetcher =
        PoliteFetcher.create(
            Fetchers.settings().perHostMaxInFlight(4).perHostMinDelay(delay).build());

    List<CompletableFuture<FetchOutcome>> outcomes = fetchAll(busy, 4);

    assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.join().succeeded()).isTrue());
    List<Arrival> arrivals = busy.arrivals();
    // robots.txt first, then the four pages, each at least the delay after the one before.
    assertThat(arrivals).hasSize(5);
    for (int i = 1; i < arrivals.size(); i++) {
      assertThat(arrivals.get(i).nanoTime() - arrivals.get(i - 1).nanoTime())
          .isGreaterThanOrEqualTo(delay.toNanos());
    }
  }

  @Test
  void theGlobalLimitBoundsEveryHostTogether() {
    fetcher =
        PoliteFetcher.create(Fetchers.settings().perHostMaxInFlight(4).maxInFlight(1).build());

    List<CompletableFuture<FetchOutcome>> outcomes = fetchAll(busy, 4);
    outcomes.addAll(fetchAll(quiet, 4));

    assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.join().succeeded()).isTrue());
    assertThat(busy.maxInFlight()).isEqualTo(1);
    assertThat(quiet.maxInFlight()).isEqualTo(1);
    assertThat(fetcher.inFlight()).isZero();
    assertThat(fetcher.queued()).isZero();
  }

  private static long lastArrival(FixtureServer server) {
    List<Arrival> arrivals = server.arrivals();
    return arrivals.get(arrivals.size() - 1).nanoTime();
  }
}
