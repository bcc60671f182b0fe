package io.scrapeline.fetch.http;

import io.scrapeline.fetch.address.PolicyDnsResolver;
import io.scrapeline.model.ItemErrorCode;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.nio.AsyncRequestProducer;
import org.apache.hc.core5.http.nio.support.AsyncRequestBuilder;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * One HTTP exchange at a time per call, on Apache HttpClient 5 (async): a pooled connection
 * (HTTP/1.1, or HTTP/2 where TLS negotiates it), made only to addresses the {@link
 * PolicyDnsResolver} checked, no redirects, no automatic retries, no cookies, no decoding. Each
 * exchange has a total deadline (connection, request, response and body) besides the connect and
 * read timeouts; on it the exchange is aborted. Nothing blocks: DNS runs on its own small pool
 * ahead of the request, everything else on the client's I/O threads.
 */
public final class HttpExchanger implements AutoCloseable {

  static final String ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5";

  private static final System.Logger LOG = System.getLogger(HttpExchanger.class.getName());

  private final CloseableHttpAsyncClient client;
  private final PolicyDnsResolver resolver;
  private final ClientOptions options;
  private final ScheduledExecutorService timer;
  private final Executor dns;
  private volatile boolean closed;

  /**
   * @param resolver the only source of addresses connected to
   * @param timer fires the deadlines
   * @param dns runs the (blocking) name resolution ahead of each exchange
   */
  public HttpExchanger(
      ClientOptions options,
      PolicyDnsResolver resolver,
      ScheduledExecutorService timer,
      Executor dns) {
    this.options = options;
    this.resolver = resolver;
    this.timer = timer;
    this.dns = dns;
    this.client = client(options, resolver, this::reactorFailed);
    client.start();
  }

  /** An I/O reactor failure: expected while closing, worth a warning otherwise. */
  private void reactorFailed(Exception failure) {
    System.Logger.Level level = closed ? System.Logger.Level.DEBUG : System.Logger.Level.WARNING;
    LOG.log(level, "HTTP client I/O reactor: " + failure, failure);
  }

  private static CloseableHttpAsyncClient client(
      ClientOptions options,
      PolicyDnsResolver resolver,
      org.apache.hc.core5.function.Callback<Exception> reactorFailures) {
    return HttpAsyncClients.custom()
        .setConnectionManager(connections(options, resolver))
        .setIOReactorConfig(
            IOReactorConfig.custom().setSoTimeout(timeout(options.readTimeout())).build())
        .setIoReactorExceptionCallback(reactorFailures)
        .disableRedirectHandling()
        .disableAutomaticRetries()
        .disableCookieManagement()
        .disableAuthCaching()
        .disableConnectionState()
        .disableContentCompression()
        .evictIdleConnections(TimeValue.ofSeconds(30))
        .setUserAgent(options.userAgent())
        .build();
  }

  /**
   * The pool: every connection through {@code resolver}; ALPN offers h2 and http/1.1 on TLS
   * (NEGOTIATE), while cleartext connections always speak HTTP/1.1 (no h2c).
   */
  private static PoolingAsyncClientConnectionManager connections(
      ClientOptions options, PolicyDnsResolver resolver) {
    Timeout connect = timeout(options.connectTimeout());
    PoolingAsyncClientConnectionManagerBuilder pool =
        PoolingAsyncClientConnectionManagerBuilder.create()
            .setDnsResolver(resolver)
            .setMaxConnTotal(options.maxConnections())
            .setMaxConnPerRoute(options.maxConnectionsPerHost())
            .setDefaultConnectionConfig(
                ConnectionConfig.custom()
                    .setConnectTimeout(connect)
                    .setSocketTimeout(timeout(options.readTimeout()))
                    .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                    .setTimeToLive(TimeValue.ofMinutes(5))
                    .build())
            .setDefaultTlsConfig(
                TlsConfig.custom()
                    .setVersionPolicy(HttpVersionPolicy.NEGOTIATE)
                    .setHandshakeTimeout(connect)
                    .build());
    if (options.sslContext() != null) {
      // Only the context differs from the builder's default strategy: hostname verification stays.
      pool.setTlsStrategy(
          ClientTlsStrategyBuilder.create().setSslContext(options.sslContext()).buildAsync());
    }
    return pool.build();
  }

  /**
   * Sends GET {@code uri} and reads its response under {@code rules}, within {@code budget}.
   * Completes with the response, or exceptionally with a {@link FetchFailure} (carrying the head
   * when one arrived), or with a {@link CancellationException} once this exchanger is closed.
   */
  public CompletableFuture<RawResponse> exchange(
      URI uri, Map<String, String> headers, Duration budget, BodyRules rules) {
    CompletableFuture<RawResponse> done = new CompletableFuture<>();
    if (closed) {
      done.completeExceptionally(new CancellationException("the fetcher is closed"));
      return done;
    }
    CappedResponseConsumer consumer = new CappedResponseConsumer(rules);
    AtomicReference<Future<RawResponse>> sent = new AtomicReference<>();
    ScheduledFuture<?> deadline =
        timer.schedule(
            () -> {
              done.completeExceptionally(
                  new FetchFailure(
                          ItemErrorCode.TIMEOUT,
                          "no complete response within " + budget.toMillis() + " ms")
                      .withHead(consumer.head()));
              Future<RawResponse> exchange = sent.get();
              if (exchange != null) {
                exchange.cancel(true);
              }
            },
            budget.toNanos(),
            TimeUnit.NANOSECONDS);
    done.whenComplete((response, failure) -> deadline.cancel(false));
    consumer
        .result()
        .whenComplete(
            (response, failure) -> {
              if (failure == null) {
                done.complete(response);
              } else {
                done.completeExceptionally(failure(failure, consumer.head()));
              }
            });
    resolver
        .prepare(uri.getHost(), dns)
        .whenComplete(
            (resolved, failure) -> {
              if (failure != null) {
                consumer.failed(new ExecutionException(unwrap(failure)));
              } else if (!done.isDone()) {
                send(uri, headers, budget, consumer, sent, done);
              }
            });
    return done;
  }

  private void send(
      URI uri,
      Map<String, String> headers,
      Duration budget,
      CappedResponseConsumer consumer,
      AtomicReference<Future<RawResponse>> sent,
      CompletableFuture<RawResponse> done) {
    try {
      Future<RawResponse> exchange =
          client.execute(request(uri, headers), consumer, context(budget), failures(consumer));
      sent.set(exchange);
      if (done.isDone()) {
        exchange.cancel(true);
      }
    } catch (RuntimeException e) {
      consumer.failed(e);
    }
  }

  private AsyncRequestProducer request(URI uri, Map<String, String> headers) {
    AsyncRequestBuilder builder =
        AsyncRequestBuilder.get(uri)
            .setHeader("User-Agent", options.userAgent())
            .setHeader("Accept", ACCEPT)
            .setHeader("Accept-Encoding", ContentDecoding.ACCEPT_ENCODING);
    RequestHeaders.apply(builder, headers);
    return builder.build();
  }

  private HttpClientContext context(Duration budget) {
    Duration read = budget.compareTo(options.readTimeout()) < 0 ? budget : options.readTimeout();
    HttpClientContext context = HttpClientContext.create();
    context.setRequestConfig(
        RequestConfig.custom()
            .setRedirectsEnabled(false)
            .setConnectionRequestTimeout(timeout(budget))
            .setResponseTimeout(timeout(read))
            .build());
    return context;
  }

  /** Failures the client reports outside the consumer (connect, TLS, cancellation). */
  private static FutureCallback<RawResponse> failures(CappedResponseConsumer consumer) {
    return new FutureCallback<>() {
      @Override
      public void completed(RawResponse result) {
        // The consumer completed its own result already.
      }

      @Override
      public void failed(Exception cause) {
        consumer.failed(cause);
      }

      @Override
      public void cancelled() {
        consumer.failed(new CancellationException("exchange cancelled"));
      }
    };
  }

  private Throwable failure(Throwable thrown, ResponseHead head) {
    if (closed) {
      return new CancellationException("the fetcher is closed");
    }
    Throwable cause = unwrap(thrown);
    if (cause instanceof FetchFailure failure) {
      return failure.withHead(head);
    }
    return FailureClassifier.classify(cause).withHead(head);
  }

  private static Throwable unwrap(Throwable thrown) {
    Throwable t = thrown;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static Timeout timeout(Duration duration) {
    return Timeout.ofMilliseconds(Math.max(1, duration.toMillis()));
  }

  /** Aborts every exchange in flight: their futures fail with CancellationException. */
  @Override
  public void close() {
    closed = true;
    client.close(CloseMode.IMMEDIATE);
  }
}
