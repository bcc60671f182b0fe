package io.scrapeline.fetch.http;

import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * How the HTTP client connects, whatever the request.
 *
 * @param userAgent the User-Agent sent unless a request names its own
 * @param connectTimeout longest wait for a TCP connection and, again, for the TLS handshake
 * @param readTimeout longest silence while waiting for the response or its body
 * @param maxConnections connections open at once, all hosts together
 * @param maxConnectionsPerHost connections open at once to one host (scheme, name and port)
 * @param sslContext whom TLS connections trust; null for the JVM's default trust store, which is
 *     what production uses. Meant for tests and private CAs: it changes the trust anchors only, the
 *     hostname is verified and the address policy applies all the same
 */
public record ClientOptions(
    String userAgent,
    Duration connectTimeout,
    Duration readTimeout,
    int maxConnections,
    int maxConnectionsPerHost,
    SSLContext sslContext) {

  /** Validates every field; {@code sslContext} may be null. */
  public ClientOptions {
    Objects.requireNonNull(userAgent, "userAgent");
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(readTimeout, "readTimeout");
    if (maxConnections < 1 || maxConnectionsPerHost < 1) {
      throw new IllegalArgumentException("connection limits must be at least 1");
    }
  }

  private static void requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive but was " + duration);
    }
  }
}
