package io.scrapeline.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scrapeline.gateway.rest.ApiException;
import io.scrapeline.model.Format;
import io.scrapeline.model.internal.BatchItem;
import io.scrapeline.model.json.WireJson;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BatchBodyParserTest {

  private final BatchBodyParser parser = new BatchBodyParser(WireJson.mapper(), 3, 1000);

  @Test
  void appliesTheDocumentedDefaults() {
    SubmittedBatch batch = parse("{\"urls\": [\"https://example.com/a\"]}");
    assertThat(options(batch).formats()).containsExactly(Format.MARKDOWN);
    assertThat(options(batch).onlyMainContent()).isTrue();
    assertThat(options(batch).timeoutMs()).isEqualTo(30_000);
    assertThat(options(batch).maxRetries()).isEqualTo(2);
    assertThat(batch.webhook()).isNull();
  }

  @Test
  void invalidUrlsKeepTheirPositionsAndAreReported() {
    SubmittedBatch batch =
        parse("{\"urls\": [\"ftp://x/a\", \"https://example.com/b\", \"not a url\"]}");
    assertThat(batch.items()).containsExactly(new BatchItem(1, "https://example.com/b"));
    assertThat(batch.invalidUrls()).containsExactly("ftp://x/a", "not a url");
  }

  @Test
  void invalidUrlsAreRefusedWhenNotIgnored() {
    assertRefused(
        "{\"urls\": [\"ftp://x/a\", \"https://e.com/\"], \"ignore_invalid_urls\": false}",
        400,
        "invalid_urls");
  }

  @Test
  void aBatchWithoutAnyValidUrlIsRefused() {
    assertRefused("{\"urls\": [\"javascript:alert(1)\"]}", 400, "no_valid_urls");
  }

  @Test
  void rejectsMoreUrlsThanTheLimit() {
    ApiException refused =
        assertRefused(
            "{\"urls\": [\"https://a.com\", \"https://b.com\", \"https://c.com\", \"https://d.com\"]}",
            413,
            "too_many_urls");
    assertThat(refused.error().details()).containsEntry("max_urls", 3);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{}                                                    | urls is required",
        "{\"urls\": \"https://a.com\"}                         | urls must be an array",
        "{\"urls\": []}                                        | urls must not be empty",
        "[1, 2]                                                | must be a JSON object",
        "{\"urls\": [\"https://a.com\"], \"formats\": [\"pdf\"]} | pdf",
        "{\"urls\": [\"https://a.com\"], \"formats\": []}       | formats must not be empty",
        "{\"urls\": [\"https://a.com\"], \"timeout_ms\": 5}     | timeout_ms",
        "{\"urls\": [\"https://a.com\"], \"timeout_ms\": \"9\"} | timeout_ms must be an integer",
        "{\"urls\": [\"https://a.com\"], \"max_retries\": 11}   | max_retries",
        "{\"urls\": [\"https://a.com\"], \"format\": [\"html\"]} | unknown field 'format'",
        "{\"urls\": [\"https://a.com\"], \"only_main_content\": 1} | only_main_content must be true or false",
        "{\"urls\": [\"https://a.com\"], \"headers\": {\"X-A\": 1}} | string value",
        "{\"urls\": [\"https://a.com\"], \"webhook\": {\"url\": \"file:///etc\"}} | webhook.url is invalid",
        "{\"urls\": [                                           | malformed JSON",
      })
  void badBodiesGetAnInvalidRequestNamingTheProblem(String body, String message) {
    ApiException refused = assertRefused(body, 400, "invalid_request");
    assertThat(refused.error().message()).contains(message);
  }

  @Test
  void headerValuesWithLineBreaksAreRefused() {
    ApiException refused =
        assertRefused(
            "{\"urls\": [\"https://a.com\"], \"headers\": {\"X-A\": \"v\\r\\nHost: evil\"}}",
            400,
            "invalid_request");
    assertThat(refused.error().message()).contains("line breaks");
  }

  /** 40 levels pass Jackson and meet our own cap; 5000 meet Jackson's nesting limit first. */
  @ParameterizedTest
  @ValueSource(ints = {40, 5000})
  void deeplyNestedJsonIsRefused(int depth) {
    String body =
        "{\"urls\": [\"https://a.com\"], \"headers\": "
            + "[".repeat(depth)
            + "]".repeat(depth)
            + "}";
    ApiException refused = assertRefused(body, 400, "invalid_request");
    assertThat(refused.error().message()).containsAnyOf("nested deeper", "nesting depth");
  }

  @Test
  void theSameRequestHashesTheSameWhateverItsFieldOrder() {
    String first =
        parse("{\"urls\": [\"https://a.com\"], \"formats\": [\"html\"], \"max_retries\": 1}")
            .requestHash();
    String reordered =
        parse("{\"max_retries\": 1, \"formats\": [\"html\"],   \"urls\": [\"https://a.com\"]}")
            .requestHash();
    String different =
        parse("{\"urls\": [\"https://a.com\"], \"formats\": [\"html\"]}").requestHash();
    assertThat(reordered).isEqualTo(first);
    assertThat(different).isNotEqualTo(first);
  }

  @Test
  void aSingleScrapeNeedsOneValidUrl() {
    assertThat(parser.parseSingle(bytes("{\"url\": \"https://a.com/x\"}")).items())
        .containsExactly(new BatchItem(0, "https://a.com/x"));
    assertThatThrownBy(() -> parser.parseSingle(bytes("{\"url\": \"gopher://a\"}")))
        .isInstanceOfSatisfying(
            ApiException.class, e -> assertThat(e.error().code()).isEqualTo("invalid_urls"));
  }

  @Test
  void aSitemapBatchTakesItsOwnOptionsAndNestedScrapeOptions() {
    SubmittedBatch batch =
        parser.parseSitemapBatch(
            bytes(
                "{\"urls\": [\"https://a.com/sitemap.xml\"], \"max_urls\": 10,"
                    + " \"follow_index\": false, \"scrape\": {\"formats\": [\"html\"]}}"));
    SitemapOrder order = (SitemapOrder) batch.order();
    assertThat(order.maxUrls()).isEqualTo(10);
    assertThat(order.followIndex()).isFalse();
    assertThat(order.scrape().formats()).containsExactly(Format.HTML);
    assertThat(order.config()).containsEntry("max_urls", 10).containsEntry("follow_index", false);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"urls\": [\"https://a.com/s.xml\"], \"max_urls\": 0}            | max_urls must be between 1 and 1000",
        "{\"urls\": [\"https://a.com/s.xml\"], \"max_urls\": 1001}         | max_urls must be between 1 and 1000",
        "{\"urls\": [\"https://a.com/s.xml\"], \"scrape\": [1]}            | scrape must be an object",
        "{\"urls\": [\"https://a.com/s.xml\"], \"scrape\": {\"urls\": []}} | unknown field 'urls'",
        "{\"urls\": [\"https://a.com/s.xml\"], \"formats\": [\"html\"]}   | unknown field 'formats'",
      })
  void badSitemapBodiesAreRefusedNamingTheProblem(String body, String message) {
    assertThatThrownBy(() -> parser.parseSitemapBatch(bytes(body)))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.error().message()).contains(message);
            });
  }

  private static io.scrapeline.model.ScrapeOptions options(SubmittedBatch batch) {
    return ((ScrapeOrder) batch.order()).options();
  }

  private SubmittedBatch parse(String body) {
    return parser.parseScrapeBatch(bytes(body));
  }

  private ApiException assertRefused(String body, int status, String code) {
    try {
      parse(body);
    } catch (ApiException e) {
      assertThat(e.status()).isEqualTo(status);
      assertThat(e.error().code()).isEqualTo(code);
      return e;
    }
    throw new AssertionError("accepted: " + body);
  }

  private static byte[] bytes(String body) {
    return body.getBytes(StandardCharsets.UTF_8);
  }
}
