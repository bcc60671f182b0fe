package io.scrapeline.fetch;

import io.scrapeline.fetch.address.AddressPolicy;
import io.scrapeline.fetch.address.HostLookup;
import io.scrapeline.fetch.address.PolicyDnsResolver;
import io.scrapeline.fetch.http.BodyRules;
import io.scrapeline.fetch.http.ClientOptions;
import io.scrapeline.fetch.http.FailureClassifier;
import io.scrapeline.fetch.http.FetchOutcome;
import io.scrapeline.fetch.http.FetchRequest;
import io.scrapeline.fetch.http.HopGate;
import io.scrapeline.fetch.http.HttpExchanger;
import io.scrapeline.fetch.http.HttpPageFetcher;
import io.scrapeline.fetch.http.PageFetcher;
import io.scrapeline.fetch.http.RetryPolicy;
import io.scrapeline.fetch.politeness.HostScheduler;
import io.scrapeline.fetch.robots.RobotsCache;
import io.scrapeline.fetch.robots.RobotsVerdict;
import io.scrapeline.model.ItemErrorCode;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;

/**
 * The crawler's fetcher, as both workers use it: every request (each redirect hop, each retry)
 * first passes robots.txt (cached per origin) and then waits, without holding a thread, for its
 * host's turn in the {@link HostScheduler}; the HTTP client connects only to addresses the {@link
 * AddressPolicy} permits. Plain Java: the workers build it from their own configuration and close
 * it on shutdown, which fails whatever is still queued or in flight with a {@link
 * CancellationException} (the item is given back, not reported).
 */
public final class PoliteFetcher implements PageFetcher, AutoCloseable {

  private final FetchSettings settings;
  private final ScheduledExecutorService timer;
  private final ExecutorService dns;
  private final ExecutorService cpu;
  private final PolicyDnsResolver resolver;
  private final HttpExchanger exchanger;
  private final HttpPageFetcher pages;
  private final HostScheduler scheduler;
  private final RobotsCache robots;
  private final BodyRules pageRules;
  private final HopGate pageGate = new PageGate();
  private final HopGate robotsGate = new RobotsGate();
  private volatile boolean closed;

  private PoliteFetcher(
      FetchSettings settings,
      HostLookup lookup,
      Consumer<InetAddress> observer,
      SSLContext sslContext) {
    this.settings = settings;
    this.timer = Executors.newSingleThreadScheduledExecutor(daemons("fetch-timer"));
    this.dns = Executors.newFixedThreadPool(4, daemons("fetch-dns"));
    this.cpu =
        Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()), daemons("fetch-decode"));
    this.resolver =
        new PolicyDnsResolver(
            AddressPolicy.allowing(settings.allowedCidrs()),
            lookup,
            settings.dnsCacheTtl(),
            observer);
    // Room above the schedulers' limits for connections still draining an unwanted body.
    ClientOptions client =
        new ClientOptions(
            settings.userAgent(),
            settings.connectTimeout(),
            settings.readTimeout(),
            settings.maxInFlight() + 16,
            settings.perHostMaxInFlight() + 2,
            sslContext);
    this.exchanger = new HttpExchanger(client, resolver, timer, dns);
    this.pages =
        new HttpPageFetcher(
            exchanger,
            settings.maxRedirects(),
            new RetryPolicy(settings.retryBaseDelay(), settings.retryMaxDelay()),
            timer,
            cpu);
    this.scheduler =
        new HostScheduler(
            settings.perHostMaxInFlight(),
            settings.perHostMinDelay(),
            settings.maxInFlight(),
            timer);
    this.robots =
        settings.ignoreRobots()
            ? null
            : new RobotsCache(
                this::fetchRobots,
                settings.robotsAgent(),
                settings.robotsCacheTtl(),
                settings.maxCrawlDelay(),
                cpu);
    this.pageRules = BodyRules.pages(settings.maxBodyBytes());
  }

  /** A fetcher with {@code settings}, the system resolver and no connection observer. */
  public static PoliteFetcher create(FetchSettings settings) {
    return builder(settings).build();
  }

  public static Builder builder(FetchSettings settings) {
    return new Builder(settings);
  }

  public FetchSettings settings() {
    return settings;
  }

  @Override
  public FetchOutcome fetch(FetchRequest request) throws InterruptedException {
    return fetch(request, pageRules);
  }

  /**
   * Fetches {@code request} like {@link #fetch(FetchRequest)}, reading the body by {@code rules}
   * instead of the page rules (the sitemap worker reads sitemaps of any type under its own cap).
   */
  public FetchOutcome fetch(FetchRequest request, BodyRules rules) throws InterruptedException {
    CompletableFuture<FetchOutcome> outcome = fetchAsync(request, rules);
    try {
      return outcome.get();
    } catch (InterruptedException e) {
      outcome.cancel(true);
      throw e;
    } catch (ExecutionException | CancellationException e) {
      throw new InterruptedException("the fetcher is shutting down: " + e.getMessage());
    }
  }

  /** The outcome never waits on a thread of the caller's: {@code executor} is not needed. */
  @Override
  public CompletableFuture<FetchOutcome> fetchAsync(FetchRequest request, Executor executor) {
    return fetchAsync(request);
  }

  /**
   * Fetches {@code request}: completes with its outcome, failures included, or exceptionally with a
   * {@link CancellationException} when this fetcher is closed first.
   */
  public CompletableFuture<FetchOutcome> fetchAsync(FetchRequest request) {
    return fetchAsync(request, pageRules);
  }

  /**
   * Fetches {@code request} like {@link #fetchAsync(FetchRequest)}, reading the body by {@code
   * rules}.
   */
  public CompletableFuture<FetchOutcome> fetchAsync(FetchRequest request, BodyRules rules) {
    return settle(pages.fetch(request, rules, pageGate));
  }

  /** Requests in flight now, all hosts together. */
  public int inFlight() {
    return scheduler.inFlight();
  }

  /** Requests waiting for their host's turn. */
  public int queued() {
    return scheduler.queued();
  }

  /** Fails queued and in-flight fetches with CancellationException and frees every resource. */
  @Override
  public void close() {
    closed = true;
    scheduler.close();
    exchanger.close();
    timer.shutdownNow();
    dns.shutdownNow();
    cpu.shutdownNow();
  }

  private CompletableFuture<FetchOutcome> fetchRobots(URI robotsUrl) {
    FetchRequest request = new FetchRequest(robotsUrl, Map.of(), settings.robotsTimeout(), 1);
    return pages.fetch(request, BodyRules.anyTruncated(FetchSettings.ROBOTS_MAX_BYTES), robotsGate);
  }

  /**
   * Shutdown becomes a CancellationException whatever the stage it hit; anything else unexpected (a
   * bug) fails the item with internal_error rather than the worker.
   */
  private CompletableFuture<FetchOutcome> settle(CompletableFuture<FetchOutcome> outcome) {
    return outcome.exceptionallyCompose(
        thrown -> {
          Throwable cause =
              thrown instanceof CompletionException && thrown.getCause() != null
                  ? thrown.getCause()
                  : thrown;
          if (closed || cause instanceof CancellationException) {
            return CompletableFuture.failedFuture(
                new CancellationException("the fetcher is shutting down"));
          }
          return CompletableFuture.completedFuture(
              FetchOutcome.failed(
                  ItemErrorCode.INTERNAL_ERROR, "fetch failed: " + cause, null, null, null));
        });
  }

  private static String host(URI uri) {
    return uri.getHost().toLowerCase(Locale.ROOT);
  }

  /**
   * Pages: the address policy first (a forbidden or unknown host is refused before its robots.txt
   * is even asked for), then robots.txt of the hop's origin, then the host's turn with its
   * Crawl-delay.
   */
  private final class PageGate implements HopGate {

    @Override
    public <T> CompletableFuture<T> through(URI hop, Supplier<CompletableFuture<T>> exchange) {
      CompletableFuture<RobotsVerdict> verdict =
          resolver
              .prepare(hop.getHost(), dns)
              .handle((resolved, failure) -> failure)
              .thenCompose(
                  failure -> {
                    if (failure != null) {
                      return CompletableFuture.failedFuture(FailureClassifier.classify(failure));
                    }
                    return robots == null
                        ? CompletableFuture.completedFuture(RobotsVerdict.allowed())
                        : robots.verdict(hop);
                  });
      return verdict.thenCompose(
          robotsSay ->
              robotsSay.refusal().isPresent()
                  ? CompletableFuture.failedFuture(robotsSay.refusal().get())
                  : scheduler.submit(host(hop), robotsSay.crawlDelay(), exchange));
    }

    @Override
    public void slowDown(URI hop, Duration pause) {
      scheduler.pause(host(hop), pause);
    }
  }

  /** robots.txt itself: only the host's turn. */
  private final class RobotsGate implements HopGate {

    @Override
    public <T> CompletableFuture<T> through(URI hop, Supplier<CompletableFuture<T>> exchange) {
      return scheduler.submit(host(hop), exchange);
    }

    @Override
    public void slowDown(URI hop, Duration pause) {
      scheduler.pause(host(hop), pause);
    }
  }

  private static ThreadFactory daemons(String name) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /**
   * Builds a {@link PoliteFetcher}; the resolver, the observer and the TLS context are for tests.
   */
  public static final class Builder {
    private final FetchSettings settings;
    private HostLookup lookup = HostLookup.system();
    private Consumer<InetAddress> observer = address -> {};
    private SSLContext sslContext;

    private Builder(FetchSettings settings) {
      this.settings = settings;
    }

    /** Name resolution (default: the system resolver). */
    public Builder hostLookup(HostLookup value) {
      lookup = value;
      return this;
    }

    /** Told of every (checked) address handed to the connector: the only ones ever connected. */
    public Builder connectObserver(Consumer<InetAddress> value) {
      observer = value;
      return this;
    }

    /**
     * Whom TLS connections trust (default: the JVM's trust store). For tests and private CAs only:
     * the hostname is still verified and the address policy still applies.
     */
    public Builder sslContext(SSLContext value) {
      sslContext = value;
      return this;
    }

    public PoliteFetcher build() {
      return new PoliteFetcher(settings, lookup, observer, sslContext);
    }
  }
}
