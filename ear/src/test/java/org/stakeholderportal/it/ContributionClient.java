package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

/** A stakeholder's program using the contributions API with a real bearer token, for tests that need input to exist. */
final class ContributionClient {

    private final String base;
    private final String token;

    ContributionClient(String base, String username, String password) {
        this.base = base.replaceAll("/$", "");
        this.token = TestStackAccess.accessToken(username, password);
    }

    /** The id of the demo process's revised draft, the one open for input. */
    static long revisedDraftId() throws Exception {
        try (Connection db = TestStackAccess.database();
                PreparedStatement select = db.prepareStatement("SELECT d.id FROM draft d JOIN negotiation_process p ON p.id = d.process_id"
                        + " WHERE p.code = 'AHC' AND d.version_label = 'Revised draft text'");
                ResultSet row = select.executeQuery()) {
            assertTrue(row.next(), "the demo's revised draft");
            return row.getLong(1);
        }
    }

    HttpResponse<String> call(String method, String path, String json, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return TestStackAccess.send(request.build());
    }

    /** Starts, writes and submits a general comment on an article; returns the submitted contribution. */
    JsonObject submitComment(long draftId, String article, String title, String comment) {
        HttpResponse<String> created = call("POST", "/api/contributions", Json.createObjectBuilder().add("draftId", draftId)
                .add("article", article).build().toString(), null);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject started = TestStackAccess.json(created.body());
        long id = started.getJsonNumber("id").longValue();
        HttpResponse<String> written = call("PUT", "/api/contributions/" + id, Json.createObjectBuilder()
                .add("version", started.getJsonNumber("version").longValue()).add("kind", "GENERAL_COMMENT").add("title", title)
                .add("comment", "<p>" + comment + "</p>").add("language", "en").build().toString(), null);
        assertEquals(200, written.statusCode(), written.body());
        HttpResponse<String> submitted = call("POST", "/api/contributions/" + id + "/submit", Json.createObjectBuilder()
                .add("version", TestStackAccess.json(written.body()).getJsonNumber("version").longValue())
                .add("clientToken", "t-" + UUID.randomUUID()).build().toString(), null);
        assertEquals(200, submitted.statusCode(), submitted.body());
        return TestStackAccess.json(submitted.body());
    }
}
