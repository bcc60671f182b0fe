package io.scrapeline.gateway.firecrawl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scrapeline.gateway.rest.ApiException;
import io.scrapeline.gateway.rest.RequestGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.function.Function;

/**
 * What every Firecrawl endpoint does with a request, whichever path it came in on: the same checks
 * as the native endpoints (tenant, JSON body, size, ids, idempotency key), then the {@link
 * FirecrawlAdapter}. Firecrawl answers 200 to everything that succeeds.
 */
@ApplicationScoped
public class FirecrawlCalls {

  private final FirecrawlAdapter adapter;
  private final RequestGuard guard;

  public FirecrawlCalls(FirecrawlAdapter adapter, RequestGuard guard) {
    this.adapter = adapter;
    this.guard = guard;
  }

  /**
   * Whether a POST to a path the native API shares is a Firecrawl request: opted in by header or
   * query, or a JSON body in Firecrawl's vocabulary. Marks it when it is.
   */
  public boolean claim(ContainerRequestContext request, String contentType, byte[] body) {
    if (FirecrawlRouting.isMarked(request)) {
      return true;
    }
    JsonNode parsed;
    try {
      guard.requireJsonBody(contentType, body);
      parsed = adapter.readObject(body);
    } catch (ApiException notForUs) {
      return false;
    }
    if (FirecrawlDetection.speaksFirecrawl(parsed)) {
      FirecrawlRouting.mark(request);
      return true;
    }
    return false;
  }

  public Response submit(
      ContainerRequestContext request,
      FirecrawlVersion version,
      String contentType,
      String idempotencyKey,
      byte[] body,
      Function<UUID, StatusUrl> statusUrl) {
    String tenant = guard.tenant(request);
    guard.requireJsonBody(contentType, body);
    ObjectNode firecrawlBody = adapter.readObject(body);
    return ok(
        adapter.submit(
            tenant, version, firecrawlBody, guard.idempotencyKey(idempotencyKey), statusUrl));
  }

  public Response scrape(
      ContainerRequestContext request,
      FirecrawlVersion version,
      String contentType,
      String idempotencyKey,
      byte[] body) {
    String tenant = guard.tenant(request);
    guard.requireJsonBody(contentType, body);
    ObjectNode firecrawlBody = adapter.readObject(body);
    return ok(adapter.scrape(tenant, version, firecrawlBody, guard.idempotencyKey(idempotencyKey)));
  }

  public Response status(
      ContainerRequestContext request,
      String id,
      String skip,
      String limit,
      Function<UUID, StatusUrl> statusUrl) {
    String tenant = guard.tenant(request);
    UUID batch = guard.batchId(id);
    FirecrawlPage page = FirecrawlPage.of(skip, limit);
    return ok(adapter.status(tenant, batch, page, statusUrl.apply(batch)));
  }

  public Response errors(ContainerRequestContext request, String id) {
    return ok(adapter.errors(guard.tenant(request), guard.batchId(id)));
  }

  public Response cancel(ContainerRequestContext request, String id) {
    return ok(adapter.cancel(guard.tenant(request), guard.batchId(id)));
  }

  /**
   * Firecrawl's SDKs send {@code x-idempotency-key}; the native {@code Idempotency-Key} is taken
   * too.
   */
  public static String idempotencyKey(String firecrawlKey, String nativeKey) {
    return firecrawlKey != null && !firecrawlKey.isBlank() ? firecrawlKey : nativeKey;
  }

  private static Response ok(ObjectNode body) {
    return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
  }
}
