package io.scrapeline.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.scrapeline.local.FreePorts;
import io.scrapeline.system.support.FixtureWeb;
import io.scrapeline.system.support.RunningStack;
import io.scrapeline.system.support.StackExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Thousands of URLs through Kafka, the workers and PostgreSQL: every one ends exactly once,
 * counters exact.
 */
class LargeBatchPipelineIT {

  private static final int URLS = 5000;
  private static final int HOSTS = 10;

  @RegisterExtension static final StackExtension STACK = new StackExtension();

  @Test
  void fiveThousandUrlsOverTenHostsEndWithExactlyOneResultEach() throws Exception {
    try (FixtureWeb web = new FixtureWeb(HOSTS, FreePorts.pick())) {
      List<String> urls = IntStream.range(0, URLS).mapToObj(web::pageUrl).toList();
      String id =
          api()
              .contentType(ContentType.JSON)
              .body(Map.of("urls", urls))
              .post("/v1/batch/scrape")
              .then()
              .statusCode(202)
              .extract()
              .path("id");

      await()
          .atMost(Duration.ofMinutes(3))
          .pollInterval(Duration.ofMillis(250))
          .until(() -> countersAreConsistent(id).equals("completed"));

      Set<Integer> seen = new HashSet<>();
      List<Integer> order = new ArrayList<>();
      String next = "/v1/batch/scrape/" + id + "?page_size=100";
      while (next != null) {
        Response page = api().get(next);
        for (Map<String, Object> item : page.<List<Map<String, Object>>>path("results")) {
          int index = (Integer) item.get("input_index");
          order.add(index);
          assertThat(seen.add(index)).as("index %d listed twice", index).isTrue();
          assertThat(item.get("status")).isEqualTo("completed");
          @SuppressWarnings("unchecked")
          Map<String, Object> data = (Map<String, Object>) item.get("data");
          assertThat((String) data.get("markdown")).contains("# Article " + index + " on");
        }
        next = page.path("next");
      }
      assertThat(order).isSorted().hasSize(URLS);
      assertThat(api().get("/v1/batch/scrape/" + id).<Integer>path("completed")).isEqualTo(URLS);
    }
  }

  /**
   * Checks pending = total - completed - failed - cancelled on one poll and returns the batch
   * status.
   */
  private static String countersAreConsistent(String id) {
    Response summary = api().get("/v1/batch/scrape/" + id + "?page_size=1");
    int total = summary.path("total");
    int completed = summary.path("completed");
    int failed = summary.path("failed");
    int cancelled = summary.path("cancelled");
    int pending = summary.path("pending");
    assertThat(total).isEqualTo(URLS);
    assertThat(pending).isEqualTo(total - completed - failed - cancelled).isGreaterThanOrEqualTo(0);
    return summary.path("status");
  }

  private static io.restassured.specification.RequestSpecification api() {
    return given().baseUri(STACK.baseUrl()).header("Authorization", "Bearer " + RunningStack.KEY_A);
  }
}
