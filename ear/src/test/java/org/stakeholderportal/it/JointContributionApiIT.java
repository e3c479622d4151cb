package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Joint contributions through the REST API with real Keycloak tokens: invite, list invitations, endorse, with the same rules. */
class JointContributionApiIT extends PortalBlackBox {

    private static long single(String sql) throws Exception {
        try (Connection db = TestStackAccess.database(); PreparedStatement select = db.prepareStatement(sql); ResultSet row = select.executeQuery()) {
            assertTrue(row.next(), sql);
            return row.getLong(1);
        }
    }

    @Test
    void theLeadInvitesThroughTheApiAndTheOtherOrganisationEndorses() throws Exception {
        ContributionClient amina = new ContributionClient(url("/"), "amina", "amina");
        ContributionClient kenji = new ContributionClient(url("/"), "kenji", "kenji");
        long draftId = ContributionClient.revisedDraftId();
        long processId = single("SELECT process_id FROM draft WHERE id = " + draftId);
        long pcic = single("SELECT id FROM organisation WHERE acronym = 'PCIC'");
        long pending = single("SELECT a.organisation_id FROM accreditation a WHERE a.process_id = " + processId
                + " AND a.status = 'PENDING' ORDER BY a.id LIMIT 1");

        HttpResponse<String> created = amina.call("POST", "/api/contributions", Json.createObjectBuilder().add("draftId", draftId)
                .add("article", "art-24").build().toString(), null);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject started = TestStackAccess.json(created.body());
        long id = started.getJsonNumber("id").longValue();
        String title = "API joint statement " + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> written = amina.call("PUT", "/api/contributions/" + id, Json.createObjectBuilder()
                .add("version", started.getJsonNumber("version").longValue()).add("kind", "GENERAL_COMMENT").add("title", title)
                .add("comment", "<p>Oversight for every power.</p>").add("language", "en").build().toString(), null);
        assertEquals(200, written.statusCode(), written.body());

        HttpResponse<String> refused = amina.call("POST", "/api/contributions/" + id + "/co-signers",
                "{\"organisationId\":" + pending + "}", "en");
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("joint.invitedNotAccredited", TestStackAccess.json(refused.body()).getString("error"));
        HttpResponse<String> invited = amina.call("POST", "/api/contributions/" + id + "/co-signers", "{\"organisationId\":" + pcic + "}", null);
        assertEquals(201, invited.statusCode(), invited.body());
        assertEquals("INVITED", TestStackAccess.json(invited.body()).getString("status"));

        assertEquals(404, kenji.call("GET", "/api/contributions/" + id, null, null).statusCode(), "the co-signer cannot open it for editing");
        HttpResponse<String> list = kenji.call("GET", "/api/co-signatures?process=" + processId, null, null);
        assertEquals(200, list.statusCode(), list.body());
        JsonArray invitations = Json.createReader(new java.io.StringReader(list.body())).readArray();
        JsonObject invitation = invitations.stream().map(v -> v.asJsonObject()).filter(o -> o.getString("title").equals(title))
                .findFirst().orElseThrow();
        HttpResponse<String> endorsed = kenji.call("POST", "/api/co-signatures/" + invitation.getJsonNumber("id").longValue() + "/endorse",
                Json.createObjectBuilder().add("version", invitation.getJsonNumber("version").longValue()).add("note", "Agreed.").build()
                        .toString(), null);
        assertEquals(200, endorsed.statusCode(), endorsed.body());
        assertEquals("ENDORSED", TestStackAccess.json(endorsed.body()).getString("status"));

        HttpResponse<String> again = kenji.call("POST", "/api/co-signatures/" + invitation.getJsonNumber("id").longValue() + "/endorse",
                Json.createObjectBuilder().add("version", invitation.getJsonNumber("version").longValue()).build().toString(), null);
        assertEquals(409, again.statusCode(), "an answer based on an old version is a conflict: " + again.body());
        HttpResponse<String> stranger = amina.call("POST", "/api/co-signatures/" + invitation.getJsonNumber("id").longValue() + "/decline",
                Json.createObjectBuilder().add("version", 1).build().toString(), null);
        assertEquals(404, stranger.statusCode(), "only the invited organisation answers");

        JsonArray coSigners = Json.createReader(new java.io.StringReader(amina.call("GET", "/api/contributions/" + id + "/co-signers", null, null)
                .body())).readArray();
        assertEquals(1, coSigners.size());
        assertTrue(coSigners.getJsonObject(0).getBoolean("current"), "the lead sees a current endorsement");
    }
}
