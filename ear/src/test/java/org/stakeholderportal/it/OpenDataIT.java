package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** The open-data API: public facts only, paged, with ETags and cache headers; published input and nothing else. */
class OpenDataIT extends PortalBlackBox {

    private HttpResponse<String> get(String path, String etag) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return TestStackAccess.send(request.build());
    }

    private static JsonArray array(String body) {
        return Json.createReader(new StringReader(body)).readArray();
    }

    private long demoProcess() {
        for (JsonValue p : array(get("/api/processes", null).body())) {
            if (p.asJsonObject().getString("code").equals("AHC")) {
                return p.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("the demo process");
    }

    @Test
    void answersCarryAnETagAndAnUnchangedOneIsNotSentAgain() {
        HttpResponse<String> first = get("/api/processes", null);
        assertEquals(200, first.statusCode());
        String etag = first.headers().firstValue("ETag").orElse(null);
        assertNotNull(etag);
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("max-age=60"));
        assertEquals(304, get("/api/processes", etag).statusCode());
        assertEquals(200, get("/api/processes", "\"something-else\"").statusCode());
    }

    @Test
    void draftsArticlesAndOrganisationsAreOpenData() {
        long process = demoProcess();
        JsonArray drafts = array(get("/api/processes/" + process + "/drafts", null).body());
        assertEquals(2, drafts.size());
        JsonObject first = drafts.stream().map(JsonValue::asJsonObject).filter(d -> d.isNull("predecessorId")).findFirst().orElseThrow();
        JsonObject second = drafts.stream().map(JsonValue::asJsonObject).filter(d -> !d.isNull("predecessorId")).findFirst().orElseThrow();
        assertEquals(first.getJsonNumber("id").longValue(), second.getJsonNumber("predecessorId").longValue(), "the revision names what it revises");
        long revised = second.getJsonNumber("id").longValue();
        JsonObject draft = TestStackAccess.json(get("/api/drafts/" + revised, null).body());
        assertTrue(draft.getJsonArray("contents").stream().anyMatch(t -> t.asJsonObject().getString("anchor").equals("art-24")));
        JsonObject article = TestStackAccess.json(get("/api/drafts/" + revised + "/articles/art-24", null).body());
        assertTrue(article.getJsonArray("paragraphs").getJsonObject(0).getString("text").startsWith("Each State Party shall ensure"));
        assertEquals(404, get("/api/drafts/" + revised + "/articles/no-such-article", null).statusCode());
        String organisations = get("/api/processes/" + process + "/organisations", null).body();
        assertTrue(organisations.contains("\"DRW\""));
        assertFalse(organisations.contains("\"CILS\""), "a pending applicant is not public");
        assertFalse(organisations.contains("@"), "no contact addresses");
    }

    @Test
    void onlyPublishedInputIsListedPagedAndInTheFeed() throws Exception {
        long process = demoProcess();
        long published;
        try (Connection db = TestStackAccess.database();
                PreparedStatement count = db.prepareStatement("SELECT COUNT(*) FROM contribution WHERE process_id = ? AND status = 'PUBLISHED'")) {
            count.setLong(1, process);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                published = row.getLong(1);
            }
        }
        String next = "/api/processes/" + process + "/contributions?size=1";
        long seen = 0;
        while (next != null) {
            JsonObject page = TestStackAccess.json(get(next, null).body());
            assertEquals(published, page.getJsonNumber("total").longValue(), "the count is the database's");
            for (JsonValue item : page.getJsonArray("items")) {
                assertEquals("PUBLISHED", statusOf(item.asJsonObject().getString("number")));
                seen++;
            }
            next = page.isNull("next") ? null : page.getString("next");
        }
        assertEquals(published, seen, "every page together lists each published contribution once");
        HttpResponse<String> feed = get("/api/processes/" + process + "/feed.atom", null);
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        assertTrue(feed.body().contains("Prior judicial authorisation"));
        assertFalse(feed.body().contains("Safeguards for all powers"), "submitted input is not in the feed");
    }

    @Test
    void theDigestCountsWhatTheDatabaseHoldsInEveryFormat() throws Exception {
        long draft = ContributionClient.revisedDraftId();
        java.util.Map<String, Long> byCategory = new java.util.HashMap<>();
        long total = 0;
        try (Connection db = TestStackAccess.database();
                PreparedStatement select = db.prepareStatement("SELECT o.category, COUNT(*) FROM contribution c JOIN organisation o"
                        + " ON o.id = c.organisation_id WHERE c.draft_id = ? AND c.status = 'PUBLISHED' GROUP BY o.category")) {
            select.setLong(1, draft);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    byCategory.put(row.getString(1), row.getLong(2));
                    total += row.getLong(2);
                }
            }
        }
        assertTrue(total >= 2, "the demo's published input");
        JsonObject digest = TestStackAccess.json(get("/api/drafts/" + draft + "/digest.json", null).body());
        JsonObject statistics = digest.getJsonObject("statistics");
        assertEquals(total, statistics.getJsonNumber("total").longValue());
        JsonObject categories = statistics.getJsonObject("byCategory");
        assertEquals(byCategory.size(), categories.size());
        byCategory.forEach((category, count) -> assertEquals(count.longValue(), categories.getJsonNumber(category).longValue(), category));
        long listed = digest.getJsonArray("articles").stream()
                .mapToLong(section -> section.asJsonObject().getJsonArray("contributions").size()).sum();
        assertEquals(total, listed, "each published contribution is compiled once");

        HttpResponse<String> csv = get("/api/drafts/" + draft + "/digest.csv", null);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("\uFEFFnumber,article,organisation"));
        for (JsonValue section : digest.getJsonArray("articles")) {
            for (JsonValue c : section.asJsonObject().getJsonArray("contributions")) {
                String number = c.asJsonObject().getString("number");
                assertEquals(1, csv.body().split(java.util.regex.Pattern.quote(number + ","), -1).length - 1, number);
            }
        }
        String page = get("/drafts/digest.xhtml?draft=" + draft, null).body();
        assertTrue(page.contains("Prior judicial authorisation"));
        assertTrue(page.matches("(?s).*id=\"digest-total\">[^<]*<strong>" + total + "</strong>.*"), "the page shows the same total");
        assertFalse(page.contains("Safeguards for all powers"), "submitted input is not in the digest");
    }

    @Test
    void theSecretariatReleasesDigestsThatNeverChangeAfterwards() throws Exception {
        long draft = ContributionClient.revisedDraftId();
        String release = "/api/digests?draft=" + draft;
        assertEquals(401, post(release, null).statusCode(), "not without signing in");
        assertEquals(403, post(release, TestStackAccess.accessToken("amina", "amina")).statusCode(), "not by a stakeholder");
        String sofia = TestStackAccess.accessToken("sofia", "sofia");
        HttpResponse<String> first = post(release, sofia);
        assertEquals(201, first.statusCode(), first.body());
        JsonObject one = TestStackAccess.json(first.body());
        HttpResponse<byte[]> bytes = TestStackAccess.HTTP.send(HttpRequest.newBuilder(URI.create(url(one.getString("href")))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, bytes.statusCode());
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes.body()));
        assertEquals(one.getString("sha256"), sha, "the SHA-256 shown is that of the file served");
        assertEquals(one.getJsonNumber("contributions").longValue(),
                TestStackAccess.json(new String(bytes.body(), java.nio.charset.StandardCharsets.UTF_8)).getJsonObject("statistics")
                        .getJsonNumber("total").longValue());
        JsonObject two = TestStackAccess.json(post(release, sofia).body());
        assertEquals(one.getInt("number") + 1, two.getInt("number"));
        HttpResponse<byte[]> again = TestStackAccess.HTTP.send(HttpRequest.newBuilder(URI.create(url(one.getString("href")))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(sha, java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(again.body())),
                "an earlier release stays as it was");
        JsonArray releases = array(get("/api/digests?draft=" + draft, null).body());
        assertEquals(two.getJsonNumber("id").longValue(), releases.getJsonObject(0).getJsonNumber("id").longValue(), "newest first");
        assertTrue(get("/drafts/digest.xhtml?draft=" + draft, null).body().contains(one.getString("sha256")), "the page shows it");
    }

    private HttpResponse<String> post(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).POST(HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return TestStackAccess.send(request.build());
    }

    private static String statusOf(String number) throws Exception {
        try (Connection db = TestStackAccess.database();
                PreparedStatement select = db.prepareStatement("SELECT status FROM contribution WHERE submission_number = ?")) {
            select.setString(1, number);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : "(none)";
            }
        }
    }
}
