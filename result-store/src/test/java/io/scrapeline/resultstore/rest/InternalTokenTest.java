package io.scrapeline.resultstore.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.scrapeline.local.EmbeddedStackTestResource;
import io.scrapeline.model.internal.InternalApi;
import io.scrapeline.model.json.WireJson;
import io.scrapeline.resultstore.TestBatches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@WithTestResource(EmbeddedStackTestResource.class)
class InternalTokenTest {

  @Test
  void aCallWithoutTheTokenIsUnauthorized() {
    given()
        .contentType("application/json")
        .body(WireJson.write(TestBatches.scrape(TestBatches.newTenant(), 1)))
        .post("/internal/batches")
        .then()
        .statusCode(401)
        .body("code", equalTo("unauthorized"))
        .body("message", equalTo("a valid X-Internal-Token is required"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"wrong", "test-internal-token-but-longer", "test-internal-toke", " "})
  void aCallWithAWrongTokenIsUnauthorized(String token) {
    given()
        .header(InternalApi.TOKEN_HEADER, token)
        .get("/internal/batches?tenant=t&kind=scrape")
        .then()
        .statusCode(401)
        .body("code", equalTo("unauthorized"));
  }

  @Test
  void anUnknownInternalPathWithoutTheTokenIsUnauthorizedToo() {
    given().get("/internal/anything").then().statusCode(401).body("code", equalTo("unauthorized"));
  }

  @Test
  void anUnknownInternalPathWithTheTokenIsNotFound() {
    given()
        .header(InternalApi.TOKEN_HEADER, "test-internal-token")
        .get("/internal/anything")
        .then()
        .statusCode(404)
        .body("code", equalTo("not_found"));
  }

  @Test
  void healthNeedsNoToken() {
    given().get("/q/health/live").then().statusCode(200);
  }
}
