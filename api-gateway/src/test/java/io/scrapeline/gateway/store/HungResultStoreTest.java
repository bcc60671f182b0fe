package io.scrapeline.gateway.store;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.scrapeline.local.EmbeddedStackTestResource;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A result store that takes connections but never answers: every call ends in 503, never 500. */
@QuarkusTest
@WithTestResource(EmbeddedStackTestResource.class)
@WithTestResource(SilentResultStore.class)
class HungResultStoreTest {

  @Test
  void aStatusReadAnswers503WhenTheStoreDoesNotAnswer() {
    given()
        .header("Authorization", "Bearer key-a")
        .get("/v1/batch/scrape/" + UUID.randomUUID())
        .then()
        .statusCode(503)
        .body("code", equalTo("unavailable"))
        .body(not(containsString("Exception")));
  }

  @Test
  void aSubmissionAnswers503AndTheBatchIsMarkedFailedInCaseTheStoreKeptIt() {
    given()
        .header("Authorization", "Bearer key-a")
        .contentType(ContentType.JSON)
        .body("{\"urls\": [\"https://example.com/a\"]}")
        .post("/v1/batch/scrape")
        .then()
        .statusCode(503)
        .body("code", equalTo("unavailable"))
        .body(not(containsString("Exception")));
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(SilentResultStore.REQUEST_LINES)
                    .anySatisfy(line -> assertThat(line).startsWith("POST /internal/batches "))
                    .anySatisfy(
                        line -> assertThat(line).matches("POST /internal/batches/.+/fail .*")));
  }
}
