package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/** A member of the public searches the published input, narrows it by a facet and opens the article it is on. */
class SearchBrowserIT extends PortalBlackBox {

    @Test
    void thePublicSearchesNarrowsAndOpensTheArticle() {
        try (Browser browser = Browser.desktop()) {
            browser.open(url("/"));
            browser.driver().findElement(By.linkText("Search")).click();
            browser.waitFor("#search-words").sendKeys("judges", Keys.ENTER);
            browser.waitFor("#input-hits .input-hit");
            assertTrue(browser.text("#input-hits").contains("Prior judicial authorisation"), browser.text("#input-hits"));
            assertEquals("judge", browser.driver().findElement(By.cssSelector("#input-hits .snippet mark")).getText(),
                    "the word found is marked, found by its stem");
            browser.screenshot("search-results");

            browser.driver().findElement(By.cssSelector(".facet[data-facet='category'] a[data-value='NGO']")).click();
            browser.waitFor("#chosen-facets");
            assertTrue(browser.text("#chosen-facets").contains("Non-governmental organisation"));
            assertTrue(browser.text("#input-hits").contains("Prior judicial authorisation"));
            browser.driver().findElements(By.cssSelector("#input-hits .input-hit .meta")).forEach(meta ->
                    assertTrue(meta.getText().contains("Non-governmental organisation"), "only the chosen category: " + meta.getText()));

            browser.driver().findElement(By.cssSelector("#input-hits .hit-title a")).click();
            browser.waitFor("#article-title");
            assertTrue(browser.text("#article-title").contains("Conditions and safeguards"), browser.text("#article-title"));
            assertTrue(browser.driver().getCurrentUrl().contains("#pc-"), "the link leads to the contribution itself");
        }
    }

    @Test
    void searchFitsAPhoneScreenAndShowsNothingUnpublished() {
        try (Browser phone = Browser.phone()) {
            phone.open(url("/search.xhtml?q=safeguards"));
            phone.waitFor("#input-hits");
            assertTrue(phone.text("#text-hits").contains("Conditions and safeguards"), "the draft text is searched too");
            Object overflow = ((JavascriptExecutor) phone.driver())
                    .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0L, ((Number) overflow).longValue(), "no sideways scrolling at 360 px");
            phone.screenshot("search-phone");
            for (String unpublished : new String[] {"predictable+rules", "offences+the+convention+defines"}) {
                phone.open(url("/search.xhtml?q=" + unpublished));
                phone.waitFor("#input-hits");
                assertEquals("0", phone.text("#input-total"), "input under review or returned is not found: " + unpublished);
            }
        }
    }
}
