package io.scrapeline.gateway.store;

import io.scrapeline.gateway.rest.ApiException;
import io.scrapeline.model.BatchKind;
import io.scrapeline.model.internal.CreateBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Calls to the result store with timeouts; reads are retried, writes are not (a retried create
 * could race its own first attempt). An unreachable store becomes 503 {@code unavailable}.
 */
@ApplicationScoped
public class ResultStore {

  private final ResultStoreClient client;
  private final String token;

  public ResultStore(
      @RestClient ResultStoreClient client,
      @ConfigProperty(name = "scrapeline.internal-token") String token) {
    this.client = client;
    this.token = token;
  }

  @Timeout(value = 10, unit = ChronoUnit.SECONDS)
  public Response create(CreateBatch batch) {
    return call(() -> client.create(token, batch));
  }

  @Timeout(value = 5, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 100, retryOn = ApiException.class)
  public Response fail(UUID id, String code, String message) {
    return call(() -> client.fail(token, id, Map.of("code", code, "message", message)));
  }

  @Timeout(value = 5, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 100, retryOn = ApiException.class)
  public Response status(
      UUID id,
      String tenant,
      BatchKind kind,
      String page,
      String pageSize,
      String from,
      String status) {
    return call(() -> client.status(token, id, tenant, kind.code(), page, pageSize, from, status));
  }

  @Timeout(value = 5, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 100, retryOn = ApiException.class)
  public Response list(String tenant, BatchKind kind, String page, String limit, String status) {
    return call(() -> client.list(token, tenant, kind.code(), page, limit, status));
  }

  @Timeout(value = 5, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 100, retryOn = ApiException.class)
  public Response errors(UUID id, String tenant, BatchKind kind) {
    return call(() -> client.errors(token, id, tenant, kind.code()));
  }

  @Timeout(value = 5, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 100, retryOn = ApiException.class)
  public Response links(UUID id, String tenant, int inputIndex, String from, String limit) {
    return call(() -> client.links(token, id, inputIndex, tenant, from, limit));
  }

  @Timeout(value = 10, unit = ChronoUnit.SECONDS)
  public Response cancel(UUID id, String tenant, BatchKind kind) {
    return call(() -> client.cancel(token, id, tenant, kind.code()));
  }

  /** Connection failures and the store's own 5xx answers are "unavailable" to our clients. */
  private static Response call(java.util.function.Supplier<Response> request) {
    Response response;
    try {
      response = request.get();
    } catch (ProcessingException e) {
      throw ApiException.unavailable("the result store cannot be reached");
    }
    if (response.getStatus() >= 500) {
      response.close();
      throw ApiException.unavailable("the result store is not available");
    }
    return response;
  }
}
