package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The contributions API with real Keycloak bearer tokens: the same rules as the pages (ownership, optimistic
 * locking, idempotent submit), uploads checked by content, refusals in the caller's language, documented by OpenAPI.
 */
class ContributionApiIT extends PortalBlackBox {

    /** The smallest valid PDF: header, one empty page, cross-reference table, trailer. */
    static byte[] pdf() {
        String body = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        return body.getBytes(StandardCharsets.ISO_8859_1);
    }

    private HttpResponse<String> upload(String token, long id, String name, byte[] content) {
        return TestStackAccess.send(HttpRequest.newBuilder(URI.create(url("/api/contributions/" + id + "/attachments?name="
                        + URLEncoder.encode(name, StandardCharsets.UTF_8))))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build());
    }

    private HttpResponse<byte[]> download(String token, String href) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(href)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return TestStackAccess.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aMemberWritesAttachesAndSubmitsThroughTheApiUnderTheSameRules() throws Exception {
        ContributionClient aminaClient = new ContributionClient(url("/"), "amina", "amina");
        ContributionClient kenjiClient = new ContributionClient(url("/"), "kenji", "kenji");
        String amina = TestStackAccess.accessToken("amina", "amina");
        String kenji = TestStackAccess.accessToken("kenji", "kenji");
        long draftId = ContributionClient.revisedDraftId();

        assertEquals(401, TestStackAccess.send(HttpRequest.newBuilder(URI.create(url("/api/contributions")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"draftId\":" + draftId + "}")).build()).statusCode(), "no token, no API");

        HttpResponse<String> created = aminaClient.call("POST", "/api/contributions",
                "{\"draftId\":" + draftId + ",\"article\":\"art-24\",\"paragraphs\":[\"art-24-para-1\"]}", null);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject started = TestStackAccess.json(created.body());
        long id = started.getJsonNumber("id").longValue();
        assertEquals("DRAFT", started.getString("status"));

        String title = "API amendment " + UUID.randomUUID().toString().substring(0, 8);
        String text = "{\"version\":" + started.getJsonNumber("version").longValue() + ",\"kind\":\"PROPOSED_AMENDMENT\",\"title\":\"" + title
                + "\",\"comment\":\"<p>Require <strong>prior</strong> authorisation.</p><script>alert(1)</script>\","
                + "\"proposedWording\":\"Such powers shall require prior judicial authorisation.\",\"language\":\"en\"}";
        HttpResponse<String> written = aminaClient.call("PUT", "/api/contributions/" + id, text, null);
        assertEquals(200, written.statusCode(), written.body());
        JsonObject saved = TestStackAccess.json(written.body());
        assertFalse(saved.getString("comment").contains("script"), "sanitised on the server");

        HttpResponse<String> stale = aminaClient.call("PUT", "/api/contributions/" + id, text, "fr");
        assertEquals(409, stale.statusCode(), "a stale version is a conflict, never an overwrite");
        assertEquals("concurrentChange", TestStackAccess.json(stale.body()).getString("error"));
        assertFalse(TestStackAccess.json(stale.body()).getString("message").isBlank());

        assertEquals(404, kenjiClient.call("GET", "/api/contributions/" + id, null, null).statusCode(), "another organisation cannot see it");
        assertEquals(404, kenjiClient.call("PUT", "/api/contributions/" + id, text.replace("\"version\":" + started.getJsonNumber("version"),
                "\"version\":" + saved.getJsonNumber("version")), null).statusCode(), "nor change it");

        HttpResponse<String> page = TestStackAccess.send(HttpRequest.newBuilder(URI.create(url("/workspace/contribution.xhtml?id=" + id)))
                .header("Authorization", "Bearer " + kenji).header("Accept-Language", "en").build());
        assertFalse(page.body().contains(title), "nor read it through the page");
        assertTrue(page.body().contains("There is no contribution with the number " + id), page.body());

        HttpResponse<String> attached = upload(amina, id, "../../etc/passwd.pdf", pdf());
        assertEquals(201, attached.statusCode(), attached.body());
        JsonObject attachment = TestStackAccess.json(attached.body());
        assertEquals("passwd.pdf", attachment.getString("fileName"), "only the last segment of a path is kept");
        assertEquals("application/pdf", attachment.getString("mediaType"));

        byte[] executable = new byte[4096];
        executable[0] = 'M';
        executable[1] = 'Z';
        HttpResponse<String> renamed = upload(amina, id, "report.pdf", executable);
        assertEquals(400, renamed.statusCode());
        assertEquals("attachment.typeNotAllowed", TestStackAccess.json(renamed.body()).getString("error"));

        byte[] oversized = Arrays.copyOf(pdf(), 10 * 1024 * 1024 + 1);
        HttpResponse<String> tooLarge = upload(amina, id, "big.pdf", oversized);
        assertEquals(400, tooLarge.statusCode());
        assertEquals("attachment.tooLarge", TestStackAccess.json(tooLarge.body()).getString("error"));

        String href = attachment.getString("href");
        HttpResponse<byte[]> mine = download(amina, href);
        assertEquals(200, mine.statusCode());
        assertArrayEquals(pdf(), mine.body());
        assertTrue(mine.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        assertEquals(404, download(kenji, href).statusCode(), "an unpublished attachment is not another organisation's to read");
        assertEquals(404, download(null, href).statusCode(), "nor the public's");

        long version = TestStackAccess.json(aminaClient.call("GET", "/api/contributions/" + id, null, null).body()).getJsonNumber("version").longValue();
        String step = "{\"version\":" + version + ",\"clientToken\":\"api-" + UUID.randomUUID() + "\"}";
        HttpResponse<String> submitted = aminaClient.call("POST", "/api/contributions/" + id + "/submit", step, null);
        assertEquals(200, submitted.statusCode(), submitted.body());
        JsonObject receipt = TestStackAccess.json(submitted.body());
        assertEquals("SUBMITTED", receipt.getString("status"));
        String number = receipt.getString("submissionNumber");
        assertTrue(number.matches("AHC-\\d{4}-\\d{4}"), number);
        assertEquals(1, receipt.getJsonArray("attachments").size());
        HttpResponse<String> retried = aminaClient.call("POST", "/api/contributions/" + id + "/submit", step, null);
        assertEquals(number, TestStackAccess.json(retried.body()).getString("submissionNumber"), "a retry is the same submission");
        TestStackAccess.awaitMail("amina@digitalrights.example.org", number);

        HttpResponse<String> afterSubmit = upload(amina, id, "late.pdf", pdf());
        assertEquals(400, afterSubmit.statusCode(), "what was submitted is fixed, attachments included");
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        HttpResponse<String> document = TestStackAccess.send(HttpRequest.newBuilder(URI.create(url("/openapi")))
                .header("Accept", "application/json").build());
        assertEquals(200, document.statusCode());
        JsonObject paths = TestStackAccess.json(document.body()).getJsonObject("paths");
        assertTrue(paths.containsKey("/api/contributions/{id}/submit"), paths.keySet().toString());
        assertTrue(paths.containsKey("/api/contributions/{id}/attachments"));
    }
}
