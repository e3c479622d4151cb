package org.stakeholderportal.web.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API lives under /api; its OpenAPI document is served at /openapi. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Stakeholder Portal API", version = "1",
        description = "Contributions of accredited organisations, and the portal's public data. Calls on behalf of a person"
                + " carry their Keycloak access token as a bearer token."))
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class PortalApi extends Application {
}
