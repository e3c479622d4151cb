package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * The render cache of public pages (ARCHITECTURE.md, "Speed and memory"): anonymous readers get the same bytes from
 * memory with an ETag, never a session; a publication shows on the next view; signed-in people never get a cached
 * page nor leave theirs in the cache; each language is its own page; the cache stays within its size (the test
 * server allows 50 pages: arquillian.xml).
 */
class PublicPageCacheIT extends PortalBlackBox {

    private static final int TEST_SERVER_CAPACITY = 50;

    private HttpResponse<byte[]> get(String path, String... headers) {
        return send("GET", path, headers);
    }

    private HttpResponse<byte[]> send(String method, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return TestStackAccess.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String cache(HttpResponse<?> response) {
        return response.headers().firstValue("X-Cache").orElse("none");
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String article(long draftId, String anchor) {
        return "/drafts/article.xhtml?draft=" + draftId + "&article=" + anchor;
    }

    /** An address of its own for this run, so no earlier view has it in the cache already. */
    private static String fresh(String path) {
        return path + (path.contains("?") ? "&" : "?") + "probe=" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theSecondAnonymousViewIsTheSameBytesFromMemoryWithAnETagAndNoSession() {
        double hitsBefore = MetricsIT.value(MetricsIT.scrape(), "portal_page_cache_requests_total");
        String path = fresh(article(revisedDraft(), "art-24"));

        HttpResponse<byte[]> first = get(path, "Accept-Language", "en");
        HttpResponse<byte[]> second = get(path, "Accept-Language", "en");

        assertEquals(200, first.statusCode());
        assertEquals(200, second.statusCode());
        assertEquals("miss", cache(first));
        assertEquals("hit", cache(second));
        assertArrayEquals(first.body(), second.body(), "the same bytes");
        String etag = second.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.matches("\"[0-9a-f]{64}\""), "a strong ETag, the SHA-256 of the page: " + etag);
        assertEquals(first.headers().firstValue("ETag"), second.headers().firstValue("ETag"));
        assertTrue(second.headers().firstValue("Last-Modified").isPresent());
        assertEquals("public, max-age=0, must-revalidate", second.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(second.headers().firstValue("Vary").orElse("").contains("Accept-Language")
                && second.headers().firstValue("Vary").orElse("").contains("Cookie"), "the language depends on both");
        assertEquals(first.headers().firstValue("Content-Type"), second.headers().firstValue("Content-Type"));
        assertTrue(second.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals(first.headers().firstValue("Content-Language"), second.headers().firstValue("Content-Language"));
        assertEquals(String.valueOf(second.body().length), second.headers().firstValue("Content-Length").orElse(""));
        for (HttpResponse<byte[]> response : List.of(first, second)) {
            assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), "no session, no cookie: " + response.headers().map());
            // The server's own headers (configure.cli) and the request id are on cached pages too.
            assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertTrue(response.headers().firstValue("X-Request-Id").isPresent());
        }
        assertFalse(text(second).contains("account-name"), "nobody's name on a shared page");

        HttpResponse<byte[]> revalidated = get(path, "Accept-Language", "en", "If-None-Match", etag);
        assertEquals(304, revalidated.statusCode());
        assertEquals(0, revalidated.body().length);
        assertEquals(etag, revalidated.headers().firstValue("ETag").orElse(""));
        assertEquals(200, get(path, "Accept-Language", "en", "If-None-Match", "\"something-else\"").statusCode());

        HttpResponse<byte[]> head = send("HEAD", path, "Accept-Language", "en");
        assertEquals(200, head.statusCode());
        assertEquals("hit", cache(head));
        assertEquals(etag, head.headers().firstValue("ETag").orElse(""));

        assertTrue(MetricsIT.value(MetricsIT.scrape(), "portal_page_cache_requests_total") >= hitsBefore + 4, "hits and misses are counted");
    }

    @Test
    void twoRendersOfAPageDifferInNothingThatBelongsToOneRequest() {
        // A token, nonce, request id or view state that changed per request would make a shared page wrong.
        for (String page : List.of(article(revisedDraft(), "art-24"), "/search.xhtml?q=safeguards", "/drafts/digest.xhtml?draft=" + revisedDraft(),
                "/sessions.xhtml", "/organisations.xhtml")) {
            String one = "probe=" + UUID.randomUUID().toString().substring(0, 8);
            String other = "probe=" + UUID.randomUUID().toString().substring(0, 8);
            HttpResponse<byte[]> first = get(page + (page.contains("?") ? "&" : "?") + one);
            HttpResponse<byte[]> second = get(page + (page.contains("?") ? "&" : "?") + other);
            assertEquals("miss", cache(first), page);
            assertEquals("miss", cache(second), page);
            assertEquals(text(first).replace(one, "probe"), text(second).replace(other, "probe"), page);
        }
    }

    @Test
    void aSubmissionLeavesTheCacheAndAPublicationShowsOnTheNextView() throws Exception {
        long draftId = revisedDraft();
        String tag = "Cache" + UUID.randomUUID().toString().substring(0, 8);
        String path = fresh(article(draftId, "art-12"));
        get(path);
        assertEquals("hit", cache(get(path)));

        ContributionClient amina = new ContributionClient(url("/"), "amina", "amina");
        JsonObject submitted = amina.submitComment(draftId, "art-12", tag + " title", "Independent oversight " + tag + ".");
        HttpResponse<byte[]> afterSubmission = get(path);
        assertEquals("hit", cache(afterSubmission), "a submission changes nothing public: the deadline surge keeps the cache");
        assertFalse(text(afterSubmission).contains(tag));

        try (Browser browser = Browser.desktop()) {
            browser.open(url("/secretariat/index.xhtml"));
            browser.signInAtKeycloak("sofia", "sofia");
            browser.waitFor("#account-name");
            browser.open(url("/secretariat/contribution.xhtml?id=" + submitted.getJsonNumber("id").longValue()));
            browser.waitFor("#decision-form");
            browser.driver().findElement(By.cssSelector("#decision-form input[value='PUBLISH']")).click();
            browser.driver().findElement(By.id("decision-form:decide")).click();
            browser.waitFor(".message-info");
            assertEquals("Published", browser.text("#status"));
        }

        HttpResponse<byte[]> afterPublication = get(path);
        assertEquals(200, afterPublication.statusCode());
        assertEquals("miss", cache(afterPublication), "the publication emptied the cache");
        assertTrue(text(afterPublication).contains(tag), "the published input is on the page at once");
        assertEquals("hit", cache(get(path)));
    }

    @Test
    void aSignedInReaderIsNeverServedACachedPageNorLeavesTheirsBehind() {
        String path = fresh(article(revisedDraft(), "art-5"));
        get(path);
        assertEquals("hit", cache(get(path)));

        try (Browser browser = Browser.desktop()) {
            browser.open(url("/workspace/index.xhtml"));
            browser.signInAtKeycloak("amina", "amina");
            browser.waitFor("#account-name");
            browser.open(url(path));
            String name = browser.text("#account-name");
            assertFalse(name.isBlank(), "the signed-in reader's own header");
            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            assertNotNull(session);

            HttpResponse<byte[]> withSession = get(path, "Cookie", "JSESSIONID=" + session.getValue());
            assertEquals(200, withSession.statusCode());
            assertEquals("none", cache(withSession), "a session is never served from the cache");
            assertTrue(text(withSession).contains(name), "the page rendered for her");

            HttpResponse<byte[]> anonymous = get(path);
            assertEquals("hit", cache(anonymous));
            assertFalse(text(anonymous).contains(name), "her page was not kept for others");
            assertFalse(text(anonymous).contains("account-name"));
        }
        String token = TestStackAccess.accessToken("kenji", "kenji");
        assertEquals("none", cache(get(path, "Authorization", "Bearer " + token)), "nor a request with credentials");
    }

    @Test
    void eachLanguageIsItsOwnPage() {
        String path = fresh("/drafts/index.xhtml");
        HttpResponse<byte[]> english = get(path, "Accept-Language", "en");
        assertEquals("hit", cache(get(path, "Accept-Language", "en")));
        assertTrue(text(english).contains("lang=\"en\""));

        HttpResponse<byte[]> french = get(path, "Accept-Language", "fr-FR,fr;q=0.9");
        assertEquals("miss", cache(french), "not the cached English page");
        assertTrue(text(french).contains("lang=\"fr\""), "the French page");

        HttpResponse<byte[]> chosen = get(path, "Accept-Language", "en", "Cookie", "portal_lang=ar");
        assertEquals("miss", cache(chosen), "the reader's choice (cookie) outranks the browser's");
        assertTrue(text(chosen).contains("lang=\"ar\"") && text(chosen).contains("dir=\"rtl\""));
        assertEquals("hit", cache(get(path, "Accept-Language", "en", "Cookie", "portal_lang=ar")));

        HttpResponse<byte[]> switching = get(path + "&lang=ru", "Accept-Language", "en");
        assertEquals(303, switching.statusCode(), "the language switcher still answers");
        String cookie = switching.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("portal_lang=ru"), cookie);
        HttpResponse<byte[]> russian = get(path, "Accept-Language", "en", "Cookie", "portal_lang=ru");
        assertTrue(text(russian).contains("lang=\"ru\""), "the switch gives the page in Russian");
    }

    @Test
    void endlessQueryStringsDoNotGrowTheCachePastItsCapacity() {
        String first = fresh("/privacy.xhtml");
        get(first);
        assertEquals("hit", cache(get(first)));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i <= TEST_SERVER_CAPACITY; i++) {
            HttpResponse<byte[]> crawled = get(fresh("/privacy.xhtml"));
            statuses.add(crawled.statusCode());
            assertEquals("miss", cache(crawled));
        }
        assertTrue(statuses.stream().allMatch(s -> s == 200), statuses.toString());
        assertEquals("miss", cache(get(first)), "the least recently used page made room: the cache holds at most "
                + TEST_SERVER_CAPACITY + " pages");
    }

    private static long revisedDraft() {
        try {
            return ContributionClient.revisedDraftId();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
