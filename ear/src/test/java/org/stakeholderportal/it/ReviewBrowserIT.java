package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The secretariat filters and sorts the review queue, publishes one contribution and rejects another with a reason;
 * the organisation is mailed both decisions.
 */
class ReviewBrowserIT extends PortalBlackBox {

    @Test
    void secretariatFiltersAndSortsTheQueuePublishesOneAndRejectsAnotherWithAReason() throws Exception {
        String tag = "Q" + UUID.randomUUID().toString().substring(0, 8);
        ContributionClient amina = new ContributionClient(url("/"), "amina", "amina");
        long draftId = ContributionClient.revisedDraftId();
        JsonObject toPublish = amina.submitComment(draftId, "art-24", tag + " publish", "Oversight bodies must be independent " + tag + ".");
        JsonObject toReject = amina.submitComment(draftId, "art-5", tag + " reject", "An unrelated remark about " + tag + ".");

        try (Browser browser = Browser.desktop()) {
            browser.open(url("/secretariat/index.xhtml"));
            browser.signInAtKeycloak("sofia", "sofia");
            browser.waitFor(".review-link").click();
            browser.waitFor("#filters");
            filter(browser, tag);
            browser.screenshot("review-queue-filtered");
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("#contributions tbody tr"));
            assertEquals(2, rows.size(), "only the two tagged contributions match");
            String first = toPublish.getString("submissionNumber");
            String second = toReject.getString("submissionNumber");

            // Sorting and the status tabs are buttons that look like links (no inline script for the policy to block).
            submit(browser, By.id("queue:sort-number"));
            assertEquals("ascending", browser.driver().findElement(By.xpath("//th[.//input[@id='queue:sort-number']]")).getAttribute("aria-sort"));
            assertEquals(List.of(first, second), numbers(browser));
            submit(browser, By.id("queue:sort-number"));
            assertEquals("descending", browser.driver().findElement(By.xpath("//th[.//input[@id='queue:sort-number']]")).getAttribute("aria-sort"));
            assertEquals(List.of(second, first), numbers(browser), "the same column again reverses the order");

            decide(browser, first, "PUBLISH", null);
            assertEquals("Published", browser.text("#status"));
            browser.driver().findElement(By.cssSelector(".breadcrumb a")).click();
            browser.waitFor("#filters");
            filter(browser, tag);
            submit(browser, By.cssSelector("#status-counts li[data-status='PUBLISHED'] input"));
            assertEquals(List.of(first), numbers(browser), "the Published tab shows only the published one");
            submit(browser, By.id("statuses:all"));
            assertEquals(2, numbers(browser).size(), "every status again");
            decide(browser, second, "REJECT", "OFF_TOPIC");
            assertEquals("Rejected", browser.text("#status"));
            assertTrue(browser.text("#decided").contains("Off topic"), browser.text("#decided"));
            assertTrue(browser.text("#history").contains("contribution.decided"), "the history shows the decision");
            browser.screenshot("review-rejected");
            assertEquals(List.of(), browser.policyViolations(), "nothing on these pages was blocked by the Content-Security-Policy");
        }
        TestStackAccess.awaitMail("amina@digitalrights.example.org", "Published: " + toPublish.getString("submissionNumber"));
        TestStackAccess.awaitMail("amina@digitalrights.example.org", "Not published: " + toReject.getString("submissionNumber"));
    }

    /** Filters the queue by words and waits for the new page, not the one before it. */
    private static void filter(Browser browser, String words) {
        browser.driver().findElement(By.id("filters:text")).sendKeys(words);
        submit(browser, By.id("filters:apply-filters"));
    }

    /** The submission numbers in the queue, in their order on the page. */
    private static List<String> numbers(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#contributions tbody tr")).stream().map(r -> r.getAttribute("data-number")).toList();
    }

    /** Presses one of the queue's buttons and waits for the new page, not the one before it. */
    private static void submit(Browser browser, By button) {
        WebElement before = browser.driver().findElement(By.id("contributions"));
        browser.driver().findElement(button).click();
        // The old table is gone once the new page is there; Chrome reports a removed node either as stale or as
        // "does not belong to the document", so both count.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver -> {
            try {
                before.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        browser.waitFor("#contributions");
    }

    private static void decide(Browser browser, String number, String decision, String reason) {
        browser.driver().findElement(By.linkText(number)).click();
        browser.waitFor("#decision-form");
        browser.driver().findElement(By.cssSelector("#decision-form input[value='" + decision + "']")).click();
        if (reason != null) {
            new Select(browser.driver().findElement(By.id("decision-form:reason"))).selectByValue(reason);
        }
        browser.driver().findElement(By.id("decision-form:decide")).click();
        browser.waitFor(".message-info");
    }
}
