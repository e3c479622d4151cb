package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Keyboard alone: on the pages people work with, pressing Tab reaches every visible control (link, button, field;
 * a group of radio buttons once, as browsers do) in turn, and the control that has the focus is visibly marked.
 * Date fields are reached like the others, but their mark is the browser's own: Chrome focuses the day, month or
 * year part inside the field and highlights that part, and whether the field itself then matches :focus varies.
 */
class KeyboardBrowserIT extends PortalBlackBox {

    /** Visible, enabled controls a keyboard user must be able to reach, as "tag#id|text" keys. */
    private static final String CONTROLS = "return Array.from(document.querySelectorAll('a[href], button, input, select, textarea'))"
            + ".filter(e => !e.disabled && e.type !== 'hidden' && e.tabIndex >= 0 && e.getClientRects().length > 0"
            + " && getComputedStyle(e).visibility !== 'hidden')"
            + ".map(e => e.type === 'radio' ? 'RADIO#' + e.name : e.tagName + '#' + (e.id || e.name || '') + '|'"
            + " + (e.textContent || e.value || '').trim().slice(0, 40));";
    private static final String FOCUSED = "const e = document.activeElement; if (!e || e === document.body) return null;"
            + " const s = getComputedStyle(e); const composite = ['date', 'time', 'datetime-local', 'month', 'week'].includes(e.type);"
            + " const marked = composite || (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';"
            + " return (e.type === 'radio' ? 'RADIO#' + e.name : e.tagName + '#' + (e.id || e.name || '') + '|'"
            + " + (e.textContent || e.value || '').trim().slice(0, 40)) + (marked ? '' : ' (no focus mark)');";

    @Test
    void everyControlIsReachedByTabAndShowsItHasTheFocus() throws Exception {
        long draft = ContributionClient.revisedDraftId();
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.desktop()) {
            check(browser, url("/drafts/article.xhtml?draft=" + draft + "&article=art-24"), problems);
            check(browser, url("/drafts/digest.xhtml?draft=" + draft), problems);
            browser.open(url("/secretariat/index.xhtml"));
            browser.signInAtKeycloak("sofia", "sofia");
            browser.waitFor("#secretariat-heading");
            String review = browser.driver().findElement(org.openqa.selenium.By.cssSelector(".review-link")).getAttribute("href");
            check(browser, review, problems);
            check(browser, url("/secretariat/contribution.xhtml?id=" + HtmlValidityIT.demoContribution()), problems);
            check(browser, url("/workspace/write/" + draft + "/art-24/art-24-para-1"), problems);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void check(Browser browser, String address, List<String> problems) {
        browser.open(address);
        browser.waitFor("main");
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        @SuppressWarnings("unchecked")
        List<String> controls = (List<String>) js.executeScript(CONTROLS);
        js.executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        Set<String> reached = new LinkedHashSet<>();
        Actions keyboard = new Actions(browser.driver());
        for (int presses = 0; presses < 2 * controls.size() + 10; presses++) {
            keyboard.sendKeys(Keys.TAB).perform();
            String focused = (String) js.executeScript(FOCUSED);
            if (focused == null) {
                continue;
            }
            if (focused.endsWith(" (no focus mark)")) {
                problems.add(address + ": " + focused);
                focused = focused.substring(0, focused.length() - " (no focus mark)".length());
            }
            reached.add(focused);
        }
        for (String control : controls) {
            if (!reached.contains(control)) {
                problems.add(address + ": never reached by Tab: " + control);
            }
        }
    }
}
