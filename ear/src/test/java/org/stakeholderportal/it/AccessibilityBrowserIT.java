package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core on the main pages, in English and in Arabic (right to left): no serious or critical violation of
 * WCAG 2.1 A/AA rules; and nothing on them blocked by the Content-Security-Policy (Chromium's console).
 */
class AccessibilityBrowserIT extends PortalBlackBox {

    private static final String AXE = axeSource();

    private static String axeSource() {
        try (InputStream in = AccessibilityBrowserIT.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("axe-core is not on the test class path", e);
        }
    }

    /** Serious and critical violations on the page now shown, one line each. */
    static String violations(Browser browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript(AXE);
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(function (r) { done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + ".map(function (v) { return v.impact + ' ' + v.id + ': ' + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(' | '); })"
                + ".join('\\n')); })"
                + ".catch(function (e) { done('axe failed: ' + e); });");
        return String.valueOf(result);
    }

    private void check(Browser browser, String path, List<String> problems) {
        browser.consoleMessages();
        browser.open(url(path));
        checkShown(browser, path, problems);
    }

    /**
     * axe on the page now shown, and the console: anything the Content-Security-Policy blocked (an inline script,
     * event handler or style) is a page that does not work as written.
     */
    private void checkShown(Browser browser, String path, List<String> problems) {
        browser.waitFor("main");
        if (browser.has("#error-heading")) {
            problems.add(path + " answered with the error page, so nothing of it was checked");
            return;
        }
        String language = browser.driver().findElement(By.tagName("html")).getAttribute("lang");
        String found = violations(browser);
        if (!found.isBlank()) {
            problems.add(language + " " + path + "\n" + found);
        }
        List<String> blocked = browser.policyViolations();
        if (!blocked.isEmpty()) {
            problems.add(language + " " + path + " broke the Content-Security-Policy:\n" + String.join("\n", blocked));
        }
    }

    /** The console check can fail: an inline script and a style attribute added to a page are reported there. */
    private void assertTheConsoleShowsWhatThePolicyBlocks(Browser browser) {
        browser.open(url("/privacy.xhtml"));
        browser.waitFor("main");
        browser.consoleMessages();
        ((JavascriptExecutor) browser.driver()).executeScript("var s = document.createElement('script'); s.textContent = 'window.inlineRan = true;';"
                + " document.body.appendChild(s); document.querySelector('main').setAttribute('style', 'color: red');");
        List<String> blocked = browser.policyViolations();
        assertTrue(blocked.stream().anyMatch(m -> m.contains("script-src")), "an inline script is reported: " + blocked);
        assertTrue(blocked.stream().anyMatch(m -> m.contains("style-src")), "a style attribute is reported: " + blocked);
    }

    /** A form posted with a view state the server never had, as after a session ended: the "page expired" page. */
    private void checkExpiredPage(Browser browser, String path, List<String> problems) {
        browser.open(url(path));
        browser.waitFor("#filters\\:apply-filters");
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\").forEach(function (i) { i.value = '-1:2'; });");
        browser.consoleMessages();
        browser.driver().findElement(By.id("filters:apply-filters")).click();
        browser.waitFor("#expired-heading");
        checkShown(browser, "expired " + path, problems);
    }

    private String revisedDraftPath(Browser browser) {
        browser.open(url("/drafts/index.xhtml"));
        // The version label is the draft's own data, not translated: the same link text in every language.
        return browser.driver().findElement(By.linkText("Revised draft text")).getAttribute("href").replaceFirst("^https?://[^/]+", "");
    }

    @Test
    void publicPagesHaveNoSeriousViolationsInEnglishAndArabic() {
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.desktop()) {
            assertTheConsoleShowsWhatThePolicyBlocks(browser);
            for (String language : List.of("en", "ar")) {
                browser.open(url("/?lang=" + language));
                assertEquals(language, browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
                if (language.equals("ar")) {
                    assertEquals("rtl", browser.driver().findElement(By.tagName("html")).getAttribute("dir"));
                }
                String draft = revisedDraftPath(browser);
                String draftId = draft.replaceAll(".*id=(\\d+).*", "$1");
                for (String path : List.of("/", "/drafts/index.xhtml", draft,
                        "/drafts/article.xhtml?draft=" + draftId + "&article=art-24",
                        "/drafts/article.xhtml?draft=" + draftId + "&article=art-5&changes=true",
                        "/organisations.xhtml", "/drafts/digest.xhtml?draft=" + draftId,
                        "/search.xhtml?q=judicial+authorisation", "/sessions.xhtml", "/privacy.xhtml", "/privacy.xhtml?erased=true",
                        // Shown by DatabaseOutageFilter during an outage; at its own address it renders the same without the database.
                        "/errors/unavailable.xhtml")) {
                    check(browser, path, problems);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n\n", problems));
    }

    private String draftOf(Browser browser) {
        String current = browser.driver().getCurrentUrl();
        String id = revisedDraftPath(browser).replaceAll(".*id=(\\d+).*", "$1");
        browser.open(current);
        return id;
    }

    @Test
    void formsAndTheSecretariatQueueHaveNoSeriousViolationsInEnglishAndArabic() throws Exception {
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.desktop()) {
            browser.open(url("/secretariat/index.xhtml"));
            browser.signInAtKeycloak("sofia", "sofia");
            browser.waitFor("#secretariat-heading");
            String accreditation = browser.driver().findElement(By.xpath(
                    "//h2[contains(., 'Ad Hoc Committee')]/following-sibling::p/a[contains(@class, 'accreditation-link')]"))
                    .getAttribute("href").replaceFirst("^https?://[^/]+", "");
            String process = accreditation.replaceAll(".*process=(\\d+).*", "$1");
            // Arabic first: the language is kept per account, and other tests read sofia's pages in English.
            for (String language : List.of("ar", "en")) {
                browser.open(url("/secretariat/index.xhtml?lang=" + language));
                for (String path : List.of("/secretariat/index.xhtml", accreditation, "/workspace/write/" + draftOf(browser) + "/art-24/art-24-para-1",
                        "/workspace/organisation.xhtml?process=" + process, "/workspace/index.xhtml",
                        "/secretariat/review.xhtml?process=" + process, "/secretariat/contribution.xhtml?id=" + HtmlValidityIT.demoContribution(),
                        "/secretariat/dashboard.xhtml?process=" + process, "/secretariat/audit.xhtml",
                        "/secretariat/import.xhtml?process=" + process, "/secretariat/sessions.xhtml?process=" + process,
                        "/secretariat/non-objection.xhtml?process=" + process, "/secretariat/speakers.xhtml?item=" + HtmlValidityIT.demoAgendaItem(),
                        "/secretariat/settings.xhtml?process=" + process, "/workspace/my-data.xhtml", "/workspace/delete-account.xhtml")) {
                    check(browser, path, problems);
                }
                checkExpiredPage(browser, "/secretariat/review.xhtml?process=" + process, problems);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n\n", problems));
    }
}
