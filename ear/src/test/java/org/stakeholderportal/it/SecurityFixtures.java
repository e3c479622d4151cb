package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the security tests read and attack, made once per test JVM through the real API: an unpublished draft of
 * Digital Rights Watch (amina) with an attachment, a submitted one, and the demo's ids. The titles are unique
 * markers: another organisation's response must never contain them.
 */
final class SecurityFixtures {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static Map<String, String> ids;

    final String base;

    SecurityFixtures(String base) {
        this.base = base.replaceAll("/$", "");
    }

    /** A real Keycloak token per demo user (password = user name), fetched once. */
    static String token(String user) {
        return TOKENS.computeIfAbsent(user, u -> TestStackAccess.accessToken(u, u));
    }

    /** Placeholders such as {process}, {draft}, {aminaDraft} and their values. */
    synchronized Map<String, String> ids() throws Exception {
        if (ids != null) {
            return ids;
        }
        Map<String, String> found = new HashMap<>();
        try (Connection db = TestStackAccess.database()) {
            found.put("process", single(db, "SELECT id FROM negotiation_process WHERE code = 'AHC'"));
            found.put("orgA", single(db, "SELECT id FROM organisation WHERE name_english = 'Digital Rights Watch'"));
            found.put("session", single(db, "SELECT s.id FROM committee_session s JOIN negotiation_process p ON p.id = s.process_id"
                    + " WHERE p.code = 'AHC' AND s.title = 'Sixth session'"));
            found.put("item", single(db, "SELECT MIN(a.id) FROM agenda_item a JOIN committee_session s ON s.id = a.session_id"
                    + " WHERE s.title = 'Sixth session'"));
        }
        found.put("draft", String.valueOf(ContributionClient.revisedDraftId()));
        ContributionClient amina = new ContributionClient(base, "amina", "amina");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        found.put("draftTitle", "Unpublished draft " + marker);
        HttpResponse<String> created = amina.call("POST", "/api/contributions", Json.createObjectBuilder()
                .add("draftId", Long.parseLong(found.get("draft"))).add("article", "art-24").build().toString(), null);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject started = TestStackAccess.json(created.body());
        String draftId = started.getJsonNumber("id").toString();
        HttpResponse<String> written = amina.call("PUT", "/api/contributions/" + draftId, Json.createObjectBuilder()
                .add("version", started.getJsonNumber("version").longValue()).add("kind", "GENERAL_COMMENT")
                .add("title", found.get("draftTitle")).add("comment", "<p>Not for other eyes.</p>").add("language", "en")
                .build().toString(), null);
        assertEquals(200, written.statusCode(), written.body());
        found.put("aminaDraft", draftId);
        HttpResponse<String> attached = TestStackAccess.send(HttpRequest.newBuilder(URI.create(base + "/api/contributions/" + draftId
                        + "/attachments?name=" + URLEncoder.encode("evidence.pdf", StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token("amina")).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(ContributionApiIT.pdf())).build());
        assertEquals(201, attached.statusCode(), attached.body());
        found.put("attachment", TestStackAccess.json(attached.body()).getJsonNumber("id").toString());
        found.put("submittedTitle", "Unpublished submission " + marker);
        JsonObject submitted = amina.submitComment(Long.parseLong(found.get("draft")), "art-24", found.get("submittedTitle"),
                "Submitted, not yet published.");
        found.put("aminaSubmitted", submitted.getJsonNumber("id").toString());
        ids = Map.copyOf(found);
        return ids;
    }

    /** The path with its placeholders filled in. */
    String fill(String path) throws Exception {
        String filled = path;
        for (Map.Entry<String, String> id : ids().entrySet()) {
            filled = filled.replace("{" + id.getKey() + "}", id.getValue());
        }
        assertTrue(!filled.contains("{"), "unfilled placeholder in " + filled);
        return filled;
    }

    private static String single(Connection db, String sql) throws Exception {
        try (ResultSet row = db.createStatement().executeQuery(sql)) {
            assertTrue(row.next() && row.getString(1) != null, sql);
            return row.getString(1);
        }
    }
}
