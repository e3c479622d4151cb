package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what, as one table: every page and endpoint (README "What is there") against every role — nobody,
 * amina (stakeholder of Digital Rights Watch, whose unpublished input the rows name), kenji (stakeholder of another
 * organisation, PCIC), ines (delegate), sofia (secretariat), admin — with real Keycloak tokens. A cell is the status
 * expected: 302 is a redirect to Keycloak's sign-in, 401 a program without a token, 403 a role the page or operation
 * is not for, 404 what does not exist for the caller (another organisation's unpublished input), "-" is not asked
 * here (a state change another test makes on purpose). Administrators run the platform, not the review: the review
 * pages refuse them. Besides the status, nobody but amina's organisation and the secretariat ever receives the unpublished
 * titles.
 */
class SecurityMatrixIT extends PortalBlackBox {

    /** What a program asks for: no text/html, so the OIDC client answers 401 rather than redirecting to sign in. */
    private static final String API_ACCEPT = "application/json, text/csv, text/calendar, application/atom+xml, application/xml;q=0.9,"
            + " application/*;q=0.1";

    private static final List<String> ROLES = List.of("anonymous", "amina", "kenji", "ines", "sofia", "admin");

    /** method, path, expected status per role in the order of ROLES. */
    private static final String[][] TABLE = {
        // Public pages
        {"GET", "/", "200 200 200 200 200 200"},
        {"GET", "/drafts/index.xhtml", "200 200 200 200 200 200"},
        {"GET", "/drafts/draft.xhtml?id={draft}", "200 200 200 200 200 200"},
        {"GET", "/drafts/article.xhtml?draft={draft}&article=art-24", "200 200 200 200 200 200"},
        {"GET", "/drafts/digest.xhtml?draft={draft}", "200 200 200 200 200 200"},
        {"GET", "/organisations.xhtml", "200 200 200 200 200 200"},
        {"GET", "/organisations/input.xhtml?id={orgA}", "200 200 200 200 200 200"},
        {"GET", "/search.xhtml?process={process}&q=unpublished", "200 200 200 200 200 200"},
        {"GET", "/sessions.xhtml?process={process}", "200 200 200 200 200 200"},
        {"GET", "/privacy.xhtml", "200 200 200 200 200 200"},
        {"GET", "/drafts/draft.xhtml?id=999999", "404 404 404 404 404 404"},
        // The workspace: signed-in people; an organisation's input only for its members
        {"GET", "/workspace/index.xhtml", "302 200 200 200 200 200"},
        {"GET", "/workspace/my-data.xhtml", "302 200 200 200 200 200"},
        {"GET", "/workspace/delete-account.xhtml", "302 200 200 200 200 200"},
        {"GET", "/workspace/organisation.xhtml?process={process}", "302 200 200 403 200 200"},
        {"GET", "/workspace/sessions.xhtml?process={process}", "302 200 200 403 403 403"},
        {"GET", "/workspace/invitations.xhtml?process={process}", "302 200 200 403 403 403"},
        {"GET", "/workspace/contributions.xhtml?process={process}", "302 200 200 403 403 403"},
        {"GET", "/workspace/contribution.xhtml?id={aminaDraft}", "302 200 404 403 403 403"},
        {"GET", "/workspace/receipt.xhtml?id={aminaSubmitted}", "302 200 404 403 403 403"},
        {"GET", "/workspace/write/{draft}/art-24", "302 200 200 200 200 200"},
        {"GET", "/delegation/index.xhtml", "302 403 403 200 403 403"},
        // The secretariat's pages
        {"GET", "/secretariat/index.xhtml", "302 403 403 403 200 200"},
        {"GET", "/secretariat/import.xhtml?process={process}", "302 403 403 403 200 200"},
        {"GET", "/secretariat/windows.xhtml?draft={draft}", "302 403 403 403 200 200"},
        {"GET", "/secretariat/accreditation.xhtml?process={process}", "302 403 403 403 200 200"},
        {"GET", "/secretariat/review.xhtml?process={process}", "302 403 403 403 200 403"},
        {"GET", "/secretariat/contribution.xhtml?id={aminaSubmitted}", "302 403 403 403 200 403"},
        {"GET", "/secretariat/contribution.xhtml?id={aminaDraft}", "302 403 403 403 404 403"},
        {"GET", "/secretariat/sessions.xhtml?process={process}", "302 403 403 403 200 200"},
        {"GET", "/secretariat/speakers.xhtml?item={item}", "302 403 403 403 200 200"},
        {"GET", "/secretariat/non-objection.xhtml?process={process}", "302 403 403 403 200 200"},
        {"GET", "/secretariat/settings.xhtml?process={process}", "302 403 403 403 200 200"},
        {"GET", "/secretariat/dashboard.xhtml?process={process}", "302 403 403 403 200 403"},
        {"GET", "/secretariat/audit.xhtml", "302 403 403 403 200 200"},
        // Facelets sources are never served
        {"GET", "/WEB-INF/templates/layout.xhtml", "404 404 404 404 404 404"},
        // The API for signed-in people
        {"GET", "/api/me", "401 200 200 200 200 200"},
        {"GET", "/api/me/data", "401 200 200 200 200 200"},
        {"GET", "/api/contributions?process={process}", "401 200 200 403 403 403"},
        {"GET", "/api/contributions/{aminaDraft}", "401 200 404 403 403 403"},
        {"PUT", "/api/contributions/{aminaDraft}", "401 - 404 403 403 403"},
        {"POST", "/api/contributions/{aminaDraft}/submit", "401 - 404 403 403 403"},
        {"POST", "/api/contributions/{aminaDraft}/withdraw", "401 - 404 403 403 403"},
        {"POST", "/api/contributions/{aminaDraft}/attachments?name=x.pdf", "401 - 404 403 403 403"},
        {"DELETE", "/api/contributions/{aminaDraft}/attachments/{attachment}", "401 - 404 403 403 403"},
        {"GET", "/api/contributions/{aminaDraft}/co-signers", "401 200 404 403 403 403"},
        {"POST", "/api/contributions/{aminaDraft}/co-signers", "401 - 404 403 403 403"},
        {"GET", "/api/co-signatures?process={process}", "401 200 200 403 403 403"},
        {"POST", "/api/co-signatures/999999/endorse", "401 404 404 403 403 403"},
        {"GET", "/api/attachments/{attachment}", "404 200 404 404 404 404"},
        {"GET", "/api/audit/verification", "401 403 403 403 200 200"},
        {"GET", "/api/audit/events.csv", "401 403 403 403 200 200"},
        {"GET", "/api/sessions/{session}/participants.csv", "401 403 403 403 200 200"},
        {"POST", "/api/digests?draft={draft}", "401 403 403 403 - 403"},
        // Open data
        {"GET", "/api/health", "200 200 200 200 200 200"},
        {"GET", "/api/processes", "200 200 200 200 200 200"},
        {"GET", "/api/processes/{process}/drafts", "200 200 200 200 200 200"},
        {"GET", "/api/processes/{process}/organisations", "200 200 200 200 200 200"},
        {"GET", "/api/processes/{process}/organisations.csv", "200 200 200 200 200 200"},
        {"GET", "/api/processes/{process}/contributions", "200 200 200 200 200 200"},
        {"GET", "/api/processes/{process}/feed.atom", "200 200 200 200 200 200"},
        {"GET", "/api/processes/{process}/sessions.ics", "200 200 200 200 200 200"},
        {"GET", "/api/drafts/{draft}", "200 200 200 200 200 200"},
        {"GET", "/api/drafts/{draft}/articles/art-24", "200 200 200 200 200 200"},
        {"GET", "/api/drafts/{draft}/digest.json", "200 200 200 200 200 200"},
        {"GET", "/api/drafts/{draft}/digest.csv", "200 200 200 200 200 200"},
        {"GET", "/api/drafts/{draft}/akoma-ntoso", "200 200 200 200 200 200"},
        {"GET", "/api/digests?draft={draft}", "200 200 200 200 200 200"},
        {"GET", "/openapi", "200 200 200 200 200 200"},
    };

    static Stream<Arguments> cells() {
        return Stream.of(TABLE).flatMap(row -> {
            String[] expected = row[2].split(" ");
            assertEquals(ROLES.size(), expected.length, row[1]);
            Stream.Builder<Arguments> cells = Stream.builder();
            for (int i = 0; i < ROLES.size(); i++) {
                if (!"-".equals(expected[i])) {
                    cells.add(Arguments.of(row[0], row[1], ROLES.get(i), Integer.parseInt(expected[i])));
                }
            }
            return cells.build();
        });
    }

    @ParameterizedTest(name = "{0} {1} as {2} → {3}")
    @MethodSource("cells")
    void answersAsTheTableSays(String method, String path, String role, int expected) throws Exception {
        SecurityFixtures fixtures = new SecurityFixtures(url("/"));
        String filled = fixtures.fill(path);
        boolean api = filled.startsWith("/api/") || filled.startsWith("/openapi");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(filled)))
                .header("Accept", api ? API_ACCEPT : "text/html,application/xhtml+xml")
                .header("Accept-Language", "en");
        if (!"anonymous".equals(role)) {
            request.header("Authorization", "Bearer " + SecurityFixtures.token(role));
        }
        if (api && !"GET".equals(method)) {
            request.header("Content-Type", filled.contains("/attachments") ? "application/octet-stream" : "application/json");
        }
        String body = filled.contains("/attachments?") ? new String(ContributionApiIT.pdf(), java.nio.charset.StandardCharsets.ISO_8859_1)
                : "{\"version\":0,\"clientToken\":\"matrix-token-1\",\"organisationId\":1,\"title\":\"changed\",\"kind\":\"GENERAL_COMMENT\","
                        + "\"comment\":\"<p>changed</p>\",\"language\":\"en\"}";
        request.method(method, "GET".equals(method) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = TestStackAccess.send(request.build());

        assertEquals(expected, response.statusCode(), method + " " + filled + " as " + role + ": " + abbreviated(response.body()));
        if (expected == 302) {
            assertTrue(response.headers().firstValue("Location").orElse("").contains("/realms/portal/protocol/openid-connect/auth"),
                    "sent to Keycloak's sign-in: " + response.headers().firstValue("Location"));
        }
        if (List.of("anonymous", "kenji", "ines").contains(role)) {
            assertFalse(response.body().contains(fixtures.ids().get("draftTitle")), "the unpublished draft is not " + role + "’s to read");
            assertFalse(response.body().contains(fixtures.ids().get("submittedTitle")), "nor the unpublished submission");
        }
        assertTrue(response.statusCode() < 500, "never a server error");
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
