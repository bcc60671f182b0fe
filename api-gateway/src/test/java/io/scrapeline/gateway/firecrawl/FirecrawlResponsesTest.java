package io.scrapeline.gateway.firecrawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scrapeline.model.internal.ApiError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FirecrawlResponsesTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final String STATUS =
      """
      {"id": "0193", "status": "running", "total": 4, "completed": 1, "failed": 1, "cancelled": 0,
       "pending": 2, "invalid_urls": [], "config": {}, "created_at": "2026-11-23T10:00:00Z",
       "finished_at": null, "expires_at": "2026-11-24T10:00:00Z", "page": 1, "page_size": 3,
       "next": "/v1/batch/scrape/0193?page=2&page_size=3",
       "results": [
         {"input_index": 0, "url": "https://example.com/a", "status": "completed",
          "data": {"markdown": "# A", "html": null, "raw_html": "<html>A</html>", "links": ["https://example.com/b"]},
          "metadata": {"status_code": 200, "final_url": "https://example.com/a/", "content_type": "text/html",
                       "title": "A", "description": "About A", "language": "en", "canonical_url": null,
                       "duration_ms": 84, "retry_count": 0, "scraped_at": "2026-11-23T10:00:01Z"},
          "error": null},
         {"input_index": 2, "url": "https://example.com/missing", "status": "failed", "data": null,
          "metadata": {"status_code": 404, "final_url": "https://example.com/missing", "title": null,
                       "scraped_at": "2026-11-23T10:00:02Z"},
          "error": {"code": "http_error", "message": "the server answered 404"}},
         {"input_index": 3, "url": "https://example.com/later", "status": "pending", "data": null,
          "metadata": null, "error": null}
       ]}
      """;

  @ParameterizedTest
  @CsvSource({
    "queued, scraping",
    "running, scraping",
    "completed, completed",
    "failed, failed",
    "cancelled, cancelled"
  })
  void batchStatusesMapOntoFirecrawls(String nativeStatus, String firecrawlStatus) {
    assertThat(FirecrawlResponses.status(nativeStatus)).isEqualTo(firecrawlStatus);
  }

  @Test
  void aStatusPageHoldsTheFinishedItemsAsDocuments() {
    JsonNode page =
        FirecrawlResponses.statusPage(
            json(STATUS), "http://gw/v2/batch/scrape/0193?skip=3&limit=3");
    assertThat(page)
        .isEqualTo(
            json(
                """
                {"success": true, "status": "scraping", "total": 4, "completed": 2, "creditsUsed": 2,
                 "expiresAt": "2026-11-24T10:00:00Z", "next": "http://gw/v2/batch/scrape/0193?skip=3&limit=3",
                 "data": [
                   {"markdown": "# A", "rawHtml": "<html>A</html>", "links": ["https://example.com/b"],
                    "metadata": {"title": "A", "description": "About A", "language": "en",
                                 "sourceURL": "https://example.com/a", "url": "https://example.com/a/",
                                 "statusCode": 200, "contentType": "text/html"}},
                   {"metadata": {"sourceURL": "https://example.com/missing", "url": "https://example.com/missing",
                                 "statusCode": 404, "error": "the server answered 404", "errorCode": "http_error"}}
                 ]}
                """));
  }

  @Test
  void theLastPageHasNoNextAtAll() {
    JsonNode page = FirecrawlResponses.statusPage(json(STATUS), null);
    assertThat(page.has("next")).isFalse();
  }

  @Test
  void pagingFactsComeFromTheNativePage() {
    JsonNode status = json(STATUS);
    assertThat(FirecrawlResponses.hasNext(status)).isTrue();
    assertThat(FirecrawlResponses.listed(status)).isEqualTo(3);
    assertThat(FirecrawlResponses.hasNext(json("{\"next\": null, \"results\": []}"))).isFalse();
  }

  @Test
  void aDocumentWithoutMetadataStillNamesItsUrl() {
    assertThat(
            FirecrawlResponses.document(
                json(
                    """
                    {"url": "https://example.com/x", "status": "failed", "data": null, "metadata": null,
                     "error": {"code": "dns_failure", "message": "no such host"}}
                    """)))
        .isEqualTo(
            json(
                """
                {"metadata": {"sourceURL": "https://example.com/x", "url": "https://example.com/x",
                              "error": "no such host", "errorCode": "dns_failure"}}
                """));
  }

  @Test
  void aSingleScrapeAnswersWithItsDocument() {
    JsonNode answer =
        FirecrawlResponses.scraped(
            json(
                """
                {"url": "https://example.com/", "status": "completed", "data": {"markdown": "# Hi"},
                 "metadata": {"status_code": 200, "title": "Hi"}, "error": null}
                """));
    assertThat(answer.get("success").booleanValue()).isTrue();
    assertThat(answer.at("/data/markdown").textValue()).isEqualTo("# Hi");
    assertThat(answer.at("/data/metadata/title").textValue()).isEqualTo("Hi");
  }

  @Test
  void aSubmittedBatchAnswersWithItsIdUrlAndInvalidUrls() {
    assertThat(
            FirecrawlResponses.created(
                "0193", "http://gw/v2/batch/scrape/0193", List.of("ftp://x")))
        .isEqualTo(
            json(
                """
                {"success": true, "id": "0193", "url": "http://gw/v2/batch/scrape/0193", "invalidURLs": ["ftp://x"]}
                """));
  }

  @Test
  void errorsAreNamedByBatchAndIndexAndTimedWhenKnown() {
    JsonNode report =
        FirecrawlResponses.errors(
            json(
                """
                {"errors": [{"input_index": 2, "url": "https://example.com/missing", "code": "http_error",
                             "message": "the server answered 404", "status_code": 404},
                            {"input_index": 5, "url": "https://example.com/slow", "code": "timeout",
                             "message": "no answer in 30000 ms", "status_code": null}],
                 "robots_blocked": ["https://example.com/private"]}
                """),
            "0193",
            Map.of(2, "2026-11-23T10:00:02Z"));
    assertThat(report)
        .isEqualTo(
            json(
                """
                {"errors": [{"id": "0193:2", "timestamp": "2026-11-23T10:00:02Z", "url": "https://example.com/missing",
                             "code": "http_error", "error": "the server answered 404"},
                            {"id": "0193:5", "timestamp": null, "url": "https://example.com/slow",
                             "code": "timeout", "error": "no answer in 30000 ms"}],
                 "robotsBlocked": ["https://example.com/private"]}
                """));
  }

  @Test
  void cancelAndErrorBodiesHaveFirecrawlsShape() {
    assertThat(FirecrawlResponses.cancelled()).isEqualTo(json("{\"status\": \"cancelled\"}"));
    assertThat(FirecrawlResponses.error(ApiError.of("not_found", "no such batch")))
        .isEqualTo(
            json("{\"success\": false, \"error\": \"no such batch\", \"code\": \"not_found\"}"));
    assertThat(
            FirecrawlResponses.error(
                new ApiError("too_many_urls", "too many", Map.of("max_urls", 3))))
        .isEqualTo(
            json(
                "{\"success\": false, \"error\": \"too many\", \"code\": \"too_many_urls\","
                    + " \"details\": {\"max_urls\": 3}}"));
  }

  private static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(text, e);
    }
  }
}
