package io.scrapeline.gateway.rest;

import io.scrapeline.model.internal.ApiError;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place errors become responses: API error bodies, never a stack trace. */
public class ApiExceptionMapper {

  private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class);

  @ServerExceptionMapper
  public Response apiError(ApiException exception) {
    Response.ResponseBuilder response =
        Response.status(exception.status())
            .type(MediaType.APPLICATION_JSON)
            .entity(exception.error());
    if (exception.retryAfterSeconds() != null) {
      response.header("Retry-After", exception.retryAfterSeconds());
    }
    return response.build();
  }

  @ServerExceptionMapper
  public Response notFound(NotFoundException exception) {
    return body(404, ApiError.of("not_found", "no such resource"));
  }

  @ServerExceptionMapper
  public Response notAllowed(NotAllowedException exception) {
    return body(405, ApiError.of("method_not_allowed", "method not allowed on this resource"));
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException exception) {
    int status = exception.getResponse().getStatus();
    if (status == 415) {
      return body(415, ApiError.of("unsupported_media_type", "the body must be JSON"));
    }
    if (status >= 500) {
      LOG.error("request failed", exception);
      return body(500, ApiError.of("internal_error", "internal error"));
    }
    return body(status, ApiError.of("invalid_request", "the request could not be processed"));
  }

  /**
   * A result store call that timed out (or was refused by a fault-tolerance guard): the store is
   * there but not answering, which for our client is the same as unreachable.
   */
  @ServerExceptionMapper
  public Response storeNotAnswering(FaultToleranceException exception) {
    LOG.warnf("the result store did not answer: %s", exception.toString());
    return body(503, ApiError.of("unavailable", "the result store is not available"));
  }

  @ServerExceptionMapper
  public Response unexpected(RuntimeException exception) {
    LOG.error("unexpected failure", exception);
    return body(500, ApiError.of("internal_error", "internal error"));
  }

  private static Response body(int status, ApiError error) {
    return Response.status(status).type(MediaType.APPLICATION_JSON).entity(error).build();
  }
}
