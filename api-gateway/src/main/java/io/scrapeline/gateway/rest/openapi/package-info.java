/**
 * Documentation-only records describing the native API's JSON bodies (shared/API.md) for the
 * generated OpenAPI document; nothing here is used at runtime.
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
            }))
package io.scrapeline.gateway.rest.openapi;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
