package io.scrapeline.fetch.http;

import static io.scrapeline.fetch.Fetchers.MIB;
import static io.scrapeline.fetch.Fetchers.PAGE;
import static io.scrapeline.fetch.Fetchers.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import io.scrapeline.fetch.Fetchers;
import io.scrapeline.fetch.PoliteFetcher;
import io.scrapeline.fetch.fixtures.H2FixtureServer;
import io.scrapeline.fetch.fixtures.H2FixtureServer.Received;
import io.scrapeline.fetch.fixtures.H2FixtureServer.Response;
import io.scrapeline.model.ItemErrorCode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fetcher against a server that speaks HTTP/2: h2 is negotiated through TLS ALPN, and the whole
 * content pipeline (decoding, both byte caps, redirects) works on it as on HTTP/1.1. The server
 * records the protocol each request arrived in; the client's own view is not trusted.
 */
class Http2FetchTest {

  private static final String HTTP_2 = "HTTP/2.0";
  private static final String HTTP_1_1 = "HTTP/1.1";

  private static H2FixtureServer site;
  private static H2FixtureServer otherSite;
  private static H2FixtureServer http1Only;
  private static PoliteFetcher fetcher;
  private static PoliteFetcher smallFetcher;

  @BeforeAll
  static void startServers() throws IOException {
    site = H2FixtureServer.start("127.0.0.1");
    otherSite = H2FixtureServer.start("127.0.0.1");
    http1Only = H2FixtureServer.start("127.0.0.1", HttpVersionPolicy.FORCE_HTTP_1);
    fetcher = trustingFixtures(10 * MIB);
    smallFetcher = trustingFixtures(MIB);
    site.page(
            "/page",
            200,
            Fetchers.page(),
            "Content-Type",
            "text/html; charset=utf-8",
            "Content-Language",
            "de-CH")
        .page("/gzip", 200, ContentDecodingTest.gzip(Fetchers.page()), encoded("gzip"))
        .page("/deflate", 200, ContentDecodingTest.deflate(Fetchers.page()), encoded("deflate"))
        .page("/brotli", 200, ContentDecodingTest.resource("page.html.br"), encoded("br"))
        .page("/bomb", 200, ContentDecodingTest.gzip(new byte[50 * MIB]), encoded("gzip"))
        .page("/big-announced", 200, new byte[2 * MIB], "Content-Type", "text/html")
        .route(
            "/big-streamed",
            new Response(200, Map.of("Content-Type", "text/html"), new byte[2 * MIB], false))
        .redirect("/start", 302, "/middle")
        .redirect("/middle", 301, otherSite.httpsUrl("/final").toString());
    otherSite.html("/final", PAGE);
    http1Only.html("/page", PAGE);
  }

  @AfterAll
  static void stopServers() {
    fetcher.close();
    smallFetcher.close();
    site.close();
    otherSite.close();
    http1Only.close();
  }

  /** The tests' settings, trusting the fixtures' certificate (and no other). */
  private static PoliteFetcher trustingFixtures(int maxBodyBytes) {
    return PoliteFetcher.builder(Fetchers.settings().maxBodyBytes(maxBodyBytes).build())
        .sslContext(H2FixtureServer.clientSslContext())
        .build();
  }

  private static String[] encoded(String encoding) {
    return new String[] {"Content-Type", "text/html; charset=utf-8", "Content-Encoding", encoding};
  }

  private static FetchOutcome fetch(PoliteFetcher with, URI url) throws InterruptedException {
    return with.fetch(new FetchRequest(url, Map.of(), TIMEOUT, 0));
  }

  @Test
  void fetchesOverHttp2WhenTheServerOffersItThroughAlpn() throws Exception {
    FetchOutcome outcome = fetch(fetcher, site.httpsUrl("/page"));

    assertThat(outcome.succeeded()).isTrue();
    assertThat(outcome.statusCode()).isEqualTo(200);
    assertThat(outcome.finalUrl()).isEqualTo(site.httpsUrl("/page"));
    assertThat(outcome.contentType()).isEqualTo("text/html; charset=utf-8");
    assertThat(outcome.contentLanguage()).isEqualTo("de-CH");
    assertThat(new String(outcome.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    Received request = site.last("/page");
    assertThat(request.protocol()).isEqualTo(HTTP_2);
    assertThat(request.secure()).isTrue();
    assertThat(request.headers())
        .containsEntry("user-agent", Fetchers.USER_AGENT)
        .containsEntry("accept-encoding", "gzip, deflate, br");
    assertThat(request.authority()).isEqualTo(site.httpsUrl("/").getAuthority());
  }

  @ParameterizedTest
  @CsvSource({"/gzip", "/deflate", "/brotli"})
  void compressedBodiesAreDecodedOverHttp2(String path) throws Exception {
    FetchOutcome outcome = fetch(fetcher, site.httpsUrl(path));

    assertThat(new String(outcome.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    assertThat(site.last(path).protocol()).isEqualTo(HTTP_2);
  }

  @Test
  void aCompressionBombOverHttp2FailsWithBodyTooLargeAndTheFetcherCarriesOn() throws Exception {
    FetchOutcome outcome = fetch(fetcher, site.httpsUrl("/bomb"));

    assertThat(outcome.error().code()).isEqualTo(ItemErrorCode.BODY_TOO_LARGE);
    assertThat(outcome.error().message()).contains("decompressed");
    assertThat(outcome.statusCode()).isEqualTo(200);
    assertThat(site.last("/bomb").protocol()).isEqualTo(HTTP_2);
    assertThat(fetch(fetcher, site.httpsUrl("/page")).succeeded()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"/big-announced", "/big-streamed"})
  void aBodyOverTheCapOverHttp2FailsWithBodyTooLargeAndTheFetcherCarriesOn(String path)
      throws Exception {
    FetchOutcome outcome = fetch(smallFetcher, site.httpsUrl(path));

    assertThat(outcome.error().code()).isEqualTo(ItemErrorCode.BODY_TOO_LARGE);
    assertThat(outcome.statusCode()).isEqualTo(200);
    assertThat(site.last(path).protocol()).isEqualTo(HTTP_2);
    // Aborting one stream must not break the multiplexed connection for the next fetch.
    assertThat(fetch(smallFetcher, site.httpsUrl("/page")).succeeded()).isTrue();
  }

  @Test
  void followsRedirectsAcrossHttp2HopsAndReportsTheFinalUrl() throws Exception {
    FetchOutcome outcome = fetch(fetcher, site.httpsUrl("/start"));

    assertThat(outcome.succeeded()).isTrue();
    assertThat(outcome.finalUrl()).isEqualTo(otherSite.httpsUrl("/final"));
    assertThat(new String(outcome.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    assertThat(site.last("/start").protocol()).isEqualTo(HTTP_2);
    assertThat(site.last("/middle").protocol()).isEqualTo(HTTP_2);
    assertThat(otherSite.last("/final").protocol()).isEqualTo(HTTP_2);
  }

  @Test
  void aCleartextPageIsFetchedOverHttp11BecauseH2IsOnlyNegotiatedOverTls() throws Exception {
    FetchOutcome outcome = fetch(fetcher, site.httpUrl("/page"));

    assertThat(outcome.succeeded()).isTrue();
    assertThat(outcome.finalUrl()).isEqualTo(site.httpUrl("/page"));
    assertThat(new String(outcome.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    Received request = site.last("/page");
    assertThat(request.secure()).isFalse();
    assertThat(request.protocol()).isEqualTo(HTTP_1_1);
    // Nor was h2c asked for by upgrade.
    assertThat(request.headers()).doesNotContainKeys("upgrade", "http2-settings");
  }

  @Test
  void fallsBackToHttp11OverTlsWhenTheServerDoesNotOfferH2() throws Exception {
    FetchOutcome outcome = fetch(fetcher, http1Only.httpsUrl("/page"));

    assertThat(outcome.succeeded()).isTrue();
    assertThat(new String(outcome.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    Received request = http1Only.last("/page");
    assertThat(request.secure()).isTrue();
    assertThat(request.protocol()).isEqualTo(HTTP_1_1);
  }

  @Test
  void theDefaultTrustStoreRejectsTheFixtureCertificate() throws Exception {
    int before = site.received().size();

    try (PoliteFetcher production = PoliteFetcher.create(Fetchers.settings().build())) {
      FetchOutcome outcome = fetch(production, site.httpsUrl("/page"));

      assertThat(outcome.error().code()).isEqualTo(ItemErrorCode.TLS_ERROR);
    }
    assertThat(site.received()).hasSize(before);
  }

  @Test
  void aTrustedCertificateForAnotherAddressStillFailsHostnameVerification() throws Exception {
    // The certificate names 127.0.0.1 and localhost only.
    try (H2FixtureServer elsewhere = H2FixtureServer.start("127.0.0.2")) {
      elsewhere.html("/page", PAGE);

      FetchOutcome outcome = fetch(fetcher, elsewhere.httpsUrl("/page"));

      assertThat(outcome.error().code()).isEqualTo(ItemErrorCode.TLS_ERROR);
      assertThat(elsewhere.received()).isEmpty();
    }
  }
}
