package io.scrapeline.scrapeworker.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.scrapeline.model.Format;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Content-Type charset, else byte order mark, else meta charset, else UTF-8. */
class CharsetDetectionTest {

  private static final MarkdownConverter CONVERTER =
      new MarkdownConverter(2, Duration.ofSeconds(10));
  private static final PageExtractor EXTRACTOR = new PageExtractor(CONVERTER);

  @AfterAll
  static void closeConverter() {
    CONVERTER.close();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "header charset, no meta            | text/html; charset=windows-1252 | windows-1252 | false | ''",
        "header charset beats meta          | text/html; charset=utf-8        | UTF-8        | false | windows-1252",
        "quoted header charset              | text/html; charset=\"ISO-8859-1\" | ISO-8859-1 | false | ''",
        "meta charset                       | text/html                       | windows-1252 | false | windows-1252",
        "UTF-8 byte order mark              | text/html                       | UTF-8        | true  | ''",
        "nothing said: UTF-8                | text/html                       | UTF-8        | false | ''",
        "unknown header charset, meta wins  | text/html; charset=x-nonsense   | windows-1252 | false | windows-1252"
      })
  void decodesTheBodyWithTheRightCharset(
      String description, String contentType, String encoding, boolean bom, String metaCharset)
      throws Exception {
    String meta = metaCharset.isEmpty() ? "" : "<meta charset=\"" + metaCharset + "\">";
    String html = "<html><head>" + meta + "</head><body><p>Café – déjà</p></body></html>";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (bom) {
      body.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    body.write(html.getBytes(Charset.forName(encoding)));

    String md =
        EXTRACTOR
            .extract(
                new PageSource(
                    body.toByteArray(), contentType, null, URI.create("https://e.example/")),
                Pages.options(false, Format.MARKDOWN))
            .data()
            .markdown();

    assertThat(md).isEqualTo(encoding.equals("ISO-8859-1") ? "Café ? déjà" : "Café – déjà");
  }
}
