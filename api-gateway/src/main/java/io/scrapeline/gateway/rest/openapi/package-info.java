/**
 * Documentation-only records describing the native API's JSON bodies (shared/API.md) for the
 * generated OpenAPI document; nothing here is used at runtime.
 *
 * <p>The responses and parameters several endpoints share are declared once here, as components,
 * and the resources refer to them by name ({@code @APIResponse(ref = "NotFound")},
 * {@code @Parameter(ref = "page")}), so each one is described in one place.
 */
@OpenAPIDefinition(
    info = @Info(title = "Scrapeline API", version = "1"),
    components =
        @Components(
            securitySchemes = {
              @SecurityScheme(
                  securitySchemeName = "bearer",
                  type = SecuritySchemeType.HTTP,
                  scheme = "bearer",
                  description = "Authorization: Bearer <key>"),
              @SecurityScheme(
                  securitySchemeName = "api_key",
                  type = SecuritySchemeType.APIKEY,
                  in = SecuritySchemeIn.HEADER,
                  apiKeyName = "X-Api-Key",
                  description = "X-Api-Key: <key>")
            },
            responses = {
              @APIResponse(
                  name = "Submitted",
                  description = "Accepted: every valid URL is enqueued",
                  content =
                      @Content(
                          mediaType = JSON,
                          schema = @Schema(implementation = SubmittedDoc.class))),
              @APIResponse(
                  name = "Replayed",
                  description =
                      "Idempotency-Key replay: the batch created earlier with the same key and body",
                  content =
                      @Content(
                          mediaType = JSON,
                          schema = @Schema(implementation = SubmittedDoc.class))),
              @APIResponse(
                  name = "BadQuery",
                  description = BAD_QUERY,
                  content =
                      @Content(
                          mediaType = JSON,
                          schema = @Schema(implementation = ErrorDoc.class))),
              @APIResponse(
                  name = "BadBody",
                  description = INVALID_BODY,
                  content =
                      @Content(
                          mediaType = JSON,
                          schema = @Schema(implementation = ErrorDoc.class))),
              @APIResponse(
                  name = "Unauthorized",
                  description = UNAUTHORIZED,
                  content =
                      @Content(
                          mediaType = JSON,
                          schema = @Schema(implementation = ErrorDoc.class))),
              @APIResponse(
                  name = "NotFound",
                  description = NOT_FOUND,
                  content =
                      @Content(
                          mediaType = JSON,
                          schema = @Schema(implementation = ErrorDoc.class))),
              @APIResponse(
                  name = "IdempotencyConflict",
                  description = IDEMPOTENCY_CONFLICT,
                  content =
                      @Content(
                          mediaType = JSON,
                          schema = @Schema(implementation = ErrorDoc.class))),
              @APIResponse(
                  name = "BatchFinished",
                  description = "batch_finished: the batch already completed",
                  content =
                      @Content(
                          mediaType = JSON,
                          schema = @Schema(implementation = ErrorDoc.class))),
              @APIResponse(
                  name = "TooLarge",
                  description = TOO_LARGE,
                  content =
                      @Content(
                          mediaType = JSON,
                          schema = @Schema(implementation = ErrorDoc.class))),
              @APIResponse(
                  name = "NotJson",
                  description = NOT_JSON,
                  content =
                      @Content(
                          mediaType = JSON,
                          schema = @Schema(implementation = ErrorDoc.class))),
              @APIResponse(
                  name = "RateLimited",
                  description = RATE_LIMITED,
                  headers =
                      @Header(
                          name = "Retry-After",
                          description = RETRY_AFTER,
                          schema = @Schema(type = SchemaType.INTEGER)),
                  content =
                      @Content(
                          mediaType = JSON,
                          schema = @Schema(implementation = ErrorDoc.class))),
              @APIResponse(
                  name = "Unavailable",
                  description = UNAVAILABLE,
                  content =
                      @Content(mediaType = JSON, schema = @Schema(implementation = ErrorDoc.class)))
            },
            parameters = {
              @Parameter(
                  name = "id",
                  in = ParameterIn.PATH,
                  required = true,
                  description = BATCH_ID,
                  schema = @Schema(type = SchemaType.STRING, format = "uuid")),
              @Parameter(
                  name = "page",
                  in = ParameterIn.QUERY,
                  description = "1-based page number",
                  schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1")),
              @Parameter(
                  name = "page_size",
                  in = ParameterIn.QUERY,
                  description = "Items per page",
                  schema =
                      @Schema(
                          type = SchemaType.INTEGER,
                          minimum = "1",
                          maximum = "100",
                          defaultValue = "10")),
              @Parameter(
                  name = "from",
                  in = ParameterIn.QUERY,
                  description = "0-based offset into the listed items, instead of page",
                  schema = @Schema(type = SchemaType.INTEGER, minimum = "0")),
              @Parameter(
                  name = "status",
                  in = ParameterIn.QUERY,
                  description = "Only items in this status",
                  schema =
                      @Schema(
                          type = SchemaType.STRING,
                          enumeration = {"pending", "completed", "failed", "cancelled"})),
              @Parameter(
                  name = "Idempotency-Key",
                  in = ParameterIn.HEADER,
                  description = IDEMPOTENCY_KEY,
                  schema = @Schema(maxLength = 255))
            }))
package io.scrapeline.gateway.rest.openapi;

import static io.scrapeline.gateway.rest.openapi.ApiDocs.BAD_QUERY;
import static io.scrapeline.gateway.rest.openapi.ApiDocs.BATCH_ID;
import static io.scrapeline.gateway.rest.openapi.ApiDocs.IDEMPOTENCY_CONFLICT;
import static io.scrapeline.gateway.rest.openapi.ApiDocs.IDEMPOTENCY_KEY;
import static io.scrapeline.gateway.rest.openapi.ApiDocs.INVALID_BODY;
import static io.scrapeline.gateway.rest.openapi.ApiDocs.JSON;
import static io.scrapeline.gateway.rest.openapi.ApiDocs.NOT_FOUND;
import static io.scrapeline.gateway.rest.openapi.ApiDocs.NOT_JSON;
import static io.scrapeline.gateway.rest.openapi.ApiDocs.RATE_LIMITED;
import static io.scrapeline.gateway.rest.openapi.ApiDocs.RETRY_AFTER;
import static io.scrapeline.gateway.rest.openapi.ApiDocs.TOO_LARGE;
import static io.scrapeline.gateway.rest.openapi.ApiDocs.UNAUTHORIZED;
import static io.scrapeline.gateway.rest.openapi.ApiDocs.UNAVAILABLE;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
