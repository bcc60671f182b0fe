package io.scrapeline.system.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.utils.Utils;

/**
 * Slow pages on several loopback hosts, for batches that must still be running when a process is
 * killed. Every response of {@code /page/N} carries a nonce of its own ({@code nonce-<k>}), and the
 * server remembers which nonces it served for which path: a stored result can then be traced to one
 * real fetch of its own URL, and a page fetched twice (a redelivered request) is visible.
 *
 * <p>The hosts are chosen so that each lands on a different partition of {@code scrape.requests}
 * (the gateway keys requests by host), spreading the batch over every worker of the group.
 */
public final class SlowFixtureWeb implements AutoCloseable {

  private final List<HttpServer> servers = new ArrayList<>();
  private final List<String> hosts;
  private final ExecutorService executor;
  private final Map<String, Collection<String>> served = new ConcurrentHashMap<>();
  private final AtomicLong nonces = new AtomicLong();
  private final int port;
  private final long delayMillis;

  /**
   * @param hosts how many loopback hosts (at most {@code partitions})
   * @param partitions partitions of scrape.requests
   * @param threads requests answered at the same time, over all hosts
   * @param delayMillis how long each page takes to answer
   */
  public SlowFixtureWeb(int hosts, int partitions, int threads, long delayMillis, int port) {
    this.hosts = hostsOnDistinctPartitions(hosts, partitions);
    this.port = port;
    this.delayMillis = delayMillis;
    this.executor = Executors.newFixedThreadPool(threads);
    try {
      for (String host : this.hosts) {
        HttpServer server =
            HttpServer.create(new InetSocketAddress(InetAddress.getByName(host), port), 512);
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

  /**
   * Loopback addresses 127.0.0.2, 127.0.0.3, … whose request key falls on a partition no earlier
   * one took, as Kafka's default partitioner places a keyed record.
   */
  static List<String> hostsOnDistinctPartitions(int count, int partitions) {
    if (count > partitions) {
      throw new IllegalArgumentException(count + " hosts cannot have distinct partitions");
    }
    List<String> chosen = new ArrayList<>();
    Set<Integer> taken = new HashSet<>();
    for (int last = 2; chosen.size() < count && last < 255; last++) {
      String host = "127.0.0." + last;
      int partition =
          Utils.toPositive(Utils.murmur2(host.getBytes(StandardCharsets.UTF_8))) % partitions;
      if (taken.add(partition)) {
        chosen.add(host);
      }
    }
    return List.copyOf(chosen);
  }

  /** {@code http://<host>:port/page/n}, hosts taken round-robin. */
  public String pageUrl(int n) {
    return "http://" + hosts.get(n % hosts.size()) + ":" + port + "/page/" + n;
  }

  public List<String> pageUrls(int count) {
    List<String> urls = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      urls.add(pageUrl(n));
    }
    return urls;
  }

  /** The nonces served for {@code /page/n}, one per fetch. */
  public List<String> served(int n) {
    Collection<String> nonces = served.get("/page/" + n);
    return nonces == null ? List.of() : List.copyOf(nonces);
  }

  /** Page fetches so far, repeats included. */
  public long fetches() {
    return served.values().stream().mapToLong(Collection::size).sum();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (path.startsWith("/page/")) {
        String n = path.substring("/page/".length());
        String nonce = "nonce-" + nonces.incrementAndGet();
        pause();
        served.computeIfAbsent(path, key -> new ConcurrentLinkedQueue<>()).add(nonce);
        send(exchange, 200, "text/html; charset=utf-8", page(n, nonce));
      } else {
        // No robots.txt (everything allowed), nothing else.
        send(exchange, 404, "text/plain; charset=utf-8", "not found");
      }
    }
  }

  /** The page's latency, simulated on the fixture's own thread (the server side of a slow site). */
  private void pause() {
    try {
      TimeUnit.MILLISECONDS.sleep(delayMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String page(String n, String nonce) {
    return """
        <!doctype html>
        <html lang="en"><head><title>Slow page %1$s</title></head>
        <body>
        <article>
        <h1>Slow article %1$s</h1>
        <p>This response was served as %2$s for page %1$s.</p>
        </article>
        </body></html>
        """
        .formatted(n, nonce);
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    servers.forEach(server -> server.stop(0));
    executor.shutdownNow();
  }
}
