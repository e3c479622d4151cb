package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every request has an id, in the response and in the server log's lines it causes; the log holds no secret and no
 * contribution text. (Demo user passwords equal the user names, which the log does name, so the secrets checked are
 * the bearer token and the stack's database, client and Keycloak admin passwords.)
 */
class RequestIdLogIT extends PortalBlackBox {

    private HttpResponse<String> call(String token, String method, String path, JsonObject body, String requestId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        return TestStackAccess.send(request.build());
    }

    @Test
    void theLogNamesTheRequestButNeitherSecretsNorTheText() throws Exception {
        String token = TestStackAccess.accessToken("amina", "amina");
        String marker = "Marker" + UUID.randomUUID().toString().replace("-", "");
        String requestId = "it-" + UUID.randomUUID().toString().substring(0, 13);

        HttpResponse<String> created = call(token, "POST", "/api/contributions", Json.createObjectBuilder()
                .add("draftId", ContributionClient.revisedDraftId()).add("article", "art-1").build(), null);
        assertEquals(201, created.statusCode(), created.body());
        String generated = created.headers().firstValue("X-Request-Id").orElseThrow();
        assertTrue(generated.matches("[0-9a-f-]{36}"), "a request without an id gets one: " + generated);
        JsonObject started = TestStackAccess.json(created.body());
        long id = started.getJsonNumber("id").longValue();

        HttpResponse<String> written = call(token, "PUT", "/api/contributions/" + id, Json.createObjectBuilder()
                .add("version", started.getJsonNumber("version").longValue()).add("kind", "GENERAL_COMMENT").add("title", "Log probe " + marker)
                .add("comment", "<p>" + marker + " is the secret text.</p>").add("language", "en").build(), "bad id with spaces");
        assertEquals(200, written.statusCode(), written.body());
        String replaced = written.headers().firstValue("X-Request-Id").orElseThrow();
        assertNotEquals("bad id with spaces", replaced, "an unsafe id is replaced, never logged");

        HttpResponse<String> submitted = call(token, "POST", "/api/contributions/" + id + "/submit", Json.createObjectBuilder()
                .add("version", TestStackAccess.json(written.body()).getJsonNumber("version").longValue())
                .add("clientToken", "t-" + UUID.randomUUID()).build(), requestId);
        assertEquals(200, submitted.statusCode(), submitted.body());
        assertEquals(requestId, submitted.headers().firstValue("X-Request-Id").orElseThrow(), "a safe incoming id is kept");

        Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
        List<String> lines = awaitLine(log, requestId);
        assertTrue(lines.stream().anyMatch(l -> l.contains("[" + requestId + "]") && l.contains("Contribution " + id + " submitted")),
                "the submission's log line carries its request id");
        String all = String.join("\n", lines);
        for (String secret : List.of(marker, token, "portal-demo-password", "portal-demo-secret-change-me", "admin-demo", "bad id with spaces")) {
            assertFalse(all.contains(secret), "the server log must not contain " + (secret.equals(token) ? "the bearer token" : secret));
        }
    }

    private static List<String> awaitLine(Path log, String text) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            // Byte for byte: the server writes in its platform encoding, and only ASCII is looked for.
            List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.ISO_8859_1).lines().toList();
            if (lines.stream().anyMatch(l -> l.contains(text)) || System.currentTimeMillis() > deadline) {
                return lines;
            }
            Thread.sleep(300);
        }
    }
}
