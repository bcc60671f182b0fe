package io.scrapeline.system.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Submits batches of {@link SlowFixtureWeb} pages through the gateway and audits them the way the
 * failure semantics of ARCHITECTURE.md demand: the batch completes, every {@code input_index} has
 * exactly one terminal result, the counters equal the item states, and no item was scraped into two
 * different results. Every call has a timeout: while a process is down, a call fails and is retried
 * rather than hanging.
 */
public final class BatchAudit {

  /** Longest wait for a batch to make progress or to complete, fault included. */
  public static final Duration BATCH_DEADLINE = Duration.ofMinutes(4);

  /** The sentence {@link SlowFixtureWeb} puts in every page: which response, for which page. */
  private static final Pattern SERVED =
      Pattern.compile("served as (nonce-\\d+) for page (\\d+)\\.");

  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration SUBMIT_TIMEOUT = Duration.ofSeconds(60);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final String baseUrl;
  private final String apiKey;

  public BatchAudit(String baseUrl, String apiKey) {
    this.baseUrl = baseUrl;
    this.apiKey = apiKey;
  }

  /**
   * Submits {@code urls} (markdown only) and returns the batch id once the gateway answered 202.
   */
  public String submit(List<String> urls) {
    HttpResponse<String> response = post(urls);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    try {
      return JSON.readTree(response.body()).path("id").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Submits {@code urls} (markdown only) and answers the gateway's response, whatever it is. */
  public HttpResponse<String> post(List<String> urls) {
    try {
      String body = JSON.writeValueAsString(Map.of("urls", urls, "formats", List.of("markdown")));
      return http.send(
          request("/v1/batch/scrape")
              // Publishing 2,000 requests and waiting for Kafka's acknowledgements takes a
              // cold gateway on a busy machine longer than a read.
              .timeout(SUBMIT_TIMEOUT)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** How many of the tenant's batches have batch status {@code status}, from the listing. */
  public int batchesWithStatus(String status) {
    return get("/v1/batch/scrape?limit=1&status=" + status)
        .map(list -> list.path("pagination").path("total").asInt())
        .orElseThrow(() -> new AssertionError("the batch list could not be read"));
  }

  /** The batch's counters and status now, or empty while the gateway or store cannot answer. */
  public Optional<Summary> summary(String id) {
    return get("/v1/batch/scrape/" + id + "?page_size=1").map(Summary::of);
  }

  /**
   * Waits until at least {@code fraction} of the batch is finished and returns that summary; the
   * batch must not be complete yet, or the fault that follows would not be mid-batch.
   */
  public Summary awaitProgress(String id, double fraction) {
    AtomicReference<Summary> last = new AtomicReference<>();
    await("batch " + id + " " + Math.round(fraction * 100) + "% finished")
        .atMost(BATCH_DEADLINE)
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              Optional<Summary> now = summary(id);
              now.ifPresent(last::set);
              return now.map(s -> s.finished() >= fraction * s.total()).orElse(false);
            });
    Summary reached = last.get();
    assertThat(reached.pending())
        .as("the batch must still be running when the fault comes: %s", reached)
        .isPositive();
    return reached;
  }

  /** Waits until the batch is completed, checking on every poll that the counters add up. */
  public Summary awaitCompleted(String id) {
    AtomicReference<Summary> last = new AtomicReference<>();
    await("batch " + id + " completed")
        .atMost(BATCH_DEADLINE)
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(250))
        .until(
            () -> {
              Optional<Summary> now = summary(id);
              now.ifPresent(
                  s -> {
                    s.assertConsistent();
                    last.set(s);
                  });
              return now.map(s -> s.status().equals("completed")).orElse(false);
            });
    return last.get();
  }

  /** The nonce stored for every item completed so far, read page by page. */
  public Map<Integer, String> completedNonces(String id) {
    Map<Integer, String> nonces = new HashMap<>();
    for (JsonNode item : items(id, "&status=completed")) {
      nonces.put(item.path("input_index").asInt(), nonce(item));
    }
    return nonces;
  }

  /**
   * The audit of a completed batch of {@code web.pageUrls(total)}.
   *
   * @param before nonces stored before the fault ({@link #completedNonces}); they must not change
   */
  public void assertExactlyOnce(
      String id, SlowFixtureWeb web, int total, Map<Integer, String> before) {
    Summary summary = awaitCompleted(id);
    assertThat(summary.total()).isEqualTo(total);
    List<String> urls = web.pageUrls(total);

    List<JsonNode> items = items(id, "");
    Map<String, Integer> states = new HashMap<>();
    List<Integer> indices = new ArrayList<>(items.size());
    for (JsonNode item : items) {
      int index = item.path("input_index").asInt();
      indices.add(index);
      states.merge(item.path("status").asText(), 1, Integer::sum);
      assertThat(item.path("url").asText()).as("url of item %d", index).isEqualTo(urls.get(index));
      assertThat(item.path("status").asText())
          .as("item %d ended %s", index, item.path("error"))
          .isEqualTo("completed");
      String markdown = item.path("data").path("markdown").asText();
      assertThat(markdown)
          .as("item %d's markdown", index)
          .containsPattern("for page " + index + "\\.");
      String nonce = nonce(item);
      assertThat(web.served(index))
          .as("item %d holds %s, which its own URL must have served", index, nonce)
          .contains(nonce);
      if (before.containsKey(index)) {
        assertThat(nonce)
            .as("item %d was stored before the fault and must keep that result", index)
            .isEqualTo(before.get(index));
      }
    }
    assertThat(indices)
        .as("every input_index exactly once, in order")
        .containsExactlyElementsOf(java.util.stream.IntStream.range(0, total).boxed().toList());
    assertThat(
            Map.of(
                "completed", summary.completed(),
                "failed", summary.failed(),
                "cancelled", summary.cancelled(),
                "pending", summary.pending()))
        .as("counters against the item states")
        .isEqualTo(
            Map.of(
                "completed", states.getOrDefault("completed", 0),
                "failed", states.getOrDefault("failed", 0),
                "cancelled", states.getOrDefault("cancelled", 0),
                "pending", states.getOrDefault("pending", 0)));
  }

  /** Every item of the batch, following {@code next} through pages of 100. */
  private List<JsonNode> items(String id, String filter) {
    List<JsonNode> items = new ArrayList<>();
    String next = "/v1/batch/scrape/" + id + "?page_size=100" + filter;
    while (next != null) {
      String page = next;
      JsonNode document =
          await("page " + page)
              .atMost(Duration.ofMinutes(1))
              .pollDelay(Duration.ZERO)
              .pollInterval(Duration.ofMillis(500))
              .until(() -> get(page).orElse(null), found -> found != null);
      document.path("results").forEach(items::add);
      JsonNode link = document.path("next");
      next = link.isTextual() ? link.asText() : null;
    }
    return items;
  }

  private static String nonce(JsonNode item) {
    Matcher served = SERVED.matcher(item.path("data").path("markdown").asText());
    return served.find() ? served.group(1) : "(no nonce)";
  }

  private Optional<JsonNode> get(String path) {
    try {
      HttpResponse<String> response =
          http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200
          ? Optional.of(JSON.readTree(response.body()))
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(CALL_TIMEOUT)
        .header("Authorization", "Bearer " + apiKey);
  }

  /** A batch's status document without its items. */
  public record Summary(
      String status, int total, int completed, int failed, int cancelled, int pending) {

    static Summary of(JsonNode document) {
      return new Summary(
          document.path("status").asText(),
          document.path("total").asInt(),
          document.path("completed").asInt(),
          document.path("failed").asInt(),
          document.path("cancelled").asInt(),
          document.path("pending").asInt());
    }

    public int finished() {
      return completed + failed + cancelled;
    }

    void assertConsistent() {
      assertThat(pending)
          .as("pending = total - completed - failed - cancelled in %s", this)
          .isEqualTo(total - completed - failed - cancelled)
          .isNotNegative();
    }
  }
}
