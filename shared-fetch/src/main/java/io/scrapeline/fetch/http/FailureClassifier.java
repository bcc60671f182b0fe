package io.scrapeline.fetch.http;

import io.scrapeline.fetch.address.BlockedAddressException;
import io.scrapeline.model.ItemErrorCode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javax.net.ssl.SSLException;
import org.apache.hc.core5.http.HttpException;

/**
 * Maps what the HTTP client threw to an item error code. The whole cause chain is searched, in a
 * fixed priority order, because clients wrap the telling exception (an execution exception around
 * the resolver's, a connection-closed around a TLS alert).
 */
public final class FailureClassifier {

  /** One classification: the first rule matching any exception of the chain wins. */
  private record Rule(ItemErrorCode code, Predicate<Throwable> matches) {}

  private static final List<Rule> RULES =
      List.of(
          new Rule(ItemErrorCode.BLOCKED_ADDRESS, t -> t instanceof BlockedAddressException),
          new Rule(
              ItemErrorCode.DNS_FAILURE,
              t -> t instanceof UnknownHostException || t instanceof UnresolvedAddressException),
          new Rule(ItemErrorCode.TLS_ERROR, t -> t instanceof SSLException),
          // SocketTimeoutException and the client's ConnectTimeoutException are
          // InterruptedIOExceptions.
          new Rule(
              ItemErrorCode.TIMEOUT,
              t -> t instanceof InterruptedIOException || t instanceof TimeoutException),
          new Rule(
              ItemErrorCode.CONNECT_FAILED,
              t -> t instanceof ConnectException || t instanceof NoRouteToHostException),
          // A response that breaks the protocol: the server's reply could not be read as HTTP.
          new Rule(ItemErrorCode.PARSE_ERROR, t -> t instanceof HttpException),
          // Reset or closed mid-exchange: the connection failed, and trying again may well work.
          new Rule(
              ItemErrorCode.CONNECT_FAILED,
              t -> t instanceof SocketException || t instanceof IOException));

  private FailureClassifier() {}

  /** The failure {@code thrown} stands for; unknown kinds become internal_error. */
  public static FetchFailure classify(Throwable thrown) {
    List<Throwable> chain = causeChain(thrown);
    for (Throwable t : chain) {
      if (t instanceof FetchFailure failure) {
        return failure;
      }
    }
    for (Rule rule : RULES) {
      for (Throwable t : chain) {
        if (rule.matches().test(t)) {
          return new FetchFailure(rule.code(), describe(t));
        }
      }
    }
    return new FetchFailure(ItemErrorCode.INTERNAL_ERROR, "fetch failed: " + describe(thrown));
  }

  private static List<Throwable> causeChain(Throwable thrown) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = thrown; t != null && !chain.contains(t) && chain.size() < 20; ) {
      chain.add(t);
      t = t.getCause();
    }
    return chain;
  }

  private static String describe(Throwable t) {
    String message = t.getMessage();
    String name = t.getClass().getSimpleName();
    return message == null || message.isBlank() ? name : name + ": " + message;
  }
}
