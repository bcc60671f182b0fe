package io.scrapeline.fetch.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scrapeline.model.ItemErrorCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decompression with a cap: every encoding we ask for, bombs, truncation, corrupt bodies. */
class ContentDecodingTest {

  static final int MIB = 1024 * 1024;
  static final String PAGE = "<html><head><title>Hi</title></head><body><p>Hello</p></body></html>";

  @ParameterizedTest
  @CsvSource({"gzip", "x-gzip", "deflate", "raw-deflate", "br", "identity"})
  void everyEncodingWeAskForIsUndone(String encoding) throws Exception {
    byte[] body = encode(encoding, PAGE.getBytes(StandardCharsets.UTF_8));
    String header = encoding.equals("raw-deflate") ? "deflate" : encoding;

    byte[] decoded = ContentDecoding.decode(body, header, MIB, false);

    assertThat(new String(decoded, StandardCharsets.UTF_8)).isEqualTo(PAGE);
  }

  @Test
  void stackedEncodingsAreUndoneLastFirst() throws Exception {
    byte[] body = gzip(deflate(PAGE.getBytes(StandardCharsets.UTF_8)));

    byte[] decoded = ContentDecoding.decode(body, "deflate, gzip", MIB, false);

    assertThat(new String(decoded, StandardCharsets.UTF_8)).isEqualTo(PAGE);
  }

  @ParameterizedTest
  @CsvSource({"gzip", "br"})
  void aCompressionBombFailsWithBodyTooLargeWithinBoundedMemory(String encoding) throws Exception {
    byte[] bomb = encoding.equals("br") ? resource("zeros-50MiB.br") : gzip(new byte[50 * MIB]);
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long allocatedBefore = threads.getCurrentThreadAllocatedBytes();

    assertThatThrownBy(() -> ContentDecoding.decode(bomb, encoding, 10 * MIB, false))
        .isInstanceOfSatisfying(
            FetchFailure.class,
            failure -> assertThat(failure.code()).isEqualTo(ItemErrorCode.BODY_TOO_LARGE));

    long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
    // The cap is 10 MiB (a buffer growing to it allocates about 32 MiB, plus the decoder's
    // window); inflating all 50 MiB would allocate well over 100 MiB.
    assertThat(allocated).isLessThan(64L * MIB);
  }

  @Test
  void aTruncatingCapKeepsTheFirstBytes() throws Exception {
    byte[] decoded = ContentDecoding.decode(gzip(new byte[100_000]), "gzip", 1000, true);

    assertThat(decoded).hasSize(1000);
  }

  @Test
  void aCorruptBodyIsAParseError() {
    assertThatThrownBy(() -> ContentDecoding.decode(new byte[] {1, 2, 3, 4}, "gzip", MIB, false))
        .isInstanceOfSatisfying(
            FetchFailure.class,
            failure -> assertThat(failure.code()).isEqualTo(ItemErrorCode.PARSE_ERROR));
  }

  @Test
  void anEncodingWeDidNotAskForIsUnsupported() {
    assertThatThrownBy(() -> ContentDecoding.decode(new byte[] {1}, "zstd", MIB, false))
        .isInstanceOfSatisfying(
            FetchFailure.class,
            failure ->
                assertThat(failure.code()).isEqualTo(ItemErrorCode.UNSUPPORTED_CONTENT_TYPE));
  }

  static byte[] encode(String encoding, byte[] data) throws IOException {
    return switch (encoding) {
      case "gzip", "x-gzip" -> gzip(data);
      case "deflate" -> deflate(data);
      case "raw-deflate" -> rawDeflate(data);
      case "br" -> resource("page.html.br");
      default -> data;
    };
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = ContentDecodingTest.class.getResourceAsStream("/encoded/" + name)) {
      return in.readAllBytes();
    }
  }

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(data);
    }
    return out.toByteArray();
  }

  static byte[] deflate(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream deflate = new DeflaterOutputStream(out)) {
      deflate.write(data);
    }
    return out.toByteArray();
  }

  private static byte[] rawDeflate(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    java.util.zip.Deflater deflater = new java.util.zip.Deflater(6, true);
    try (DeflaterOutputStream deflate = new DeflaterOutputStream(out, deflater)) {
      deflate.write(data);
    } finally {
      deflater.end();
    }
    return out.toByteArray();
  }
}
