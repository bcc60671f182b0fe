package io.scrapeline.gateway.store;

import io.scrapeline.gateway.rest.ApiException;
import io.scrapeline.model.internal.ApiError;
import jakarta.ws.rs.core.Response;

/** A result store answer as the gateway passes it on: its status and its JSON body, unchanged. */
public record StoreAnswer(int status, String json) {

  /** When the active-batch cap refuses a submission: batches take seconds to minutes to finish. */
  static final int ACTIVE_BATCH_RETRY_AFTER_SECONDS = 10;

  /** Success answers as they are; error answers become the same API error for our client. */
  public static StoreAnswer of(Response response) {
    try (response) {
      if (response.getStatus() >= 400) {
        ApiError error;
        try {
          error = response.readEntity(ApiError.class);
        } catch (RuntimeException unreadable) {
          error = ApiError.of("internal_error", "unexpected answer from the result store");
        }
        throw refusal(response.getStatus(), error);
      }
      return new StoreAnswer(response.getStatus(), response.readEntity(String.class));
    }
  }

  /**
   * The refusal our client gets for a result store error: the same status and body, and for the
   * active-batch cap's 429 the {@code Retry-After} that API.md promises with every 429.
   */
  static ApiException refusal(int status, ApiError error) {
    if (status == 429) {
      return ApiException.rateLimited(error.message(), ACTIVE_BATCH_RETRY_AFTER_SECONDS);
    }
    return new ApiException(status, error.code(), error.message(), error.details());
  }

  public Response toResponse() {
    return Response.status(status).type("application/json").entity(json).build();
  }
}
