package io.scrapeline.resultstore.rest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.scrapeline.model.internal.ApiError;
import io.scrapeline.resultstore.repository.DataAccessException;
import io.scrapeline.resultstore.service.StoreException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one exception mapper of the service: every failure becomes an {@code ApiError} body with the
 * status and code of API.md. Unexpected failures are logged here and answered without detail; no
 * response ever carries a stack trace.
 */
public class ApiErrorMapper {

  private static final Logger LOG = Logger.getLogger(ApiErrorMapper.class);

  @ServerExceptionMapper
  public RestResponse<ApiError> refused(StoreException e) {
    return error(e.status(), e.code(), e.getMessage());
  }

  /** Malformed or invalid JSON bodies, including records whose constructor refused a value. */
  @ServerExceptionMapper({JacksonException.class, MismatchedInputException.class})
  public RestResponse<ApiError> unreadableBody(JacksonException e) {
    String reason =
        e instanceof ValueInstantiationException invalid && invalid.getCause() != null
            ? invalid.getCause().getMessage()
            : e.getOriginalMessage();
    return error(400, "invalid_request", "unreadable JSON body: " + reason);
  }

  /** The framework's own refusals: unknown route, wrong method or media type, bad body. */
  @ServerExceptionMapper
  public RestResponse<ApiError> framework(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    if (e.getCause() instanceof JacksonException json) {
      return unreadableBody(json);
    }
    return switch (status) {
      case 400 -> error(status, "invalid_request", "malformed request");
      case 401 -> error(status, "unauthorized", "unauthorized");
      case 404 -> error(status, "not_found", "no such resource");
      case 405 -> error(status, "method_not_allowed", "method not allowed");
      case 415 -> error(status, "unsupported_media_type", "the body must be JSON");
      default -> status >= 500 ? internal(e) : error(status, "invalid_request", e.getMessage());
    };
  }

  @ServerExceptionMapper
  public RestResponse<ApiError> database(DataAccessException e) {
    if (e.isTransient()) {
      LOG.warn("the database is unavailable", e);
      return error(503, "unavailable", "the database cannot be reached");
    }
    return internal(e);
  }

  @ServerExceptionMapper
  public RestResponse<ApiError> databaseConnection(JDBCConnectionException e) {
    LOG.warn("the database is unavailable", e);
    return error(503, "unavailable", "the database cannot be reached");
  }

  @ServerExceptionMapper
  public RestResponse<ApiError> unexpected(Throwable e) {
    return internal(e);
  }

  private static RestResponse<ApiError> internal(Throwable e) {
    LOG.error("internal error", e);
    return error(500, "internal_error", "internal error");
  }

  private static RestResponse<ApiError> error(int status, String code, String message) {
    return RestResponse.ResponseBuilder.<ApiError>create(status)
        .entity(ApiError.of(code, message))
        .type(MediaType.APPLICATION_JSON_TYPE)
        .build();
  }
}
