package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The deployed EAR against the real MariaDB and Keycloak: schema, health, security, headers. */
class FoundationIT extends PortalBlackBox {

    private HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return TestStackAccess.send(request.build());
    }

    @Test
    void flywayCreatedTheSchemaInMariaDb() throws Exception {
        try (Connection db = TestStackAccess.database(); Statement st = db.createStatement()) {
            ResultSet history = st.executeQuery("SELECT version, success FROM flyway_schema_history WHERE version = '1'");
            assertTrue(history.next(), "migration 1 is recorded");
            assertTrue(history.getBoolean("success"));
            ResultSet person = st.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'portal' AND table_name = 'person'");
            person.next();
            assertEquals(1, person.getInt(1));
        }
    }

    @Test
    void healthEndpointReportsDatabaseAndSchemaVersion() {
        HttpResponse<String> response = get("/api/health", "Accept", "application/json");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = TestStackAccess.json(response.body());
        assertEquals("UP", health.getString("status"));
        assertEquals("UP", health.getString("database"));
        assertFalse(health.getString("schemaVersion").isBlank());
    }

    @Test
    void anonymousVisitorIsSentToKeycloakForTheWorkspace() {
        HttpResponse<String> response = get("/workspace/index.xhtml", "Accept", "text/html");
        assertEquals(302, response.statusCode());
        String location = response.headers().firstValue("Location").orElse("");
        assertTrue(location.startsWith(TestStackAccess.keycloakRealmUrl() + "/protocol/openid-connect/auth"), location);
    }

    @Test
    void homePageIsPublicAndCreatesNoSession() {
        HttpResponse<String> response = get("/", "Accept", "text/html");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Stakeholder Portal"));
        assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                "an anonymous reader gets no HTTP session: " + response.headers().allValues("Set-Cookie"));
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        HttpResponse<String> response = get("/");
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("strict-origin-when-cross-origin", response.headers().firstValue("Referrer-Policy").orElse(null));
        assertTrue(response.headers().allValues("Content-Security-Policy").stream().anyMatch(v -> v.contains("frame-ancestors 'self'")));
        assertTrue(response.headers().firstValue("Strict-Transport-Security").isEmpty(), "HSTS only over HTTPS");
    }

    @Test
    void bearerTokenFromKeycloakIdentifiesTheStakeholder() {
        String token = TestStackAccess.accessToken("amina", "amina");
        HttpResponse<String> response = get("/api/me", "Authorization", "Bearer " + token, "Accept", "application/json");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject me = TestStackAccess.json(response.body());
        assertEquals("amina", me.getString("username"));
        assertTrue(me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(r -> r.getString().equals("stakeholder")));
    }

    @Test
    void secretariatRoleComesFromTheToken() {
        String token = TestStackAccess.accessToken("sofia", "sofia");
        JsonObject me = TestStackAccess.json(get("/api/me", "Authorization", "Bearer " + token, "Accept", "application/json").body());
        assertTrue(me.getJsonArray("roles").toString().contains("secretariat"));
    }

    @Test
    void apiWithoutTokenIsUnauthorisedNotRedirected() {
        HttpResponse<String> response = get("/api/me", "Accept", "application/json", "X-Requested-With", "XMLHttpRequest");
        assertEquals(401, response.statusCode());
    }

    @Test
    void forgedTokenIsRefused() {
        String token = TestStackAccess.accessToken("amina", "amina");
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        HttpResponse<String> response = get("/api/me", "Authorization", "Bearer " + forged, "Accept", "application/json");
        assertEquals(401, response.statusCode());
    }

    @Test
    void stakeholderIsForbiddenFromSecretariatPages() {
        String token = TestStackAccess.accessToken("amina", "amina");
        HttpResponse<String> response = get("/secretariat/index.xhtml", "Authorization", "Bearer " + token);
        assertEquals(403, response.statusCode());
    }
}
