package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The personal-data API from outside with real Keycloak tokens: the JSON download holds the caller's data and no one
 * else's; a mistyped confirmation erases nothing; an erasure deletes the Keycloak account, and the audit chain the
 * secretariat checks still verifies.
 */
class PersonalDataApiIT extends PortalBlackBox {

    @Test
    void theDownloadHoldsTheCallersOwnDataOnly() {
        HttpResponse<String> download = get("/api/me/data", TestStackAccess.accessToken("kenji", "kenji"));
        assertEquals(200, download.statusCode(), download.body());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        JsonObject data = TestStackAccess.json(download.body());
        assertEquals("kenji", data.getJsonObject("person").getString("username"));
        assertEquals("kenji@cyberindustry.example.org", data.getJsonObject("person").getString("email"));
        assertTrue(data.getJsonArray("memberships").toString().contains("Pacific Cyber Industry Council"), data.toString());
        assertFalse(download.body().contains("amina@digitalrights.example.org"), "nothing of another person");
        assertEquals(401, get("/api/me/data", null).statusCode());
    }

    @Test
    void aMistypedConfirmationErasesNothing() {
        String token = TestStackAccess.accessToken("kenji", "kenji");
        HttpResponse<String> refused = erase(token, "kenj");
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("privacy.confirmationMismatch", TestStackAccess.json(refused.body()).getString("error"));
        assertEquals("kenji", TestStackAccess.json(get("/api/me/data", token).body()).getJsonObject("person").getString("username"));
    }

    @Test
    void anErasureDeletesTheKeycloakAccountAndTheAuditChainStillVerifies() {
        String username = "it-api-erasure-" + UUID.randomUUID().toString().substring(0, 8);
        String password = UUID.randomUUID().toString();
        createUser(username, password);
        String token = TestStackAccess.accessToken(username, password);
        HttpResponse<String> download = get("/api/me/data", token);
        assertEquals(200, download.statusCode(), download.body());
        assertTrue(download.body().contains(username + "@example.org"));

        HttpResponse<String> erased = erase(token, username);

        assertEquals(200, erased.statusCode(), erased.body());
        String pseudonym = TestStackAccess.json(erased.body()).getString("pseudonym");
        assertTrue(pseudonym.startsWith("deleted-"), pseudonym);
        assertThrows(IllegalStateException.class, () -> TestStackAccess.accessToken(username, password), "the account is gone");
        HttpResponse<String> verification = get("/api/audit/verification", TestStackAccess.accessToken("sofia", "sofia"));
        assertEquals(200, verification.statusCode(), verification.body());
        assertTrue(TestStackAccess.json(verification.body()).getBoolean("intact"), verification.body());
        HttpResponse<String> csv = TestStackAccess.send(HttpRequest.newBuilder(URI.create(url("/api/audit/events.csv")))
                .header("Authorization", "Bearer " + TestStackAccess.accessToken("sofia", "sofia")).header("Accept", "text/csv").GET().build());
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.body().contains(pseudonym), "the trail shows the pseudonym");
        assertEquals(List.of(), csv.body().lines().filter(line -> line.contains(username)).toList(), "and never the username");
    }

    private HttpResponse<String> get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "application/json").GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return TestStackAccess.send(request.build());
    }

    private HttpResponse<String> erase(String token, String confirmation) {
        return TestStackAccess.send(HttpRequest.newBuilder(URI.create(url("/api/me/erasure")))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("username", confirmation).build().toString()))
                .build());
    }

    /** A new stakeholder in the test realm, through the admin API with the portal client's service account. */
    static void createUser(String username, String password) {
        HttpResponse<String> token = TestStackAccess.send(HttpRequest.newBuilder(URI.create(TestStackAccess.keycloakRealmUrl()
                        + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=portal&client_secret="
                        + URLEncoder.encode("portal-demo-secret-change-me", StandardCharsets.UTF_8))).build());
        assertEquals(200, token.statusCode(), token.body());
        String user = Json.createObjectBuilder().add("username", username).add("email", username + "@example.org")
                .add("firstName", "Api").add("lastName", "Erasure").add("enabled", true).add("emailVerified", true)
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "password")
                        .add("value", password).add("temporary", false))).build().toString();
        HttpResponse<String> created = TestStackAccess.send(HttpRequest.newBuilder(URI.create(
                        TestStackAccess.keycloakRealmUrl().replace("/realms/", "/admin/realms/") + "/users"))
                .header("Authorization", "Bearer " + TestStackAccess.json(token.body()).getString("access_token"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(user)).build());
        assertEquals(201, created.statusCode(), created.body());
    }
}
