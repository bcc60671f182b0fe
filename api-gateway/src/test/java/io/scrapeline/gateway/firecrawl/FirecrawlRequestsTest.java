package io.scrapeline.gateway.firecrawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scrapeline.gateway.rest.ApiException;
import io.scrapeline.gateway.service.BatchBodyParser;
import io.scrapeline.gateway.service.ScrapeOrder;
import io.scrapeline.gateway.service.SubmittedBatch;
import io.scrapeline.model.Format;
import io.scrapeline.model.ScrapeOptions;
import io.scrapeline.model.json.WireJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FirecrawlRequestsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final BatchBodyParser parser = new BatchBodyParser(WireJson.mapper(), 100, 1000);

  @Test
  void everyMappedOptionBecomesItsNativeField() {
    ObjectNode body =
        FirecrawlRequests.batch(
            json(
                """
                {"urls": ["https://example.com/a"], "formats": ["markdown", "rawHtml", "links", "html"],
                 "onlyMainContent": false, "includeTags": ["article"], "excludeTags": [".ads"],
                 "headers": {"Accept-Language": "en"}, "timeout": 15000, "ignoreInvalidURLs": true,
                 "maxConcurrency": 4, "webhook": {"url": "https://hooks.example.com/x", "events": ["completed"]},
                 "origin": "js-sdk@4.42.0", "integration": "tests"}
                """),
            FirecrawlVersion.V1);
    assertThat(body)
        .isEqualTo(
            json(
                """
                {"urls": ["https://example.com/a"], "formats": ["markdown", "raw_html", "links", "html"],
                 "only_main_content": false, "include_tags": ["article"], "exclude_tags": [".ads"],
                 "headers": {"Accept-Language": "en"}, "timeout_ms": 15000, "ignore_invalid_urls": true,
                 "webhook": {"url": "https://hooks.example.com/x", "events": ["completed"]}}
                """));
  }

  @Test
  void theTranslatedBodyPassesTheNativeParserWithTheRequestedOptions() {
    ObjectNode body =
        FirecrawlRequests.batch(
            json(
                """
                {"urls": ["https://example.com/a", "not a url"], "formats": [{"type": "markdown"}, "rawHtml"],
                 "onlyMainContent": false, "timeout": 15000}
                """),
            FirecrawlVersion.V2);
    SubmittedBatch batch = parser.parseScrapeBatch(bytes(body));
    ScrapeOptions options = ((ScrapeOrder) batch.order()).options();
    assertThat(options.formats()).containsExactly(Format.MARKDOWN, Format.RAW_HTML);
    assertThat(options.onlyMainContent()).isFalse();
    assertThat(options.timeoutMs()).isEqualTo(15000);
    assertThat(batch.invalidUrls()).containsExactly("not a url");
  }

  @Test
  void ignoreInvalidUrlsFollowsEachVersionsDefault() {
    String body = "{\"urls\": [\"https://example.com/\"]}";
    assertThat(
            FirecrawlRequests.batch(json(body), FirecrawlVersion.V1)
                .get("ignore_invalid_urls")
                .booleanValue())
        .isFalse();
    assertThat(
            FirecrawlRequests.batch(json(body), FirecrawlVersion.V2)
                .get("ignore_invalid_urls")
                .booleanValue())
        .isTrue();
  }

  @Test
  void aSingleScrapeKeepsItsUrlAndOptions() {
    assertThat(
            FirecrawlRequests.single(
                json(
                    "{\"url\": \"https://example.com/\", \"formats\": [\"links\"], \"origin\": \"js-sdk@1\"}"),
                FirecrawlVersion.V2))
        .isEqualTo(json("{\"url\": \"https://example.com/\", \"formats\": [\"links\"]}"));
  }

  @Test
  void aWebhookGivenAsAUrlBecomesTheNativeObject() {
    assertThat(
            FirecrawlRequests.batch(
                    json(
                        "{\"urls\": [\"https://example.com/\"], \"webhook\": \"https://hooks.example.com/\"}"),
                    FirecrawlVersion.V1)
                .get("webhook"))
        .isEqualTo(json("{\"url\": \"https://hooks.example.com/\"}"));
  }

  @Test
  void nullsAndNeutralValuesOfUnsupportedOptionsAreAccepted() {
    ObjectNode body =
        FirecrawlRequests.batch(
            json(
                """
                {"urls": ["https://example.com/"], "waitFor": 0, "mobile": false, "skipTlsVerification": false,
                 "blockAds": false, "maxAge": 172800000, "actions": [], "parsers": [], "zeroDataRetention": false,
                 "proxy": null, "formats": null, "webhook": null}
                """),
            FirecrawlVersion.V2);
    assertThat(body)
        .isEqualTo(json("{\"urls\": [\"https://example.com/\"], \"ignore_invalid_urls\": true}"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"formats\": [\"screenshot\"]                              | format 'screenshot'",
        "\"formats\": [\"json\"]                                    | format 'json'",
        "\"formats\": [{\"type\": \"json\", \"prompt\": \"x\"}]      | format 'json'",
        "\"formats\": [{\"type\": \"markdown\", \"fullPage\": true}] | option 'formats[markdown].fullPage'",
        "\"actions\": [{\"type\": \"wait\"}]                         | option 'actions'",
        "\"extract\": {\"prompt\": \"x\"}                            | option 'extract'",
        "\"jsonOptions\": {\"prompt\": \"x\"}                        | option 'jsonOptions'",
        "\"waitFor\": 1000                                          | option 'waitFor' is not supported by Scrapeline (only 0 is accepted)",
        "\"mobile\": true                                           | option 'mobile'",
        "\"proxy\": \"basic\"                                       | option 'proxy'",
        "\"location\": {\"country\": \"US\"}                         | option 'location'",
        "\"skipTlsVerification\": true                              | option 'skipTlsVerification'",
        "\"minAge\": 10                                             | option 'minAge'",
        "\"appendToId\": \"x\"                                      | option 'appendToId'",
        "\"zeroDataRetention\": true                                | option 'zeroDataRetention'",
        "\"webhook\": {\"url\": \"https://h.example.com/\", \"events\": [\"page\"]} | webhook event 'page'",
        "\"webhook\": {\"url\": \"https://h.example.com/\", \"headers\": {\"A\": \"b\"}} | option 'webhook.headers'",
      })
  void unsupportedOptionsAreRefusedByName(String field, String message) {
    assertThatThrownBy(
            () ->
                FirecrawlRequests.batch(
                    json("{\"urls\": [\"https://example.com/\"], " + field + "}"),
                    FirecrawlVersion.V2))
        .isInstanceOfSatisfying(
            ApiException.class,
            refused -> {
              assertThat(refused.status()).isEqualTo(400);
              assertThat(refused.error().code()).isEqualTo("unsupported_option");
              assertThat(refused.error().message()).contains(message);
            });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"only_main_content\": true                 | unknown field 'only_main_content'",
        "\"formats\": [\"pdf\"]                      | unknown format 'pdf'",
        "\"formats\": \"markdown\"                   | formats must be an array",
        "\"maxConcurrency\": 0                       | maxConcurrency must be a positive integer",
        "\"maxConcurrency\": \"2\"                   | maxConcurrency must be a positive integer",
        "\"ignoreInvalidURLs\": \"yes\"              | ignoreInvalidURLs must be true or false",
        "\"webhook\": 42                             | webhook must be a URL or an object with a url",
        "\"webhook\": {\"url\": \"https://h.example.com/\", \"secret\": \"s\"} | unknown field 'webhook.secret'",
        "\"url\": \"https://example.com/\"           | unknown field 'url'",
      })
  void malformedBatchFieldsAreInvalidRequests(String field, String message) {
    assertThatThrownBy(
            () ->
                FirecrawlRequests.batch(
                    json("{\"urls\": [\"https://example.com/\"], " + field + "}"),
                    FirecrawlVersion.V2))
        .isInstanceOfSatisfying(
            ApiException.class,
            refused -> {
              assertThat(refused.error().code()).isEqualTo("invalid_request");
              assertThat(refused.error().message()).contains(message);
            });
  }

  @Test
  void v1TakesFormatsOnlyAsStrings() {
    assertThatThrownBy(
            () ->
                FirecrawlRequests.batch(
                    json(
                        "{\"urls\": [\"https://example.com/\"], \"formats\": [{\"type\": \"markdown\"}]}"),
                    FirecrawlVersion.V1))
        .hasMessageContaining("formats must be an array of strings");
  }

  @Test
  void batchOnlyFieldsAreUnknownToASingleScrape() {
    assertThatThrownBy(
            () ->
                FirecrawlRequests.single(
                    json(
                        "{\"url\": \"https://example.com/\", \"webhook\": \"https://h.example.com/\"}"),
                    FirecrawlVersion.V2))
        .hasMessageContaining("unknown field 'webhook'");
  }

  @Test
  void nativeRefusalsArePutInFirecrawlWords() {
    ApiException nativeRefusal =
        new ApiException(
            400,
            "invalid_request",
            "timeout_ms must be between 1000 and 300000; include_tags must be an array",
            Map.of("invalid_urls", List.of("x")));
    ApiException renamed = FirecrawlRequests.inFirecrawlTerms(nativeRefusal);
    assertThat(renamed.status()).isEqualTo(400);
    assertThat(renamed.error().code()).isEqualTo("invalid_request");
    assertThat(renamed.error().message())
        .isEqualTo("timeout must be between 1000 and 300000; includeTags must be an array");
    assertThat(renamed.error().details()).isEqualTo(nativeRefusal.error().details());
  }

  private static ObjectNode json(String text) {
    try {
      return (ObjectNode) MAPPER.readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  private static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
