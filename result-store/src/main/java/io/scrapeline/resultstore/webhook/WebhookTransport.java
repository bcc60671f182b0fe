package io.scrapeline.resultstore.webhook;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

/**
 * POSTs one webhook body. The URL's addresses must all pass the address policy before anything is
 * sent, and redirects are not followed: a receiver cannot bounce us into a private network.
 */
public final class WebhookTransport {

  /** A delivery that must not be retried: the target is forbidden or the URL is unusable. */
  public static final class Refused extends Exception {
    Refused(String message) {
      super(message);
    }
  }

  private final HttpClient client;
  private final Duration timeout;
  private final Predicate<InetAddress> allowed;

  public WebhookTransport(Duration timeout, Predicate<InetAddress> allowed) {
    this.timeout = timeout;
    this.allowed = allowed;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** The receiver's HTTP status. */
  public int post(String url, byte[] body, Map<String, String> headers)
      throws IOException, InterruptedException, Refused {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new Refused("invalid webhook URL");
    }
    if (uri.getHost() == null
        || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
      throw new Refused("webhook URL must be http(s) with a host");
    }
    checkAddresses(uri.getHost());
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header("User-Agent", "Scrapeline-Webhook/1")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private void checkAddresses(String host) throws Refused, UnknownHostException {
    for (InetAddress address : InetAddress.getAllByName(host)) {
      if (!allowed.test(address)) {
        throw new Refused("blocked_address: " + host + " resolves to a forbidden address");
      }
    }
  }
}
