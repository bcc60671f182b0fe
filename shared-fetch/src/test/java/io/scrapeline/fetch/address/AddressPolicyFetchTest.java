package io.scrapeline.fetch.address;

import static io.scrapeline.fetch.Fetchers.PAGE;
import static io.scrapeline.fetch.Fetchers.TIMEOUT;
import static io.scrapeline.fetch.Fetchers.redirect;
import static org.assertj.core.api.Assertions.assertThat;

import io.scrapeline.fetch.Fetchers;
import io.scrapeline.fetch.PoliteFetcher;
import io.scrapeline.fetch.fixtures.FixtureServer;
import io.scrapeline.fetch.http.FetchOutcome;
import io.scrapeline.fetch.http.FetchRequest;
import io.scrapeline.model.ItemErrorCode;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The address policy on real fetches: only 127.0.0.2 is allowed here, the fixture on 127.0.0.3
 * stands for a private service. Names are resolved from a table, never by DNS, and every address
 * handed to the connector is recorded: a blocked hop never reaches it.
 */
class AddressPolicyFetchTest {

  private static FixtureServer site;
  private static FixtureServer internal;
  private final List<InetAddress> handedOut = new CopyOnWriteArrayList<>();
  private PoliteFetcher fetcher;

  @BeforeAll
  static void startServers() {
    site = FixtureServer.start("127.0.0.2");
    internal = FixtureServer.start("127.0.0.3");
    site.html("/ok", PAGE)
        .route("/to-metadata", redirect(302, "http://169.254.169.254/latest/meta-data/"))
        .route("/to-internal", redirect(302, internal.url("/secret").toString()))
        .route(
            "/to-internal-by-name",
            redirect(302, "http://internal.example:" + internal.port() + "/secret"))
        .route(
            "/to-internal-decimal",
            redirect(302, "http://2130706435:" + internal.port() + "/secret"));
    internal.html("/secret", "<p>secret</p>");
  }

  @AfterAll
  static void stopServers() {
    site.close();
    internal.close();
  }

  @AfterEach
  void closeFetcher() {
    if (fetcher != null) {
      fetcher.close();
    }
  }

  private FetchOutcome fetch(URI url) throws InterruptedException {
    fetcher =
        PoliteFetcher.builder(Fetchers.settings().allowedCidrs(List.of("127.0.0.2/32")).build())
            .hostLookup(AddressPolicyFetchTest::lookup)
            .connectObserver(handedOut::add)
            .build();
    return fetcher.fetch(new FetchRequest(url, Map.of(), TIMEOUT, 2));
  }

  private static InetAddress[] lookup(String host) throws UnknownHostException {
    return switch (host) {
      case "site.example" -> new InetAddress[] {InetAddress.getByName("127.0.0.2")};
      case "internal.example" -> new InetAddress[] {InetAddress.getByName("127.0.0.3")};
      case "metadata.example" -> new InetAddress[] {InetAddress.getByName("169.254.169.254")};
      default -> throw new UnknownHostException(host);
    };
  }

  @Test
  void aRedirectToTheMetadataServiceIsBlockedWithoutAConnectionAttempt() throws Exception {
    long started = System.nanoTime();

    FetchOutcome outcome = fetch(site.url("/to-metadata"));

    assertThat(outcome.error().code()).isEqualTo(ItemErrorCode.BLOCKED_ADDRESS);
    assertThat(outcome.error().message()).contains("169.254.169.254", "link-local");
    assertThat(outcome.finalUrl())
        .isEqualTo(URI.create("http://169.254.169.254/latest/meta-data/"));
    assertThat(outcome.retryCount()).isZero();
    assertThat(handedOut).containsOnly(InetAddress.getByName("127.0.0.2"));
    // A connection attempt to an unroutable address would have taken the connect timeout.
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
  }

  @ParameterizedTest
  @CsvSource({"/to-internal", "/to-internal-by-name", "/to-internal-decimal"})
  void aRedirectIntoAForbiddenRangeIsBlocked(String path) throws Exception {
    int before = internal.hits("/secret");

    FetchOutcome outcome = fetch(site.url(path));

    assertThat(outcome.error().code()).isEqualTo(ItemErrorCode.BLOCKED_ADDRESS);
    assertThat(internal.hits("/secret")).isEqualTo(before);
    assertThat(handedOut).doesNotContain(InetAddress.getByName("127.0.0.3"));
  }

  @ParameterizedTest
  @CsvSource({
    "http://internal.example:{port}/secret",
    "http://127.0.0.3:{port}/secret",
    "http://0x7f000003:{port}/secret",
    "http://0177.0.0.3:{port}/secret",
    "http://metadata.example/",
    "http://[::1]:{port}/secret",
    "http://[::ffff:127.0.0.3]:{port}/secret",
  })
  void aPageOnAForbiddenAddressIsNeverRequested(String url) throws Exception {
    int before = internal.hits("/secret");

    FetchOutcome outcome =
        fetch(URI.create(url.replace("{port}", String.valueOf(internal.port()))));

    assertThat(outcome.error().code()).isEqualTo(ItemErrorCode.BLOCKED_ADDRESS);
    assertThat(outcome.statusCode()).isNull();
    assertThat(internal.hits("/secret")).isEqualTo(before);
    assertThat(handedOut).isEmpty();
  }

  @Test
  void aNameResolvingToAnAllowedAddressIsFetchedUnderItsName() throws Exception {
    FetchOutcome outcome = fetch(URI.create("http://site.example:" + site.port() + "/ok"));

    assertThat(outcome.succeeded()).isTrue();
    assertThat(site.lastHeaders("/ok").getFirst("Host")).isEqualTo("site.example:" + site.port());
    assertThat(handedOut).containsOnly(InetAddress.getByName("127.0.0.2"));
  }
}
