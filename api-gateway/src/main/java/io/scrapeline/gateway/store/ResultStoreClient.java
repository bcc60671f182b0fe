package io.scrapeline.gateway.store;

import io.scrapeline.model.internal.CreateBatch;
import io.scrapeline.model.internal.InternalApi;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The result store's internal API. Answers come back as {@link Response} so that the store's own
 * status and error body reach the client unchanged; the default exception mapper is off (see
 * application.properties).
 */
@RegisterRestClient(configKey = "result-store")
@Path("/internal/batches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ResultStoreClient {

  @POST
  Response create(@HeaderParam(InternalApi.TOKEN_HEADER) String token, CreateBatch batch);

  @POST
  @Path("/{id}/fail")
  Response fail(
      @HeaderParam(InternalApi.TOKEN_HEADER) String token,
      @PathParam("id") UUID id,
      Map<String, String> reason);

  @GET
  @Path("/{id}")
  Response status(
      @HeaderParam(InternalApi.TOKEN_HEADER) String token,
      @PathParam("id") UUID id,
      @QueryParam("tenant") String tenant,
      @QueryParam("kind") String kind,
      @QueryParam("page") String page,
      @QueryParam("page_size") String pageSize,
      @QueryParam("from") String from,
      @QueryParam("status") String status);

  @GET
  Response list(
      @HeaderParam(InternalApi.TOKEN_HEADER) String token,
      @QueryParam("tenant") String tenant,
      @QueryParam("kind") String kind,
      @QueryParam("page") String page,
      @QueryParam("limit") String limit,
      @QueryParam("status") String status);

  @GET
  @Path("/{id}/errors")
  Response errors(
      @HeaderParam(InternalApi.TOKEN_HEADER) String token,
      @PathParam("id") UUID id,
      @QueryParam("tenant") String tenant,
      @QueryParam("kind") String kind);

  @GET
  @Path("/{id}/items/{inputIndex}/links")
  Response links(
      @HeaderParam(InternalApi.TOKEN_HEADER) String token,
      @PathParam("id") UUID id,
      @PathParam("inputIndex") int inputIndex,
      @QueryParam("tenant") String tenant,
      @QueryParam("from") String from,
      @QueryParam("limit") String limit);

  @POST
  @Path("/{id}/cancel")
  Response cancel(
      @HeaderParam(InternalApi.TOKEN_HEADER) String token,
      @PathParam("id") UUID id,
      @QueryParam("tenant") String tenant,
      @QueryParam("kind") String kind);
}
