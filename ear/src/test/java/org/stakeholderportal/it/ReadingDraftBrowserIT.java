package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** A reader finds the draft, opens an article by its address, sees its paragraphs, deadline and changes. */
class ReadingDraftBrowserIT extends PortalBlackBox {

    @Test
    void readerOpensAnArticleByItsAddressAndSeesParagraphsAndDeadline() {
        try (Browser browser = Browser.desktop()) {
            browser.open(url("/drafts/index.xhtml"));
            browser.driver().findElement(By.linkText("Revised draft text")).click();
            assertEquals("A/AC.291/DEMO/1/Rev.1", browser.text("#draft-symbol"));
            String articleUrl = browser.driver().findElement(By.partialLinkText("Conditions and safeguards")).getAttribute("href");

            try (Browser other = Browser.desktop()) {
                other.open(articleUrl + "#art-24-para-2");
                assertTrue(other.text("#article-title").contains("Conditions and safeguards"));
                assertFalse(other.text("#art-24-para-1 .text").isBlank());
                assertTrue(other.text("#deadline-time").length() > 5, "the deadline in the official zone");
                assertTrue(other.text("#deadline").contains("America/New_York"));
                assertTrue(other.text(".deadline-local").contains("Your time"), "the reader's own time, from the browser");
                other.screenshot("article-24");
            }
        }
    }

    @Test
    void readerTogglesTheChangesSinceThePreviousRevision() {
        try (Browser browser = Browser.desktop()) {
            browser.open(url("/drafts/index.xhtml"));
            browser.driver().findElement(By.linkText("Revised draft text")).click();
            browser.driver().findElement(By.partialLinkText("Respect for human rights")).click();
            browser.waitFor("#changes-toggle").click();
            assertTrue(browser.has("#revision .redline ins"), "insertions are marked");
            browser.screenshot("article-5-changes");
            browser.waitFor("#changes-hide").click();
            assertFalse(browser.has("#revision"));
        }
    }

    @Test
    void anArticleFitsAPhoneScreen() {
        try (Browser phone = Browser.phone()) {
            phone.open(url("/drafts/index.xhtml"));
            phone.driver().findElement(By.linkText("Revised draft text")).click();
            phone.driver().findElement(By.partialLinkText("Conditions and safeguards")).click();
            phone.waitFor("#article-title");
            Object overflow = ((JavascriptExecutor) phone.driver())
                    .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0L, ((Number) overflow).longValue(), "no sideways scrolling at 360 px");
            phone.screenshot("article-24-phone");
        }
    }
}
