package io.scrapeline.fetch;

import com.sun.net.httpserver.HttpHandler;
import io.scrapeline.fetch.fixtures.FixtureServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** Fetcher settings and fixture responses shared by the fetch tests. */
public final class Fetchers {

  public static final int MIB = 1024 * 1024;
  public static final String PAGE =
      "<html><head><title>Hi</title></head><body><p>Hello</p></body></html>";
  public static final Duration TIMEOUT = Duration.ofSeconds(5);
  public static final String USER_AGENT = "Scrapeline/0.1 (+https://github.com/scrapeline)";

  private Fetchers() {}

  /**
   * The production defaults, except: loopback allowed (the fixtures live there), no delay between
   * requests to a host, and retry delays in milliseconds, so the tests stay fast.
   */
  public static FetchSettings.Builder settings() {
    return FetchSettings.builder()
        .userAgent(USER_AGENT)
        .allowedCidrs(List.of("127.0.0.0/8"))
        .perHostMinDelay(Duration.ZERO)
        .connectTimeout(Duration.ofSeconds(2))
        .retryBaseDelay(Duration.ofMillis(5))
        .retryMaxDelay(Duration.ofMillis(200));
  }

  public static PoliteFetcher fetcher(int maxBodyBytes) {
    return PoliteFetcher.create(settings().maxBodyBytes(maxBodyBytes).build());
  }

  public static byte[] page() {
    return PAGE.getBytes(StandardCharsets.UTF_8);
  }

  public static HttpHandler redirect(int status, String location) {
    return exchange -> {
      exchange.getResponseHeaders().set("Location", location);
      FixtureServer.respond(exchange, status, "text/html", new byte[0]);
    };
  }
}
