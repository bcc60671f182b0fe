package io.scrapeline.fetch.robots;

import static io.scrapeline.fetch.Fetchers.PAGE;
import static io.scrapeline.fetch.Fetchers.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import io.scrapeline.fetch.FetchSettings;
import io.scrapeline.fetch.Fetchers;
import io.scrapeline.fetch.PoliteFetcher;
import io.scrapeline.fetch.fixtures.FixtureServer;
import io.scrapeline.fetch.fixtures.FixtureServer.Arrival;
import io.scrapeline.fetch.http.FetchOutcome;
import io.scrapeline.fetch.http.FetchRequest;
import io.scrapeline.model.ItemErrorCode;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** robots.txt over real HTTP: rules, RFC 9309 status handling, caching, Crawl-delay. */
class RobotsFetchTest {

  private final FixtureServer site = FixtureServer.start("127.0.0.6");
  private PoliteFetcher fetcher = Fetchers.fetcher(1024 * 1024);

  @AfterEach
  void stop() {
    fetcher.close();
    site.close();
  }

  private FetchOutcome fetch(String path) throws InterruptedException {
    return fetcher.fetch(new FetchRequest(site.url(path), Map.of(), TIMEOUT, 2));
  }

  @Test
  void aDisallowedPageIsNeverRequested() throws Exception {
    site.robots("User-agent: *\nDisallow: /private\n").html("/private/page", PAGE).html("/", PAGE);

    FetchOutcome outcome = fetch("/private/page");

    assertThat(outcome.error().code()).isEqualTo(ItemErrorCode.ROBOTS_DISALLOWED);
    assertThat(outcome.statusCode()).isNull();
    assertThat(site.hits("/private/page")).isZero();
    assertThat(fetch("/").succeeded()).isTrue();
  }

  @Test
  void theGroupForOurProductTokenWinsOverTheWildcard() throws Exception {
    site.robots("User-agent: scrapeline\nDisallow: /not-for-us\n\nUser-agent: *\nDisallow: /\n")
        .html("/open", PAGE)
        .html("/not-for-us", PAGE);

    assertThat(fetch("/open").succeeded()).isTrue();
    assertThat(fetch("/not-for-us").error().code()).isEqualTo(ItemErrorCode.ROBOTS_DISALLOWED);
  }

  @Test
  void robotsTxtIsFetchedOncePerHostUnderConcurrency() {
    site.robots("User-agent: *\nAllow: /\n");
    List<CompletableFuture<FetchOutcome>> outcomes = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      site.html("/page-" + i, PAGE);
      outcomes.add(
          fetcher.fetchAsync(new FetchRequest(site.url("/page-" + i), Map.of(), TIMEOUT, 0)));
    }

    assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.join().succeeded()).isTrue());
    assertThat(site.hits("/robots.txt")).isEqualTo(1);
  }

  @ParameterizedTest
  @CsvSource({"404", "403", "410"})
  void aMissingOrForbiddenRobotsTxtAllowsEverything(int status) throws Exception {
    site.page("/robots.txt", status, "text/plain", new byte[0]).html("/page", PAGE);

    assertThat(fetch("/page").succeeded()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"500", "503", "429"})
  void anUnreachableRobotsTxtDisallowsEverything(int status) throws Exception {
    site.page("/robots.txt", status, "text/plain", new byte[0]).html("/page", PAGE);

    FetchOutcome outcome = fetch("/page");

    assertThat(outcome.error().code()).isEqualTo(ItemErrorCode.ROBOTS_DISALLOWED);
    assertThat(outcome.error().message()).contains("HTTP " + status, "RFC 9309");
    assertThat(site.hits("/page")).isZero();
  }

  @Test
  void aRobotsTxtThatTimesOutKeepsThePageUnfetchedAndIsAskedAgainOnRetry() throws Exception {
    fetcher.close();
    fetcher =
        PoliteFetcher.create(Fetchers.settings().robotsTimeout(Duration.ofSeconds(1)).build());
    site.route("/robots.txt", exchange -> site.stall()).html("/page", PAGE);

    FetchOutcome outcome = fetcher.fetch(new FetchRequest(site.url("/page"), Map.of(), TIMEOUT, 1));

    assertThat(outcome.error().code()).isEqualTo(ItemErrorCode.TIMEOUT);
    assertThat(outcome.error().message()).startsWith("robots.txt could not be fetched");
    // Not cached: the item's retry asked again (each robots.txt fetch is tried twice).
    assertThat(outcome.retryCount()).isEqualTo(1);
    assertThat(site.hits("/robots.txt")).isEqualTo(4);
    assertThat(site.hits("/page")).isZero();
  }

  @Test
  void aServerErrorOnRobotsTxtIsCachedAndFinal() throws Exception {
    site.page("/robots.txt", 503, "text/plain", new byte[0]).html("/a", PAGE).html("/b", PAGE);

    FetchOutcome first = fetch("/a");
    FetchOutcome second = fetch("/b");

    assertThat(first.error().code()).isEqualTo(ItemErrorCode.ROBOTS_DISALLOWED);
    assertThat(first.retryCount()).isZero();
    assertThat(second.error().code()).isEqualTo(ItemErrorCode.ROBOTS_DISALLOWED);
    // One robots.txt fetch (tried twice: 503 is retriable) served both pages.
    assertThat(site.hits("/robots.txt")).isEqualTo(2);
  }

  @Test
  void aRobotsTxtBehindARedirectIsFollowed() throws Exception {
    site.route("/robots.txt", Fetchers.redirect(301, "/real-robots.txt"))
        .page(
            "/real-robots.txt",
            200,
            "text/plain",
            "User-agent: *\nDisallow: /hidden\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .html("/hidden", PAGE);

    assertThat(fetch("/hidden").error().code()).isEqualTo(ItemErrorCode.ROBOTS_DISALLOWED);
  }

  @Test
  void aRedirectToADisallowedPageOfAnotherHostIsNotFollowed() throws Exception {
    try (FixtureServer other = FixtureServer.start("127.0.0.7")) {
      other.robots("User-agent: *\nDisallow: /\n").html("/target", PAGE);
      site.route("/jump", Fetchers.redirect(302, other.url("/target").toString()));

      FetchOutcome outcome = fetch("/jump");

      assertThat(outcome.error().code()).isEqualTo(ItemErrorCode.ROBOTS_DISALLOWED);
      assertThat(outcome.finalUrl()).isEqualTo(other.url("/target"));
      assertThat(other.hits("/target")).isZero();
    }
  }

  @Test
  void crawlDelayIsHonouredUpToTheCap() throws Exception {
    fetcher.close();
    Duration cap = Duration.ofMillis(400);
    fetcher = PoliteFetcher.create(Fetchers.settings().maxCrawlDelay(cap).build());
    // Asks for a minute between requests; the cap makes it 400 ms.
    site.robots("User-agent: *\nCrawl-delay: 60\n");
    List<CompletableFuture<FetchOutcome>> outcomes = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      site.html("/slow-" + i, PAGE);
      outcomes.add(
          fetcher.fetchAsync(new FetchRequest(site.url("/slow-" + i), Map.of(), TIMEOUT, 0)));
    }

    assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.join().succeeded()).isTrue());
    List<Arrival> pages =
        site.arrivals().stream().filter(arrival -> arrival.path().startsWith("/slow-")).toList();
    assertThat(pages).hasSize(3);
    for (int i = 1; i < pages.size(); i++) {
      assertThat(pages.get(i).nanoTime() - pages.get(i - 1).nanoTime())
          .isGreaterThanOrEqualTo(cap.toNanos());
    }
  }

  @Test
  void aDeploymentMayIgnoreRobotsTxt() throws Exception {
    fetcher.close();
    FetchSettings ignoring = Fetchers.settings().ignoreRobots(true).build();
    fetcher = PoliteFetcher.create(ignoring);
    site.robots("User-agent: *\nDisallow: /\n").html("/page", PAGE);

    assertThat(fetch("/page").succeeded()).isTrue();
    assertThat(site.hits("/robots.txt")).isZero();
  }

  @Test
  void theOriginOfAUrlNamesItsRobotsTxt() {
    assertThat(RobotsCache.origin(URI.create("https://Example.COM/a?b")))
        .isEqualTo("https://example.com:443");
    assertThat(RobotsCache.origin(URI.create("http://example.com:8080/")))
        .isEqualTo("http://example.com:8080");
  }
}
