package io.scrapeline.gateway.firecrawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FirecrawlDetectionTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"urls\": [\"https://a.com\"], \"origin\": \"js-sdk@4.42.0\"}              | true",
        "{\"url\": \"https://a.com\", \"onlyMainContent\": true}                     | true",
        "{\"urls\": [\"https://a.com\"], \"ignoreInvalidURLs\": true}                | true",
        "{\"urls\": [\"https://a.com\"], \"timeout\": 1000}                          | true",
        "{\"urls\": [\"https://a.com\"], \"actions\": []}                            | true",
        "{\"urls\": [\"https://a.com\"], \"formats\": [\"rawHtml\"]}                 | true",
        "{\"urls\": [\"https://a.com\"], \"formats\": [{\"type\": \"markdown\"}]}    | true",
        "{\"urls\": [\"https://a.com\"], \"webhook\": \"https://h.com\"}             | true",
        "{\"urls\": [\"https://a.com\"]}                                             | false",
        "{\"urls\": [\"https://a.com\"], \"formats\": [\"markdown\", \"raw_html\"]}  | false",
        "{\"urls\": [\"https://a.com\"], \"only_main_content\": false, \"timeout_ms\": 5000} | false",
        "{\"urls\": [\"https://a.com\"], \"webhook\": {\"url\": \"https://h.com\"}}  | false",
        "{\"urls\": [\"https://a.com\"], \"format\": [\"html\"]}                     | false",
        "{\"urls\": [\"https://a.com\"], \"formats\": [\"pdf\"]}                     | false",
        "[1, 2]                                                                      | false",
      })
  void aBodyIsFirecrawlsWhenItUsesVocabularyOnlyFirecrawlHas(String body, boolean firecrawl)
      throws Exception {
    assertThat(FirecrawlDetection.speaksFirecrawl(MAPPER.readTree(body))).isEqualTo(firecrawl);
  }

  @Test
  void theOptInIsAHeaderOrAQueryParameter() {
    assertThat(FirecrawlDetection.optedIn("firecrawl", null)).isTrue();
    assertThat(FirecrawlDetection.optedIn(" Firecrawl ", null)).isTrue();
    assertThat(FirecrawlDetection.optedIn(null, List.of("firecrawl"))).isTrue();
    assertThat(FirecrawlDetection.optedIn("native", List.of("other"))).isFalse();
    assertThat(FirecrawlDetection.optedIn(null, null)).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "GET    | axios/1.18.0   | application/json                 | true",
        "DELETE | axios/1.18.0   | application/json; charset=utf-8  | true",
        "GET    | axios/1.18.0   | -                                | false",
        "GET    | curl/8.5.0     | application/json                 | false",
        "GET    | -              | application/json                 | false",
        "POST   | axios/1.18.0   | application/json                 | false",
      })
  void theSdkV1FingerprintIsAnAxiosReadWithAJsonContentType(
      String method, String userAgent, String contentType, boolean sdk) {
    assertThat(FirecrawlDetection.isSdkRead(method, userAgent, contentType)).isEqualTo(sdk);
  }
}
