package io.scrapeline.fetch.address;

import static io.scrapeline.fetch.Fetchers.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import io.scrapeline.fetch.Fetchers;
import io.scrapeline.fetch.PoliteFetcher;
import io.scrapeline.fetch.fixtures.H2FixtureServer;
import io.scrapeline.fetch.http.FetchOutcome;
import io.scrapeline.fetch.http.FetchRequest;
import io.scrapeline.model.ItemErrorCode;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The address policy on redirects served over HTTP/2: only 127.0.0.1 is allowed here, the h2
 * fixture on 127.0.0.2 stands for a private service. A redirect received on a multiplexed h2
 * connection is a new hop like any other: checked before anything is connected to.
 */
class Http2AddressPolicyFetchTest {

  /** Path on the allowed site, and where it redirects ({port}: the private fixture's). */
  private static final String[][] REDIRECTS = {
    {"/to-internal", "https://127.0.0.2:{port}/secret"},
    {"/to-internal-by-name", "https://internal.example:{port}/secret"},
    {"/to-internal-decimal", "https://2130706434:{port}/secret"},
    {"/to-metadata", "https://169.254.169.254/latest/meta-data/"},
  };

  private static H2FixtureServer site;
  private static H2FixtureServer internal;
  private final List<InetAddress> handedOut = new CopyOnWriteArrayList<>();
  private PoliteFetcher fetcher;

  @BeforeAll
  static void startServers() {
    site = H2FixtureServer.start("127.0.0.1");
    internal = H2FixtureServer.start("127.0.0.2");
    for (String[] redirect : REDIRECTS) {
      site.redirect(redirect[0], 302, target(redirect[1]).toString());
    }
    internal.html("/secret", "<p>secret</p>");
  }

  @AfterAll
  static void stopServers() {
    site.close();
    internal.close();
  }

  @BeforeEach
  void startFetcher() {
    fetcher =
        PoliteFetcher.builder(Fetchers.settings().allowedCidrs(List.of("127.0.0.1/32")).build())
            .hostLookup(Http2AddressPolicyFetchTest::lookup)
            .connectObserver(handedOut::add)
            .sslContext(H2FixtureServer.clientSslContext())
            .build();
  }

  @AfterEach
  void closeFetcher() {
    fetcher.close();
  }

  private static URI target(String pattern) {
    return URI.create(pattern.replace("{port}", String.valueOf(internal.httpsPort())));
  }

  private static InetAddress[] lookup(String host) throws UnknownHostException {
    if (host.equals("internal.example")) {
      return new InetAddress[] {InetAddress.getByName("127.0.0.2")};
    }
    throw new UnknownHostException(host);
  }

  static Stream<Arguments> redirects() {
    return Arrays.stream(REDIRECTS).map(redirect -> Arguments.of(redirect[0], redirect[1]));
  }

  @ParameterizedTest
  @MethodSource("redirects")
  void aRedirectReceivedOverHttp2IntoAForbiddenRangeIsBlockedBeforeAnyConnection(
      String path, String target) throws Exception {
    FetchOutcome outcome =
        fetcher.fetch(new FetchRequest(site.httpsUrl(path), Map.of(), TIMEOUT, 0));

    assertThat(outcome.error().code()).isEqualTo(ItemErrorCode.BLOCKED_ADDRESS);
    assertThat(outcome.finalUrl()).isEqualTo(target(target));
    assertThat(site.last(path).protocol()).isEqualTo("HTTP/2.0");
    assertThat(internal.received()).isEmpty();
    assertThat(handedOut).containsOnly(InetAddress.getByName("127.0.0.1"));
  }
}
