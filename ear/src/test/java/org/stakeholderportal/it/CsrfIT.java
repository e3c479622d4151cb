package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * Forged state changes: a page on another site that makes the signed-in person's browser post to the portal, with
 * their session cookie. The API and the pages refuse a foreign Origin (SameOriginStateChanges); JSF forms carry a
 * view state, and a post without the real one changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsrfIT extends PortalBlackBox {

    private static final String EVIL = "http://evil.example";

    private Browser browser;
    private String session;
    private SecurityFixtures fixtures;

    /** One browser signed in as amina for the class (the portal's address is known only once a test runs). */
    private void signInAsAmina() throws Exception {
        if (browser != null) {
            return;
        }
        fixtures = new SecurityFixtures(url("/"));
        browser = Browser.desktop();
        browser.open(url("/workspace/contribution.xhtml?id=" + fixtures.ids().get("aminaDraft")));
        browser.signInAtKeycloak("amina", "amina");
        browser.waitFor("#contribution-form\\:title");
        Cookie cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertNotNull(cookie, "the browser has a session");
        session = cookie.getValue();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private String origin() {
        URI base = URI.create(url("/"));
        return base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
    }

    private HttpResponse<String> post(String path, String origin, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", "JSESSIONID=" + session)
                .header("Accept", "text/html,*/*").header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return TestStackAccess.send(request.build());
    }

    private int attachments(String contribution) throws Exception {
        try (Connection db = TestStackAccess.database();
                PreparedStatement count = db.prepareStatement("SELECT COUNT(*) FROM attachment WHERE contribution_id = ? AND detached_at IS NULL")) {
            count.setLong(1, Long.parseLong(contribution));
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private String title(String contribution) throws Exception {
        try (Connection db = TestStackAccess.database();
                PreparedStatement select = db.prepareStatement("SELECT title FROM contribution WHERE id = ?")) {
            select.setLong(1, Long.parseLong(contribution));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    @Test
    void theApiRefusesACookieAuthenticatedChangeFromAnotherSite() throws Exception {
        signInAsAmina();
        String draft = fixtures.ids().get("aminaDraft");
        String upload = "/api/contributions/" + draft + "/attachments?name=csrf.pdf";
        int before = attachments(draft);
        // What a plain HTML form on another site can send: text/plain, any body (here a PDF's bytes).
        String pdf = new String(ContributionApiIT.pdf(), StandardCharsets.ISO_8859_1);

        assertEquals(403, post(upload, EVIL, "text/plain", pdf).statusCode(), "a foreign Origin");
        assertEquals(403, post(upload, "null", "text/plain", pdf).statusCode(), "an opaque origin (sandboxed frame, data: page)");
        HttpResponse<String> noOrigin = TestStackAccess.send(HttpRequest.newBuilder(URI.create(url(upload)))
                .header("Cookie", "JSESSIONID=" + session).header("Accept", "text/html,*/*").header("Referer", EVIL + "/page.html").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(pdf)).build());
        assertEquals(403, noOrigin.statusCode(), "a foreign Referer when there is no Origin");
        HttpResponse<String> neither = TestStackAccess.send(HttpRequest.newBuilder(URI.create(url(upload)))
                .header("Cookie", "JSESSIONID=" + session).header("Accept", "text/html,*/*").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(pdf)).build());
        assertEquals(403, neither.statusCode(), "a session cookie without Origin or Referer");
        assertEquals(before, attachments(draft), "nothing was attached");

        HttpResponse<String> sameSite = post(upload, origin(), "application/octet-stream", pdf);
        assertEquals(201, sameSite.statusCode(), "the session is accepted from the portal's own pages: " + sameSite.body());
        assertEquals(before + 1, attachments(draft));

        HttpResponse<String> bearer = TestStackAccess.send(HttpRequest.newBuilder(URI.create(url("/api/contributions/" + draft)))
                .header("Authorization", "Bearer " + SecurityFixtures.token("amina")).header("Origin", EVIL).GET().build());
        assertEquals(200, bearer.statusCode(), "a bearer token is no ambient credential: any origin may use it");
    }

    @Test
    void formsCarryAViewStateAndAPostWithoutTheRealOneChangesNothing() throws Exception {
        signInAsAmina();
        String draft = fixtures.ids().get("aminaDraft");
        browser.open(url("/workspace/contribution.xhtml?id=" + draft));
        browser.waitFor("#contribution-form\\:title");
        for (WebElement form : browser.driver().findElements(By.cssSelector("form[method=post]"))) {
            String viewState = form.findElement(By.name("jakarta.faces.ViewState")).getAttribute("value");
            assertTrue(viewState != null && viewState.length() > 10, "form " + form.getAttribute("id") + " carries a view state");
        }
        String before = title(draft);
        String page = "/workspace/contribution.xhtml?id=" + draft;
        String forged = "contribution-form=contribution-form&contribution-form%3Atitle=" + URLEncoder.encode("Forged title", StandardCharsets.UTF_8)
                + "&contribution-form%3Asave=Save";

        assertEquals(403, post(page, EVIL, "application/x-www-form-urlencoded", forged).statusCode(), "a foreign Origin");
        HttpResponse<String> noViewState = post(page, origin(), "application/x-www-form-urlencoded", forged);
        assertTrue(noViewState.statusCode() < 500, "no view state: " + noViewState.statusCode());
        HttpResponse<String> fakeViewState = post(page, origin(), "application/x-www-form-urlencoded",
                forged + "&jakarta.faces.ViewState=" + URLEncoder.encode("-4242424242424242424:1234567890123456789", StandardCharsets.UTF_8));
        assertFalse(fakeViewState.statusCode() == 200 && fakeViewState.body().contains("Forged title"), "a made-up view state");
        assertEquals(400, fakeViewState.statusCode(), "a view state the server does not have: the page-expired page");
        assertTrue(fakeViewState.body().contains("This page has expired"), fakeViewState.body());
        assertTrue(fakeViewState.body().contains("<a id=\"expired-back\" href=\"/workspace/contribution.xhtml\">"),
                "a link back to the page the form was on: " + fakeViewState.body());
        assertEquals(before, title(draft), "the contribution is as it was");
    }
}
