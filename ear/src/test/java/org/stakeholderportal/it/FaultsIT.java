package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.stakeholderportal.stack.TestStack;

/**
 * What people see when a part of the stack fails, black-box against the real stack: the database stopped in the middle
 * of a burst of submissions (a clear "try again", 503, nothing half stored, the service back when the database is),
 * Keycloak down (public pages still served), the mail server down (the submission still recorded, its receipt retried
 * and delivered once the server is back). Each part is started again in a finally block. The drill of killing WildFly
 * itself is in the load benchmark (-Dload.drill=wildfly, README "Load and faults"), as Arquillian owns this WildFly.
 */
class FaultsIT extends PortalBlackBox {

    private static final String ARTICLE = "art-24";

    private record Prepared(long id, long version, String token) {
    }

    private static Prepared prepare(ContributionClient client, long draftId, String title) {
        HttpResponse<String> created = client.call("POST", "/api/contributions",
                Json.createObjectBuilder().add("draftId", draftId).add("article", ARTICLE).build().toString(), null);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject started = TestStackAccess.json(created.body());
        long id = started.getJsonNumber("id").longValue();
        HttpResponse<String> written = client.call("PUT", "/api/contributions/" + id, Json.createObjectBuilder()
                .add("version", started.getJsonNumber("version").longValue()).add("kind", "GENERAL_COMMENT").add("title", title)
                .add("comment", "<p>" + title + ": the safeguards must be reviewed by an independent body.</p>").add("language", "en")
                .build().toString(), null);
        assertEquals(200, written.statusCode(), written.body());
        return new Prepared(id, TestStackAccess.json(written.body()).getJsonNumber("version").longValue(), "fault-" + UUID.randomUUID());
    }

    private static HttpResponse<String> submit(ContributionClient client, Prepared p, String language) {
        return client.call("POST", "/api/contributions/" + p.id() + "/submit",
                Json.createObjectBuilder().add("version", p.version()).add("clientToken", p.token()).build().toString(), language);
    }

    private HttpResponse<String> anonymous(String path, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return TestStackAccess.send(request.build());
    }

    private static void await(String what, long millis, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError(what + " not reached in " + millis / 1000 + " s");
            }
            Thread.sleep(300);
        }
    }

    /** Status, submission number, stored versions and rows with its client token of a contribution, read from MariaDB. */
    private static List<Object> stored(long id, String token) throws Exception {
        try (Connection db = TestStackAccess.database();
                PreparedStatement select = db.prepareStatement("SELECT c.status, c.submission_number,"
                        + " (SELECT COUNT(*) FROM contribution_version v WHERE v.contribution_id = c.id),"
                        + " (SELECT COUNT(*) FROM contribution t WHERE t.client_token = ?) FROM contribution c WHERE c.id = ?")) {
            select.setString(1, token);
            select.setLong(2, id);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), "contribution " + id + " exists");
                return List.of(row.getString(1), String.valueOf(row.getString(2)), row.getInt(3), row.getInt(4));
            }
        }
    }

    @Test
    void databaseStoppedMidSurgeAnswersTryAgainKeepsNothingHalfDoneAndRecovers() throws Exception {
        long draftId = ContributionClient.revisedDraftId();
        ContributionClient amina = new ContributionClient(base.toString(), "amina", "amina");
        List<Prepared> prepared = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            prepared.add(prepare(amina, draftId, "Database drill " + i + " " + UUID.randomUUID()));
        }
        Map<Prepared, Integer> answers = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> submissions = new ArrayList<>();
            for (int i = 0; i < prepared.size(); i++) {
                Prepared p = prepared.get(i);
                long delay = i * 500L;
                submissions.add(pool.submit(() -> {
                    Thread.sleep(delay);
                    HttpResponse<String> answer = submit(amina, p, null);
                    answers.put(p, answer.statusCode());
                    return null;
                }));
            }
            Thread.sleep(600);
            TestStack.stopDatabase();
            for (Future<?> submission : submissions) {
                submission.get();
            }
            // The database is down for certain now: an API call and a page that need it.
            HttpResponse<String> refused = amina.call("GET", "/api/contributions/" + prepared.get(0).id(), null, "fr");
            assertEquals(503, refused.statusCode(), refused.body());
            JsonObject error = TestStackAccess.json(refused.body());
            assertEquals("serviceUnavailable", error.getString("error"));
            assertTrue(error.getString("message").contains("réessayer"), "a French \"try again\": " + error);
            assertTrue(refused.headers().firstValue("Retry-After").isPresent());
            HttpResponse<String> page = anonymous("/drafts/article.xhtml?draft=" + draftId + "&article=" + ARTICLE, "en");
            assertEquals(503, page.statusCode());
            assertTrue(page.body().contains("Temporarily unavailable") && page.body().contains("try again"), page.body());
            assertTrue(page.body().contains("<html"), "the friendly page in the portal's layout");
        } finally {
            pool.shutdownNow();
            TestStack.startDatabase();
        }
        await("the portal serving from the database again", 60_000,
                () -> anonymous("/api/health", null).statusCode() == 200);

        assertTrue(answers.values().stream().allMatch(s -> s == 200 || s == 503), "only success or try-again: " + answers.values());
        assertTrue(answers.containsValue(503), "some submissions met the stopped database: " + answers.values());
        for (Prepared p : prepared) {
            List<Object> row = stored(p.id(), p.token());
            boolean untouched = row.get(0).equals("DRAFT") && row.get(1).equals("null") && row.get(2).equals(0) && row.get(3).equals(0);
            boolean whole = row.get(0).equals("SUBMITTED") && !row.get(1).equals("null") && row.get(2).equals(1) && row.get(3).equals(1);
            assertTrue(untouched || whole, "all or nothing of submission " + p.id() + ": " + row);
            if (answers.get(p) == 200) {
                assertTrue(whole, "an acknowledged submission is stored: " + row);
            }
            // The client retries with its token: one submission, whatever happened before.
            HttpResponse<String> retried = submit(amina, p, null);
            assertEquals(200, retried.statusCode(), retried.body());
            assertEquals("SUBMITTED", TestStackAccess.json(retried.body()).getString("status"));
            assertEquals(List.of("SUBMITTED", TestStackAccess.json(retried.body()).getString("submissionNumber"), 1, 1),
                    stored(p.id(), p.token()));
        }
        assertEquals(200, anonymous("/drafts/article.xhtml?draft=" + draftId + "&article=" + ARTICLE, null).statusCode());
    }

    @Test
    void publicPagesAreServedWhileKeycloakIsDown() throws Exception {
        long draftId = ContributionClient.revisedDraftId();
        List<String> pages = List.of("/index.xhtml", "/drafts/index.xhtml", "/drafts/article.xhtml?draft=" + draftId + "&article=" + ARTICLE,
                "/search.xhtml?q=safeguards", "/organisations.xhtml", "/api/ping");
        try {
            TestStack.stopKeycloak();
            for (String path : pages) {
                HttpResponse<String> page = anonymous(path, null);
                assertEquals(200, page.statusCode(), path + " without Keycloak");
            }
            // A signed-in page cannot be reached without Keycloak, but it does not pretend to: no 200.
            assertFalse(anonymous("/workspace/index.xhtml", null).statusCode() == 200);
        } finally {
            TestStack.startKeycloak();
        }
    }

    @Test
    void submissionIsRecordedWhileTheMailServerIsDownAndItsReceiptIsSentWhenItIsBack() throws Exception {
        long draftId = ContributionClient.revisedDraftId();
        ContributionClient amina = new ContributionClient(base.toString(), "amina", "amina");
        String title = "Mail drill " + UUID.randomUUID();
        Prepared p = prepare(amina, draftId, title);
        String number;
        try {
            TestStack.stopMail();
            HttpResponse<String> submitted = submit(amina, p, null);
            assertEquals(200, submitted.statusCode(), submitted.body());
            number = TestStackAccess.json(submitted.body()).getString("submissionNumber");
            assertEquals(List.of("SUBMITTED", number, 1, 1), stored(p.id(), p.token()));
            // The delivery timer tries, fails and keeps the mail for a later attempt.
            await("a failed delivery attempt", 30_000, () -> receiptAttempts(title) >= 1);
        } finally {
            TestStack.startMail();
        }
        TestStackAccess.awaitMail("amina@digitalrights.example.org", number);
    }

    private static int receiptAttempts(String title) {
        try (Connection db = TestStackAccess.database();
                PreparedStatement select = db.prepareStatement("SELECT status, attempts FROM mail_outbox WHERE subject LIKE ?")) {
            select.setString(1, "%" + title + "%");
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return 0;
                }
                assertEquals("PENDING", row.getString(1), "not sent while the mail server is down");
                return row.getInt(2);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
