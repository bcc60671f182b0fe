package io.scrapeline.fetch.http;

import io.scrapeline.model.ItemErrorCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.brotli.dec.BrotliInputStream;

/**
 * Undoes gzip, deflate and br Content-Encodings with a cap on the decompressed size, streaming, so
 * a compression bomb costs at most the cap in memory.
 */
public final class ContentDecoding {

  /** What we ask servers for: exactly the encodings {@link #decode} undoes. */
  public static final String ACCEPT_ENCODING = "gzip, deflate, br";

  private static final int CHUNK = 8192;

  private ContentDecoding() {}

  /**
   * {@code body} with every encoding of {@code contentEncoding} undone, last applied first.
   *
   * @param truncate past {@code maxBytes}, return the first {@code maxBytes} instead of failing
   * @throws FetchFailure body_too_large past {@code maxBytes}, unsupported_content_type for an
   *     encoding we did not ask for, parse_error for a corrupt body
   */
  public static byte[] decode(byte[] body, String contentEncoding, int maxBytes, boolean truncate)
      throws FetchFailure {
    if (contentEncoding == null || contentEncoding.isBlank()) {
      return body;
    }
    String[] encodings = contentEncoding.split(",");
    byte[] decoded = body;
    for (int i = encodings.length - 1; i >= 0; i--) {
      String encoding = encodings[i].trim().toLowerCase(Locale.ROOT);
      decoded = decodeOne(decoded, encoding, new Cap(maxBytes, truncate));
    }
    return decoded;
  }

  /** The decompressed-size limit, and what to do past it. */
  private record Cap(int maxBytes, boolean truncate) {}

  private static byte[] decodeOne(byte[] body, String encoding, Cap cap) throws FetchFailure {
    try {
      switch (encoding) {
        case "", "identity":
          return body;
        case "gzip", "x-gzip":
          return readCapped(new GZIPInputStream(new ByteArrayInputStream(body)), cap);
        case "br":
          return readCapped(new BrotliInputStream(new ByteArrayInputStream(body)), cap);
        case "deflate":
          return inflate(body, cap);
        default:
          throw new FetchFailure(
              ItemErrorCode.UNSUPPORTED_CONTENT_TYPE,
              "Content-Encoding '" + encoding + "' is not supported");
      }
    } catch (IOException e) {
      throw corrupt(encoding, e);
    }
  }

  /** RFC 9110 deflate is zlib-wrapped, but many servers send raw deflate: accept both. */
  private static byte[] inflate(byte[] body, Cap cap) throws FetchFailure {
    try {
      return inflate(body, cap, false);
    } catch (IOException zlibFailed) {
      try {
        return inflate(body, cap, true);
      } catch (IOException e) {
        throw corrupt("deflate", e);
      }
    }
  }

  private static byte[] inflate(byte[] body, Cap cap, boolean raw)
      throws IOException, FetchFailure {
    // An Inflater we create is not ended by the stream's close: end it, or its native memory waits
    // for the garbage collector.
    Inflater inflater = new Inflater(raw);
    try {
      return readCapped(new InflaterInputStream(new ByteArrayInputStream(body), inflater), cap);
    } finally {
      inflater.end();
    }
  }

  private static byte[] readCapped(InputStream in, Cap cap) throws IOException, FetchFailure {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(cap.maxBytes(), 64 * 1024));
      byte[] chunk = new byte[CHUNK];
      long total = 0;
      for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
        if (total + n > cap.maxBytes()) {
          if (!cap.truncate()) {
            throw BodyLimits.tooLarge(cap.maxBytes(), "decompressed ");
          }
          out.write(chunk, 0, (int) (cap.maxBytes() - total));
          return out.toByteArray();
        }
        total += n;
        out.write(chunk, 0, n);
      }
      return out.toByteArray();
    }
  }

  private static FetchFailure corrupt(String encoding, IOException e) {
    return new FetchFailure(
        ItemErrorCode.PARSE_ERROR, "corrupt " + encoding + " body: " + e.getMessage());
  }
}
