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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sitemaps (and the pages they list) on several loopback hosts (127.0.0.2, 127.0.0.3, …), one port:
 * each document is served at its host and path with its own Content-Type and, optionally, a
 * Content-Encoding; {@code /page/N} is {@link FixtureWeb}'s article; everything else is 404.
 */
public final class SitemapWeb implements AutoCloseable {

  /** One served document. */
  private record Document(String contentType, String contentEncoding, byte[] body) {}

  private final List<HttpServer> servers = new ArrayList<>();
  private final ExecutorService executor = Executors.newFixedThreadPool(8);
  private final Map<String, Document> documents = new ConcurrentHashMap<>();
  private final int port;

  public SitemapWeb(int hosts, int port) {
    this.port = port;
    try {
      for (int host = 0; host < hosts; host++) {
        HttpServer server =
            HttpServer.create(
                new InetSocketAddress(InetAddress.getByName(FixtureWeb.address(host)), port), 64);
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

  /** {@code http://127.0.0.x:port/path}. */
  public String url(int host, String path) {
    return "http://" + FixtureWeb.address(host) + ":" + port + path;
  }

  /** Serves {@code body} at {@code path} of {@code host}. */
  public SitemapWeb serve(int host, String path, String contentType, byte[] body) {
    return serve(host, path, contentType, null, body);
  }

  /** Serves {@code body}, already encoded with {@code contentEncoding}, at {@code path}. */
  public SitemapWeb serve(
      int host, String path, String contentType, String contentEncoding, byte[] body) {
    documents.put(
        key(FixtureWeb.address(host), path), new Document(contentType, contentEncoding, body));
    return this;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String host = exchange.getLocalAddress().getAddress().getHostAddress();
      Document document = documents.get(key(host, path));
      if (document == null && path.startsWith("/page/")) {
        String page = FixtureWeb.page(path.substring("/page/".length()), host);
        document =
            new Document("text/html; charset=utf-8", null, page.getBytes(StandardCharsets.UTF_8));
      }
      if (document == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", document.contentType());
      if (document.contentEncoding() != null) {
        exchange.getResponseHeaders().set("Content-Encoding", document.contentEncoding());
      }
      exchange.sendResponseHeaders(200, document.body().length);
      exchange.getResponseBody().write(document.body());
    }
  }

  private static String key(String host, String path) {
    return host + " " + path;
  }

  @Override
  public void close() {
    servers.forEach(server -> server.stop(0));
    executor.shutdownNow();
  }
}
