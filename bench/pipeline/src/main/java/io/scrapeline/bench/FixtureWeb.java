package io.scrapeline.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The corpus served on loopback hosts 127.0.0.2, 127.0.0.3, … on one port, by the JDK's HTTP server
 * (one listener per address, one shared fixed pool of handler threads):
 *
 * <ul>
 *   <li>{@code /page/N}: corpus page N, at once;
 *   <li>{@code /slow/N}: the same page after 1 to 3 s (deterministic per N), answered from a timer
 *       so that a slow response holds no handler thread: hundreds can be open at once;
 *   <li>{@code /robots.txt}: allows everything.
 * </ul>
 *
 * It counts requests, bytes and concurrently open responses, and reports the CPU time of its own
 * threads so that the report can show it is not the bottleneck.
 */
final class FixtureWeb implements AutoCloseable {

  static final String THREAD_PREFIX = "fixture-";
  private static final byte[] ROBOTS = "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] NOT_FOUND = "<html><body><h1>Not found</h1></body></html>".getBytes();

  private final Corpus corpus;
  private final int hosts;
  private final int port;
  private final List<HttpServer> servers = new ArrayList<>();
  private final ExecutorService handlers;
  private final ScheduledExecutorService timer;
  private final LongAdder requests = new LongAdder();
  private final LongAdder bytes = new LongAdder();
  private final AtomicInteger open = new AtomicInteger();
  private final AtomicInteger maxOpen = new AtomicInteger();

  private FixtureWeb(Corpus corpus, int hosts, int port, int threads) throws IOException {
    this.corpus = corpus;
    this.hosts = hosts;
    this.port = port;
    AtomicInteger handlerCount = new AtomicInteger();
    this.handlers =
        Executors.newFixedThreadPool(
            threads,
            task -> daemon(task, THREAD_PREFIX + "handler-" + handlerCount.incrementAndGet()));
    this.timer =
        Executors.newSingleThreadScheduledExecutor(task -> daemon(task, THREAD_PREFIX + "timer"));
    try {
      for (int host = 0; host < hosts; host++) {
        HttpServer server =
            HttpServer.create(
                new InetSocketAddress(InetAddress.getByName(address(host)), port), 1024);
        server.createContext("/", this::handle);
        server.setExecutor(handlers);
        server.start();
        servers.add(server);
      }
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Starts on a free port (the same on every address); retries a few ports if one is taken. */
  static FixtureWeb start(Corpus corpus, int hosts, int threads) {
    IOException last = null;
    for (int attempt = 0; attempt < 10; attempt++) {
      try {
        return new FixtureWeb(corpus, hosts, io.scrapeline.local.FreePorts.pick(), threads);
      } catch (BindException e) {
        last = e;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    throw new UncheckedIOException("no port free on all " + hosts + " loopback addresses", last);
  }

  static String address(int host) {
    return "127.0.0." + (host + 2);
  }

  int hosts() {
    return hosts;
  }

  /** {@code http://127.0.0.x:port/<kind>/n} with the host taken round-robin over {@code over}. */
  String url(String kind, long n, int over) {
    return "http://"
        + address((int) Math.floorMod(n, (long) over))
        + ":"
        + port
        + "/"
        + kind
        + "/"
        + n;
  }

  long requests() {
    return requests.sum();
  }

  long bytes() {
    return bytes.sum();
  }

  /** The most responses open at once since the last reset. */
  int maxOpen() {
    return maxOpen.get();
  }

  void resetMaxOpen() {
    maxOpen.set(open.get());
  }

  /** CPU time of the server's own threads (listeners, handlers, timer), in nanoseconds. */
  static long cpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long total = 0;
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null
          && (info.getThreadName().startsWith(THREAD_PREFIX)
              || info.getThreadName().startsWith("HTTP-Dispatcher"))) {
        long cpu = threads.getThreadCpuTime(info.getThreadId());
        if (cpu > 0) {
          total += cpu;
        }
      }
    }
    return total;
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.increment();
    int now = open.incrementAndGet();
    maxOpen.accumulateAndGet(now, Math::max);
    String path = exchange.getRequestURI().getPath();
    try {
      if (path.startsWith("/page/")) {
        send(exchange, 200, "text/html; charset=utf-8", corpus.page(number(path, 6)));
      } else if (path.startsWith("/slow/")) {
        long n = number(path, 6);
        long delay = 1000 + Math.floorMod(n * 2_654_435_761L, 2001L);
        timer.schedule(() -> sendLater(exchange, corpus.page(n)), delay, TimeUnit.MILLISECONDS);
      } else if (path.equals("/robots.txt")) {
        send(exchange, 200, "text/plain", ROBOTS);
      } else {
        send(exchange, 404, "text/html", NOT_FOUND);
      }
    } catch (NumberFormatException e) {
      send(exchange, 404, "text/html", NOT_FOUND);
    }
  }

  /** A slow response: written by a handler thread once its delay is over. */
  private void sendLater(HttpExchange exchange, byte[] body) {
    handlers.execute(
        () -> {
          try {
            send(exchange, 200, "text/html; charset=utf-8", body);
          } catch (IOException e) {
            // The client gave up (timeout): nothing to answer.
          }
        });
  }

  private static long number(String path, int prefix) {
    return Long.parseLong(path.substring(prefix));
  }

  private void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    try (exchange) {
      exchange.getResponseHeaders().set("Content-Type", type);
      exchange.sendResponseHeaders(status, body.length);
      exchange.getResponseBody().write(body);
      bytes.add(body.length);
    } finally {
      open.decrementAndGet();
    }
  }

  private static Thread daemon(Runnable task, String name) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    return thread;
  }

  @Override
  public void close() {
    servers.forEach(server -> server.stop(0));
    timer.shutdownNow();
    handlers.shutdownNow();
  }
}
