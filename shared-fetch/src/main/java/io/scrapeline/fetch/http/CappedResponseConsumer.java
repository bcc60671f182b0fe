package io.scrapeline.fetch.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Reads one response with a byte cap, on the client's I/O thread. A body we want is collected up to
 * the cap; past it (or when Content-Length announces more) the exchange is aborted, which closes
 * the connection, rather than read on. A body we do not want (redirects, errors, unsupported types)
 * is answered at once from the head and drained, up to a few KiB so the connection can be reused,
 * or aborted beyond. The outcome is {@link #result()}; the client's own callback only reports
 * failures.
 */
final class CappedResponseConsumer implements AsyncResponseConsumer<RawResponse> {

  /** Largest unwanted body read to keep its connection; longer ones cost a new connection. */
  static final int DRAIN_LIMIT = 64 * 1024;

  private static final byte[] EMPTY = new byte[0];

  private final BodyRules rules;
  private final CompletableFuture<RawResponse> result = new CompletableFuture<>();
  private volatile ResponseHead head;
  private ByteArrayOutputStream body;
  private long drained;

  CappedResponseConsumer(BodyRules rules) {
    this.rules = rules;
  }

  /** Completes with the response, or exceptionally with what went wrong. */
  CompletableFuture<RawResponse> result() {
    return result;
  }

  /** The response head once it arrived, else null. */
  ResponseHead head() {
    return head;
  }

  @Override
  public void consumeResponse(
      HttpResponse response,
      EntityDetails entity,
      HttpContext context,
      FutureCallback<RawResponse> callback)
      throws IOException {
    ResponseHead received = ResponseHead.of(response);
    head = received;
    boolean wanted = rules.wantsBody(received);
    if (entity == null || !wanted) {
      result.complete(new RawResponse(received, wanted ? EMPTY : null));
      return;
    }
    long length = entity.getContentLength();
    if (length > rules.maxBytes() && !rules.truncate()) {
      // The server announced too much: do not read a byte of it.
      result.completeExceptionally(BodyLimits.tooLarge(rules.maxBytes(), "").withHead(received));
      throw new IOException("aborted: the announced body exceeds the cap");
    }
    int expected = length > 0 ? (int) Math.min(length, rules.maxBytes()) : 16 * 1024;
    body = new ByteArrayOutputStream(expected);
  }

  @Override
  public void informationResponse(HttpResponse response, HttpContext context) {
    // 1xx responses carry nothing we need.
  }

  @Override
  public void updateCapacity(CapacityChannel capacityChannel) throws IOException {
    // The cap is enforced by aborting, so flow control never needs to hold the peer back.
    capacityChannel.update(Integer.MAX_VALUE);
  }

  @Override
  public void consume(ByteBuffer src) throws IOException {
    int n = src.remaining();
    if (body == null) {
      drained += n;
      src.position(src.limit());
      if (drained > DRAIN_LIMIT) {
        throw new IOException("aborted: not draining a long unwanted body");
      }
      return;
    }
    if (body.size() + (long) n > rules.maxBytes()) {
      if (rules.truncate()) {
        byte[] chunk = new byte[rules.maxBytes() - body.size()];
        src.get(chunk);
        body.write(chunk, 0, chunk.length);
        result.complete(new RawResponse(head, body.toByteArray()));
      } else {
        result.completeExceptionally(BodyLimits.tooLarge(rules.maxBytes(), "").withHead(head));
      }
      body = null;
      throw new IOException("aborted: the body exceeds the cap");
    }
    if (src.hasArray()) {
      body.write(src.array(), src.arrayOffset() + src.position(), n);
      src.position(src.limit());
    } else {
      byte[] chunk = new byte[n];
      src.get(chunk);
      body.write(chunk, 0, n);
    }
  }

  @Override
  public void streamEnd(List<? extends Header> trailers) {
    if (body != null) {
      result.complete(new RawResponse(head, body.toByteArray()));
      body = null;
    }
  }

  @Override
  public void failed(Exception cause) {
    result.completeExceptionally(cause);
  }

  @Override
  public void releaseResources() {
    body = null;
  }
}
