package org.commissioning.marketplace.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, under /api. Its OpenAPI document is served at /openapi. */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Regional Commissioning Marketplace API", version = "1",
                description = "Hubs, councils and providers commissioning children's placements together. "
                        + "Errors are application/problem+json (RFC 9457)."),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "token")})
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A personal API token issued with POST /api/me/tokens")
public class RestApplication extends Application {
}
