package io.scrapeline.scrapeworker.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Bytes to characters: the Content-Type charset, else a byte order mark, else (HTML only) a meta
 * charset or http-equiv, else UTF-8. jsoup does the BOM and meta part when given no charset.
 */
final class PageDecoding {

  private static final Pattern CHARSET =
      Pattern.compile("(?i)\\bcharset\\s*=\\s*[\"']?([^\"';\\s]+)");

  private PageDecoding() {}

  /** {@code source} parsed as HTML, its base URI the final URL (a {@code <base href>} wins). */
  static Document html(PageSource source) throws IOException {
    String charset = headerCharset(source.contentType()).map(Charset::name).orElse(null);
    return Jsoup.parse(new ByteArrayInputStream(source.body()), charset, source.url().toString());
  }

  /** {@code source} as text: header charset, else BOM, else UTF-8. */
  static String plainText(PageSource source) {
    byte[] body = source.body();
    Optional<Charset> bom = bomCharset(body);
    Charset charset =
        headerCharset(source.contentType()).or(() -> bom).orElse(StandardCharsets.UTF_8);
    return text(body, charset);
  }

  /** {@code body} decoded with {@code charset}, without a leading byte order mark. */
  static String text(byte[] body, Charset charset) {
    String text = new String(body, charset);
    return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
  }

  /** The charset named by a Content-Type value, when the JVM knows it. */
  static Optional<Charset> headerCharset(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    Matcher matcher = CHARSET.matcher(contentType);
    if (!matcher.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Charset.forName(matcher.group(1).toLowerCase(Locale.ROOT)));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
      return Optional.empty();
    }
  }

  private static Optional<Charset> bomCharset(byte[] body) {
    if (body.length >= 3
        && (body[0] & 0xFF) == 0xEF
        && (body[1] & 0xFF) == 0xBB
        && (body[2] & 0xFF) == 0xBF) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    if (body.length >= 2 && (body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (body.length >= 2 && (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    return Optional.empty();
  }
}
