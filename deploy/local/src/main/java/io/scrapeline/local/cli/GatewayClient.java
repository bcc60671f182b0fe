package io.scrapeline.local.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The three batch-scrape calls of the API the command needs: submit, status page, cancel. Every
 * failure comes out as a {@link GatewayException}.
 */
final class GatewayClient {

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration SUBMIT_TIMEOUT = Duration.ofSeconds(120);
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

  private final URI api;
  private final String apiKey;
  private final ObjectMapper mapper;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(CONNECT_TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  GatewayClient(URI api, String apiKey, ObjectMapper mapper) {
    this.api = api;
    this.apiKey = apiKey;
    this.mapper = mapper;
  }

  URI api() {
    return api;
  }

  /** {@code POST /v1/batch/scrape}; invalid URLs are reported, not refused. */
  Submission submit(List<String> urls, ScrapeOptions options) {
    ObjectNode body = mapper.createObjectNode();
    ArrayNode list = body.putArray("urls");
    urls.forEach(list::add);
    ArrayNode formats = body.putArray("formats");
    options.formats().forEach(formats::add);
    body.put("only_main_content", options.onlyMainContent());
    options.timeoutMs().ifPresent(timeout -> body.put("timeout_ms", timeout));
    options.maxRetries().ifPresent(retries -> body.put("max_retries", retries));
    body.put("ignore_invalid_urls", true);
    HttpRequest request =
        request("/v1/batch/scrape", SUBMIT_TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(json(body)))
            .build();
    JsonNode answer = send(request);
    List<String> invalid = new ArrayList<>();
    answer
        .path("invalid_urls")
        .forEach(url -> invalid.add(url.isTextual() ? url.asText() : "" + url));
    try {
      return new Submission(
          answer.path("id").asText(""),
          answer.path("status").asText(""),
          answer.path("total").asLong(),
          invalid);
    } catch (IllegalArgumentException e) {
      throw GatewayException.unreadable(api, 202, e.getMessage());
    }
  }

  /** {@code GET /v1/batch/scrape/{id}?from=&page_size=}: counters and items from a position on. */
  StatusPage status(String id, long from, int pageSize) {
    String query = "?from=" + from + "&page_size=" + pageSize;
    return StatusPage.of(send(request(batchPath(id) + query, CALL_TIMEOUT).GET().build()), from);
  }

  /** {@code DELETE /v1/batch/scrape/{id}}: items not finished yet are skipped. */
  void cancel(String id) {
    send(request(batchPath(id), CALL_TIMEOUT).DELETE().build());
  }

  private static String batchPath(String id) {
    return "/v1/batch/scrape/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
  }

  private HttpRequest.Builder request(String path, Duration timeout) {
    return HttpRequest.newBuilder(URI.create(api + path))
        .timeout(timeout)
        .header("Accept", "application/json")
        .header("Authorization", "Bearer " + apiKey);
  }

  private JsonNode send(HttpRequest request) {
    HttpResponse<byte[]> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw GatewayException.unreachable(api, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw GatewayException.unreachable(api, e);
    }
    int status = response.statusCode();
    JsonNode body = parse(response.body());
    if (status / 100 != 2) {
      throw error(status, body, response.body());
    }
    if (body == null) {
      throw GatewayException.unreadable(api, status, "the body is not JSON");
    }
    return body;
  }

  /** The API's {@code {"code","message"}} body, or the start of whatever a proxy answered. */
  private static GatewayException error(int status, JsonNode body, byte[] raw) {
    if (body != null && body.hasNonNull("code")) {
      return GatewayException.answered(
          status, body.path("code").asText(), body.path("message").asText("(no message)"));
    }
    String text = new String(raw, StandardCharsets.UTF_8).strip();
    return GatewayException.answered(
        status, "http_" + status, text.isEmpty() ? "(no body)" : abbreviate(text));
  }

  private JsonNode parse(byte[] body) {
    try {
      return body.length == 0 ? null : mapper.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  private byte[] json(JsonNode node) {
    try {
      return mapper.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a request body", e);
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "...";
  }
}
