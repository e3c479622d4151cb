package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * On a phone, in French, the secretariat opens a mail's wording on the settings page: a wording MessageFormat cannot
 * read is refused in French, a valid one is previewed with sample values and shown as plain text (markup escaped).
 * The page with its editor open fits a phone and passes axe-core. Nothing is saved, so other tests' mails are untouched.
 */
class SettingsBrowserIT extends PortalBlackBox {

    @Test
    void secretariatPreviewsAMailWordingAndIsToldInItsLanguageWhenItCannotBeUsed() throws Exception {
        try (Browser browser = Browser.phone()) {
            browser.open(url("/secretariat/index.xhtml"));
            browser.signInAtKeycloak("sofia", "sofia");
            browser.waitFor("#secretariat-heading");
            browser.open(url("/secretariat/index.xhtml?lang=fr"));
            try {
                previewInFrench(browser);
            } finally {
                // The language is kept per account; other tests read sofia's pages in English.
                browser.open(url("/secretariat/index.xhtml?lang=en"));
            }
        }
    }

    private void previewInFrench(Browser browser) {
        browser.waitFor(".settings-link").click();
        browser.waitFor("#limits");
        assertTrue(browser.text("#zone-offset").startsWith("UTC"), browser.text("#zone-offset"));
        assertTrue(browser.has("#REASON-entries li[data-code='OFF_TOPIC']"), "the reasons are listed");

        new Select(browser.driver().findElement(By.id("template-choice:template"))).selectByValue("review.REJECT");
        new Select(browser.driver().findElement(By.id("template-choice:template-language"))).selectByValue("en");
        browser.driver().findElement(By.id("template-choice:open-template")).click();
        WebElement subject = browser.waitFor("#template-editor\\:subject");
        assertTrue(subject.getAttribute("value").startsWith("Not published: {0}"), "the editor starts from the portal’s text");

        subject.clear();
        subject.sendKeys("<b>Refusé</b> {0");
        browser.driver().findElement(By.id("template-editor:preview")).click();
        assertTrue(browser.text(".message-error").contains("Ce texte ne peut pas servir de courriel"), browser.text(".message-error"));

        subject = browser.waitFor("#template-editor\\:subject");
        subject.clear();
        subject.sendKeys("<b>Refusé</b> {0}");
        browser.driver().findElement(By.id("template-editor:preview")).click();
        assertEquals("<b>Refusé</b> AHC-2026-000123", browser.text("#preview-subject"), "markup is shown as text, not rendered");
        assertTrue(browser.text("#preview-body").contains("Comment on article 5"), browser.text("#preview-body"));
        browser.screenshot("settings-template-preview-phone");
        String violations = AccessibilityBrowserIT.violations(browser);
        assertTrue(violations.isBlank(), "the editor with its preview passes axe-core: " + violations);
        Object overflow = ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(((Number) overflow).intValue() <= 0, "the page fits 360 px without scrolling sideways: " + overflow);
    }
}
