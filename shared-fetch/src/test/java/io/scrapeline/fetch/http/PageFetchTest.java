package io.scrapeline.fetch.http;

import static io.scrapeline.fetch.Fetchers.MIB;
import static io.scrapeline.fetch.Fetchers.PAGE;
import static io.scrapeline.fetch.Fetchers.TIMEOUT;
import static io.scrapeline.fetch.Fetchers.redirect;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.Headers;
import io.scrapeline.fetch.Fetchers;
import io.scrapeline.fetch.PoliteFetcher;
import io.scrapeline.fetch.fixtures.FixtureServer;
import io.scrapeline.model.ItemErrorCode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Statuses, redirects, network errors, retries and request headers, over real HTTP. */
class PageFetchTest {

  private static FixtureServer site;
  private static FixtureServer otherSite;
  private static PoliteFetcher fetcher;

  @BeforeAll
  static void startServers() {
    site = FixtureServer.start("127.0.0.2");
    otherSite = FixtureServer.start("127.0.0.3");
    fetcher = Fetchers.fetcher(10 * MIB);
    site.html("/ok", PAGE)
        .page("/missing", 404, "text/html", "<p>gone</p>".getBytes(StandardCharsets.UTF_8))
        .page("/broken", 500, "text/html", "<p>oops</p>".getBytes(StandardCharsets.UTF_8))
        .route("/start", redirect(302, "/middle"))
        .route("/middle", redirect(301, otherSite.url("/final").toString()))
        .route("/loop", redirect(307, "/loop"))
        .route("/to-ftp", redirect(302, "ftp://files.example/"));
    otherSite.html("/final", PAGE);
  }

  @AfterAll
  static void stopServers() {
    fetcher.close();
    site.close();
    otherSite.close();
  }

  private static FetchOutcome fetch(URI url) throws InterruptedException {
    return fetcher.fetch(new FetchRequest(url, Map.of(), TIMEOUT, 2));
  }

  @Test
  void fetchesAnHtmlPage() throws Exception {
    FetchOutcome outcome = fetch(site.url("/ok"));

    assertThat(outcome.succeeded()).isTrue();
    assertThat(outcome.statusCode()).isEqualTo(200);
    assertThat(outcome.finalUrl()).isEqualTo(site.url("/ok"));
    assertThat(outcome.contentType()).isEqualTo("text/html; charset=utf-8");
    assertThat(new String(outcome.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    assertThat(outcome.retryCount()).isZero();
  }

  @ParameterizedTest
  @CsvSource({"/missing, 404", "/broken, 500"})
  void errorStatusesFailWithHttpErrorAndTheirStatusWithoutRetrying(String path, int status)
      throws Exception {
    int before = site.hits(path);

    FetchOutcome outcome = fetch(site.url(path));

    assertThat(outcome.error().code()).isEqualTo(ItemErrorCode.HTTP_ERROR);
    assertThat(outcome.statusCode()).isEqualTo(status);
    assertThat(outcome.body()).isNull();
    assertThat(site.hits(path) - before).isEqualTo(1);
  }

  @Test
  void followsARedirectChainAcrossHostsAndReportsTheFinalUrl() throws Exception {
    FetchOutcome outcome = fetch(site.url("/start"));

    assertThat(outcome.succeeded()).isTrue();
    assertThat(outcome.finalUrl()).isEqualTo(otherSite.url("/final"));
    assertThat(new String(outcome.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
  }

  @Test
  void aRedirectLoopFailsWithTooManyRedirects() throws Exception {
    int before = site.hits("/loop");

    FetchOutcome outcome = fetch(site.url("/loop"));

    assertThat(outcome.error().code()).isEqualTo(ItemErrorCode.TOO_MANY_REDIRECTS);
    assertThat(outcome.statusCode()).isEqualTo(307);
    // The first request and ten redirects followed; not retried.
    assertThat(site.hits("/loop") - before).isEqualTo(11);
  }

  @Test
  void theRedirectLimitIsConfigurable() throws Exception {
    try (PoliteFetcher strict = PoliteFetcher.create(Fetchers.settings().maxRedirects(1).build())) {
      FetchOutcome outcome =
          strict.fetch(new FetchRequest(site.url("/start"), Map.of(), TIMEOUT, 0));

      assertThat(outcome.error().code()).isEqualTo(ItemErrorCode.TOO_MANY_REDIRECTS);
      assertThat(outcome.finalUrl()).isEqualTo(site.url("/middle"));
    }
  }

  @Test
  void aRedirectOutOfTheWebFails() throws Exception {
    FetchOutcome outcome = fetch(site.url("/to-ftp"));

    assertThat(outcome.error().code()).isEqualTo(ItemErrorCode.HTTP_ERROR);
    assertThat(outcome.error().message()).contains("ftp://files.example/");
  }

  @Test
  void anUnknownHostFailsWithDnsFailure() throws Exception {
    FetchOutcome outcome = fetch(URI.create("http://no-such-host.invalid/"));

    assertThat(outcome.error().code()).isEqualTo(ItemErrorCode.DNS_FAILURE);
    assertThat(outcome.statusCode()).isNull();
  }

  @Test
  void aRefusedConnectionFailsWithConnectFailedAfterItsRetries() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.5"))) {
      port = socket.getLocalPort();
    }

    FetchOutcome outcome = fetch(URI.create("http://127.0.0.5:" + port + "/"));

    assertThat(outcome.error().code()).isEqualTo(ItemErrorCode.CONNECT_FAILED);
    assertThat(outcome.retryCount()).isEqualTo(2);
  }

  @Test
  void aServerAnsweringTlsWithPlainHttpFailsWithTlsError() throws Exception {
    try (ServerSocket plain = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.5"))) {
      Thread server =
          new Thread(
              () -> {
                try (Socket client = plain.accept()) {
                  client
                      .getOutputStream()
                      .write(
                          "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
                              .getBytes(StandardCharsets.US_ASCII));
                } catch (IOException closed) {
                  // The test is over.
                }
              });
      server.setDaemon(true);
      server.start();

      FetchOutcome outcome =
          fetcher.fetch(
              new FetchRequest(
                  URI.create("https://127.0.0.5:" + plain.getLocalPort() + "/"),
                  Map.of(),
                  TIMEOUT,
                  0));

      assertThat(outcome.error().code()).isEqualTo(ItemErrorCode.TLS_ERROR);
    }
  }

  @ParameterizedTest
  @CsvSource({"503, /flaky-503", "429, /flaky-429", "502, /flaky-502", "504, /flaky-504"})
  void aTransientStatusIsRetriedUntilThePageComes(int status, String path) throws Exception {
    AtomicInteger calls = new AtomicInteger();
    site.route(
        path,
        exchange -> {
          if (calls.incrementAndGet() == 1) {
            // Two minutes asked; the retry-max-delay cap (200 ms here) wins.
            exchange.getResponseHeaders().set("Retry-After", "120");
            FixtureServer.respond(exchange, status, "text/html", new byte[0]);
          } else {
            FixtureServer.respond(exchange, 200, "text/html", Fetchers.page());
          }
        });

    FetchOutcome outcome = fetch(site.url(path));

    assertThat(outcome.succeeded()).isTrue();
    assertThat(outcome.retryCount()).isEqualTo(1);
    assertThat(site.hits(path)).isEqualTo(2);
  }

  @Test
  void aTransientStatusThatPersistsFailsWithItsStatusAfterAllRetries() throws Exception {
    site.page("/down", 503, "text/html", new byte[0]);

    FetchOutcome outcome = fetch(site.url("/down"));

    assertThat(outcome.error().code()).isEqualTo(ItemErrorCode.HTTP_ERROR);
    assertThat(outcome.statusCode()).isEqualTo(503);
    assertThat(outcome.retryCount()).isEqualTo(2);
    assertThat(site.hits("/down")).isEqualTo(3);
  }

  @Test
  void requestHeadersAreForwardedExceptTheDeniedOnes() throws Exception {
    site.html("/headers", PAGE);
    Map<String, String> headers =
        Map.of(
            "Accept-Language", "de-CH",
            "X-Trace", "abc123",
            "Host", "evil.example",
            "Connection", "close",
            "Proxy-Authorization", "Basic c2VjcmV0",
            "Expect", "100-continue",
            "Transfer-Encoding", "chunked",
            "Content-Length", "5",
            "Accept-Encoding", "zstd");

    FetchOutcome outcome =
        fetcher.fetch(new FetchRequest(site.url("/headers"), headers, TIMEOUT, 0));

    assertThat(outcome.succeeded()).isTrue();
    Headers seen = site.lastHeaders("/headers");
    assertThat(seen.getFirst("Accept-Language")).isEqualTo("de-CH");
    assertThat(seen.getFirst("X-Trace")).isEqualTo("abc123");
    assertThat(seen.getFirst("Host")).isEqualTo(site.authority());
    assertThat(seen.getFirst("User-Agent")).isEqualTo(Fetchers.USER_AGENT);
    assertThat(seen.getFirst("Accept-Encoding")).isEqualTo("gzip, deflate, br");
    assertThat(seen.getFirst("Connection")).isNotEqualTo("close");
    assertThat(seen)
        .doesNotContainKeys("Proxy-authorization", "Expect", "Transfer-encoding", "Content-length");
  }

  @Test
  void aRequestMayChooseItsUserAgent() throws Exception {
    site.html("/agent", PAGE);

    fetcher.fetch(
        new FetchRequest(site.url("/agent"), Map.of("User-Agent", "MyBot/2"), TIMEOUT, 0));

    assertThat(site.lastHeaders("/agent").getFirst("User-Agent")).isEqualTo("MyBot/2");
  }
}
