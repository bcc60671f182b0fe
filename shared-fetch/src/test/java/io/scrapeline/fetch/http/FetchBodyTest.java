package io.scrapeline.fetch.http;

import static io.scrapeline.fetch.Fetchers.MIB;
import static io.scrapeline.fetch.Fetchers.PAGE;
import static io.scrapeline.fetch.Fetchers.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpHandler;
import io.scrapeline.fetch.Fetchers;
import io.scrapeline.fetch.PoliteFetcher;
import io.scrapeline.fetch.fixtures.FixtureServer;
import io.scrapeline.model.ItemErrorCode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Response bodies over real HTTP: deadlines, byte caps, compression and content types. */
class FetchBodyTest {

  private static FixtureServer site;
  private static PoliteFetcher fetcher;
  private static PoliteFetcher smallFetcher;

  @BeforeAll
  static void startServer() throws IOException {
    site = FixtureServer.start("127.0.0.4");
    fetcher = Fetchers.fetcher(10 * MIB);
    smallFetcher = Fetchers.fetcher(MIB);
    site.page("/image.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
        .page("/notes.txt", 200, "text/plain; charset=utf-8", Fetchers.page())
        .page("/xhtml", 200, "application/xhtml+xml", Fetchers.page())
        .page("/no-type", 200, null, Fetchers.page())
        .route("/gzip", encoded("gzip", ContentDecodingTest.gzip(Fetchers.page())))
        .route("/deflate", encoded("deflate", ContentDecodingTest.deflate(Fetchers.page())))
        .route("/brotli", encoded("br", ContentDecodingTest.resource("page.html.br")))
        .route("/zstd", encoded("zstd", Fetchers.page()))
        .route("/bomb", encoded("gzip", ContentDecodingTest.gzip(new byte[50 * MIB])))
        .route("/br-bomb", encoded("br", ContentDecodingTest.resource("zeros-50MiB.br")))
        .page("/big-announced", 200, "text/html", new byte[2 * MIB])
        .route("/big-chunked", chunked(2 * MIB))
        .route(
            "/slow-body",
            exchange -> {
              exchange.getResponseHeaders().set("Content-Type", "text/html");
              exchange.sendResponseHeaders(200, 1000);
              exchange.getResponseBody().write("<p>first bytes".getBytes(StandardCharsets.UTF_8));
              exchange.getResponseBody().flush();
              site.stall();
            })
        .route("/stalled", exchange -> site.stall())
        .route("/trickle", FetchBodyTest::trickle);
  }

  /** A byte every 100 ms for 20 s: every read succeeds, only the total deadline can end it. */
  private static void trickle(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/html");
    exchange.sendResponseHeaders(200, 0);
    try {
      for (int i = 0; i < 200; i++) {
        exchange.getResponseBody().write('x');
        exchange.getResponseBody().flush();
        Thread.sleep(100);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      exchange.close();
    }
  }

  @AfterAll
  static void stopServer() {
    fetcher.close();
    smallFetcher.close();
    site.close();
  }

  private static FetchOutcome fetch(PoliteFetcher with, String path) throws InterruptedException {
    return with.fetch(new FetchRequest(site.url(path), Map.of(), TIMEOUT, 0));
  }

  @Test
  void aBodyThatNeverEndsTimesOutWithItsStatus() throws Exception {
    long started = System.nanoTime();

    FetchOutcome outcome =
        fetcher.fetch(new FetchRequest(site.url("/slow-body"), Map.of(), Duration.ofSeconds(1), 0));

    assertThat(outcome.error().code()).isEqualTo(ItemErrorCode.TIMEOUT);
    assertThat(outcome.statusCode()).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
  }

  @Test
  void aBodyTricklingPastTheDeadlineTimesOutAlthoughEveryReadSucceeds() throws Exception {
    long started = System.nanoTime();

    FetchOutcome outcome =
        fetcher.fetch(new FetchRequest(site.url("/trickle"), Map.of(), Duration.ofSeconds(1), 0));

    assertThat(outcome.error().code()).isEqualTo(ItemErrorCode.TIMEOUT);
    assertThat(outcome.statusCode()).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
  }

  @Test
  void aServerThatNeverAnswersTimesOut() throws Exception {
    long started = System.nanoTime();

    FetchOutcome outcome =
        fetcher.fetch(new FetchRequest(site.url("/stalled"), Map.of(), Duration.ofSeconds(1), 0));

    assertThat(outcome.error().code()).isEqualTo(ItemErrorCode.TIMEOUT);
    assertThat(outcome.statusCode()).isNull();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
  }

  @ParameterizedTest
  @CsvSource({"/big-announced", "/big-chunked"})
  void aBodyOverTheCapFailsWithBodyTooLarge(String path) throws Exception {
    FetchOutcome outcome = fetch(smallFetcher, path);

    assertThat(outcome.error().code()).isEqualTo(ItemErrorCode.BODY_TOO_LARGE);
    assertThat(outcome.statusCode()).isEqualTo(200);
  }

  @ParameterizedTest
  @CsvSource({"/gzip", "/deflate", "/brotli"})
  void compressedBodiesAreDecoded(String path) throws Exception {
    FetchOutcome outcome = fetch(fetcher, path);

    assertThat(new String(outcome.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    assertThat(site.lastHeaders(path).getFirst("Accept-Encoding")).isEqualTo("gzip, deflate, br");
  }

  @Test
  void anEncodingWeDidNotAskForIsRefused() throws Exception {
    assertThat(fetch(fetcher, "/zstd").error().code())
        .isEqualTo(ItemErrorCode.UNSUPPORTED_CONTENT_TYPE);
  }

  @ParameterizedTest
  @CsvSource({"/bomb", "/br-bomb"})
  void aCompressionBombFailsWithBodyTooLargeAndTheFetcherCarriesOn(String path) throws Exception {
    FetchOutcome outcome = fetch(fetcher, path);

    assertThat(outcome.error().code()).isEqualTo(ItemErrorCode.BODY_TOO_LARGE);
    assertThat(outcome.error().message()).contains("decompressed");
    assertThat(fetch(fetcher, "/notes.txt").succeeded()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"/notes.txt", "/no-type", "/xhtml"})
  void plainTextXhtmlAndUntypedPagesAreFetched(String path) throws Exception {
    FetchOutcome outcome = fetch(fetcher, path);

    assertThat(outcome.succeeded()).isTrue();
    assertThat(outcome.body()).isEqualTo(Fetchers.page());
  }

  @Test
  void anUnsupportedContentTypeFailsWithoutReadingTheBody() throws Exception {
    FetchOutcome outcome = fetch(fetcher, "/image.png");

    assertThat(outcome.error().code()).isEqualTo(ItemErrorCode.UNSUPPORTED_CONTENT_TYPE);
    assertThat(outcome.contentType()).isEqualTo("image/png");
    assertThat(outcome.statusCode()).isEqualTo(200);
    assertThat(outcome.body()).isNull();
  }

  private static HttpHandler encoded(String encoding, byte[] body) {
    return exchange -> {
      exchange.getResponseHeaders().set("Content-Encoding", encoding);
      FixtureServer.respond(exchange, 200, "text/html; charset=utf-8", body);
    };
  }

  private static HttpHandler chunked(int size) {
    return exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "text/html");
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream out = exchange.getResponseBody()) {
        byte[] chunk = new byte[64 * 1024];
        for (int sent = 0; sent < size; sent += chunk.length) {
          out.write(chunk);
        }
      }
    };
  }
}
