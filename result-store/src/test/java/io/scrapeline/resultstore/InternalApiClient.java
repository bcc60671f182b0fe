package io.scrapeline.resultstore;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.scrapeline.model.BatchKind;
import io.scrapeline.model.internal.CreateBatch;
import io.scrapeline.model.internal.CreatedBatch;
import io.scrapeline.model.internal.InternalApi;
import io.scrapeline.model.json.WireJson;
import java.util.UUID;

/** The internal API as the gateway calls it: with the token, JSON in the wire format. */
public final class InternalApiClient {

  /** The %test value of scrapeline.internal-token. */
  public static final String TOKEN = "test-internal-token";

  private InternalApiClient() {}

  public static RequestSpecification api() {
    return given().header(InternalApi.TOKEN_HEADER, TOKEN).contentType(ContentType.JSON);
  }

  public static ValidatableResponse post(CreateBatch request) {
    return api().body(WireJson.write(request)).post("/internal/batches").then();
  }

  /** Creates the batch, expecting 201. */
  public static CreatedBatch create(CreateBatch request) {
    byte[] body = post(request).statusCode(201).extract().asByteArray();
    return WireJson.read(body, CreatedBatch.class);
  }

  /** The status document of a scrape batch, with extra query parameters such as "page=2". */
  public static ValidatableResponse status(UUID id, String tenant, String query) {
    return status(id, tenant, BatchKind.SCRAPE, query);
  }

  public static ValidatableResponse status(UUID id, String tenant, BatchKind kind, String query) {
    String suffix = query.isEmpty() ? "" : "&" + query;
    return api()
        .get("/internal/batches/" + id + "?tenant=" + tenant + "&kind=" + kind.code() + suffix)
        .then();
  }

  public static ValidatableResponse cancel(UUID id, String tenant) {
    return api()
        .post("/internal/batches/" + id + "/cancel?tenant=" + tenant + "&kind=scrape")
        .then();
  }
}
