package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A member of the public searches the published input, narrows it by a facet, opens the article it is on and
 * downloads the digest's documents once the background generation has made them.
 */
class SearchBrowserIT extends PortalBlackBox {

    @Test
    void thePublicSearchesNarrowsOpensTheArticleAndDownloadsTheDigest() throws Exception {
        try (Browser browser = Browser.desktop()) {
            browser.open(url("/"));
            browser.driver().findElement(By.linkText("Search")).click();
            chooseTheDemoProcess(browser);
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

            // The secretariat releases the digest; its documents are generated in the background while the public waits.
            java.util.regex.Matcher draft = java.util.regex.Pattern.compile("draft=(\\d+)").matcher(browser.driver().getCurrentUrl());
            assertTrue(draft.find());
            HttpResponse<String> released = TestStackAccess.send(HttpRequest.newBuilder(URI.create(url("/api/digests?draft=" + draft.group(1)
                    + "&language=fr"))).header("Authorization", "Bearer " + TestStackAccess.accessToken("sofia", "sofia"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
            assertEquals(201, released.statusCode(), released.body());
            int number = TestStackAccess.json(released.body()).getInt("number");
            browser.open(url("/drafts/digest.xhtml?draft=" + draft.group(1)));
            String release = ".release[data-release='" + number + "'] ";
            new WebDriverWait(browser.driver(), Duration.ofSeconds(120)).until(d -> d.findElements(By.cssSelector(release
                    + ".digest-file[data-status='DONE']")).size() == 4);
            browser.screenshot("digest-documents");
            WebElement pdf = browser.driver().findElement(By.cssSelector(release + ".digest-file[data-format='PDF'][data-language='fr'] a"));
            String shown = browser.driver().findElement(By.cssSelector(release + ".digest-file[data-format='PDF'][data-language='fr'] .checksum")).getText();
            HttpResponse<byte[]> downloaded = TestStackAccess.HTTP.send(HttpRequest.newBuilder(URI.create(pdf.getAttribute("href"))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, downloaded.statusCode());
            assertEquals("application/pdf", downloaded.headers().firstValue("Content-Type").orElse(""));
            assertEquals("%PDF", new String(downloaded.body(), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
            assertEquals(shown, java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(downloaded.body())),
                    "the SHA-256 shown is that of the file downloaded");
            WebElement docx = browser.driver().findElement(By.cssSelector(release + ".digest-file[data-format='DOCX'][data-language='en'] a"));
            HttpResponse<byte[]> word = TestStackAccess.HTTP.send(HttpRequest.newBuilder(URI.create(docx.getAttribute("href"))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals("PK", new String(word.body(), 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1), "a DOCX is a ZIP package");
        }
    }

    /** Other tests add processes; the one searched here is the demo's. Returns its id. */
    private static String chooseTheDemoProcess(Browser browser) {
        browser.waitFor("#search-words");
        if (!browser.has("#search-process")) {
            return browser.driver().findElement(By.cssSelector("input[name='process']")).getAttribute("value");
        }
        Select processes = new Select(browser.driver().findElement(By.id("search-process")));
        WebElement demo = processes.getOptions().stream().filter(o -> o.getText().startsWith("Ad Hoc Committee")).findFirst().orElseThrow();
        processes.selectByValue(demo.getAttribute("value"));
        return demo.getAttribute("value");
    }

    @Test
    void searchFitsAPhoneScreenAndShowsNothingUnpublished() {
        try (Browser phone = Browser.phone()) {
            phone.open(url("/search.xhtml"));
            String process = chooseTheDemoProcess(phone);
            phone.open(url("/search.xhtml?process=" + process + "&q=safeguards"));
            phone.waitFor("#input-hits");
            assertTrue(phone.text("#text-hits").contains("Conditions and safeguards"), "the draft text is searched too");
            phone.screenshot("search-phone");
            Object overflow = ((JavascriptExecutor) phone.driver())
                    .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0L, ((Number) overflow).longValue(), "no sideways scrolling at 360 px");
            for (String unpublished : new String[] {"predictable+rules", "offences+the+convention+defines"}) {
                phone.open(url("/search.xhtml?process=" + process + "&q=" + unpublished));
                phone.waitFor("#input-hits");
                assertEquals("0", phone.text("#input-total"), "input under review or returned is not found: " + unpublished);
            }
        }
    }
}
