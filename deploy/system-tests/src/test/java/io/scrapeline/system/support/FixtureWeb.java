package io.scrapeline.system.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Web pages on several loopback hosts (127.0.0.2, 127.0.0.3, …), one port: {@code /page/N} is a
 * small article whose heading names N and its host, {@code /missing} is 404, and every request is
 * counted per path.
 */
public final class FixtureWeb implements AutoCloseable {

  private final List<HttpServer> servers = new ArrayList<>();
  private final ExecutorService executor = Executors.newFixedThreadPool(16);
  private final ConcurrentHashMap<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final int port;
  private final int hosts;

  public FixtureWeb(int hosts, int port) {
    this.hosts = hosts;
    this.port = port;
    try {
      for (int host = 0; host < hosts; host++) {
        HttpServer server =
            HttpServer.create(
                new InetSocketAddress(InetAddress.getByName(address(host)), port), 256);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
        servers.add(server);
      }
    } catch (IOException e) {
      close();
      throw new UncheckedIOException(e);
    }
  }

  public static String address(int host) {
    return "127.0.0." + (host + 2);
  }

  /** {@code http://127.0.0.x:port/page/n} with hosts taken round-robin. */
  public String pageUrl(int n) {
    return "http://" + address(n % hosts) + ":" + port + "/page/" + n;
  }

  public String url(int host, String path) {
    return "http://" + address(host) + ":" + port + path;
  }

  public int hits(String path) {
    AtomicInteger count = hits.get(path);
    return count == null ? 0 : count.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    hits.computeIfAbsent(path, key -> new AtomicInteger()).incrementAndGet();
    try (exchange) {
      if (path.startsWith("/page/")) {
        String n = path.substring("/page/".length());
        String host = exchange.getLocalAddress().getAddress().getHostAddress();
        send(exchange, 200, "text/html; charset=utf-8", page(n, host));
      } else if (path.equals("/robots.txt")) {
        send(exchange, 404, "text/plain", "");
      } else {
        send(exchange, 404, "text/html", "<html><body><h1>Not found</h1></body></html>");
      }
    }
  }

  static String page(String n, String host) {
    return """
        <!doctype html>
        <html lang="en"><head><title>Page %1$s</title>
        <meta name="description" content="Fixture page %1$s"></head>
        <body>
        <nav><a href="/">Home</a> <a href="/about">About</a></nav>
        <article>
        <h1>Article %1$s on %2$s</h1>
        <p>This is the body of article %1$s. It has <a href="/page/%1$s/next">a link</a>.</p>
        <ul><li>first point</li><li>second point</li></ul>
        </article>
        <footer>Copyright fixture</footer>
        </body></html>
        """
        .formatted(n, host);
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
  }

  @Override
  public void close() {
    servers.forEach(server -> server.stop(0));
    executor.shutdownNow();
  }
}
