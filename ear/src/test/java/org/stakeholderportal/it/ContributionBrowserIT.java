package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The demo stakeholder proposes new wording for a paragraph, sees the redline, submits and gets the receipt. */
class ContributionBrowserIT extends PortalBlackBox {

    @Test
    void stakeholderProposesWordingSeesTheRedlineSubmitsAndGetsAReceipt() throws Exception {
        String title = "Prior judicial authorisation " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = Browser.desktop()) {
            browser.open(url("/drafts/index.xhtml"));
            browser.driver().findElement(By.xpath("//h2[contains(., 'Ad Hoc Committee')]/following-sibling::ul//a[.='Revised draft text']")).click();
            browser.driver().findElement(By.partialLinkText("Conditions and safeguards")).click();
            browser.waitFor("#art-24-para-1 .comment-paragraph").click();
            browser.signInAtKeycloak("amina", "amina");
            browser.waitFor("#contribution-form");
            browser.screenshot("contribution-after-sign-in");
            assertTrue(browser.has("#current-text"), "the paragraph is shown at " + browser.driver().getCurrentUrl());
            String current = browser.text("#current-text");
            assertTrue(current.startsWith("Each State Party shall ensure"), current);
            new Select(browser.driver().findElement(By.id("contribution-form:kind"))).selectByValue("PROPOSED_AMENDMENT");
            browser.driver().findElement(By.id("contribution-form:title")).sendKeys(title);
            browser.driver().findElement(By.id("contribution-form:comment")).sendKeys("Safeguards need an independent check before the powers are used.");
            WebElement wording = browser.driver().findElement(By.id("contribution-form:wording"));
            wording.sendKeys(current.replace("shall ensure", "shall guarantee") + " Such powers shall require prior judicial authorisation.");
            browser.driver().findElement(By.id("contribution-form:save")).click();

            assertTrue(browser.text(".message-info").length() > 0, "saved");
            assertTrue(browser.has("#redline ins") && browser.has("#redline del"), "insertions and deletions are marked");
            assertEquals("guarantee", browser.driver().findElement(By.cssSelector("#redline ins")).getText().trim());
            browser.screenshot("contribution-redline");

            browser.driver().findElement(By.id("contribution-form:submit")).click();
            assertTrue(browser.text("#receipt-number").matches("AHC-\\d{4}-\\d{4}"), browser.text("#receipt-number"));
            assertTrue(browser.text("#receipt-checksum").matches("[0-9a-f]{64}"));
            String number = browser.text("#receipt-number");
            jakarta.mail.internet.MimeMessage receipt = TestStackAccess.awaitMail("amina@digitalrights.example.org", number);
            assertTrue(String.valueOf(receipt.getContent()).contains(browser.text("#receipt-checksum")), "the mail carries the checksum");
            browser.screenshot("contribution-receipt");

            browser.driver().findElement(By.linkText("My organisation’s contributions")).click();
            assertTrue(browser.has("#my-contributions tr[data-status='SUBMITTED']"));
            assertTrue(browser.driver().findElement(By.id("my-contributions")).getText().contains(title));
        }
    }
}
