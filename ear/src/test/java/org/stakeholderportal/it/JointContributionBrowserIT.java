package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A joint contribution in the browser: the lead stakeholder invites the second demo organisation, its focal point
 * endorses the text in its own workspace, the lead submits, and the receipt lists both organisations.
 */
class JointContributionBrowserIT extends PortalBlackBox {

    @Test
    void theLeadInvitesTheOtherOrganisationWhichEndorsesAndTheReceiptListsIt() throws Exception {
        String title = "Joint statement on oversight " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser amina = Browser.desktop(); Browser kenji = Browser.desktop()) {
            amina.open(url("/organisations.xhtml"));
            Matcher process = Pattern.compile("id=\"po-(\\d+)\">Ad Hoc Committee").matcher(amina.driver().getPageSource());
            assertTrue(process.find(), "the demo process is listed");
            amina.open(url("/drafts/index.xhtml"));
            amina.driver().findElement(By.xpath("//h2[contains(., 'Ad Hoc Committee')]/following-sibling::ul//a[.='Revised draft text']")).click();
            amina.driver().findElement(By.partialLinkText("Conditions and safeguards")).click();
            amina.waitFor("#comment-article").click();
            amina.signInAtKeycloak("amina", "amina");
            amina.waitFor("#contribution-form\\:title").sendKeys(title);
            amina.driver().findElement(By.id("contribution-form:comment")).sendKeys("Every power needs independent oversight and a remedy.");
            amina.driver().findElement(By.id("contribution-form:save")).click();
            Select organisations = new Select(amina.waitFor("#contribution-form\\:invite-organisation"));
            WebElement pcic = organisations.getOptions().stream().filter(o -> o.getText().startsWith("Pacific Cyber Industry Council"))
                    .findFirst().orElseThrow();
            organisations.selectByValue(pcic.getAttribute("value"));
            amina.driver().findElement(By.id("contribution-form:invite")).click();
            amina.screenshot("joint-invited");
            assertTrue(amina.has("#co-signer-list"), amina.text("main"));
            assertTrue(amina.text("#co-signer-list").contains("Pacific Cyber Industry Council"), amina.text("#co-signers"));

            kenji.open(url("/workspace/index.xhtml"));
            kenji.signInAtKeycloak("kenji", "kenji");
            kenji.waitFor("#workspace-welcome");
            kenji.open(url("/workspace/invitations.xhtml?process=" + process.group(1)));
            WebElement invitation = kenji.driver().findElement(By.xpath("//article[contains(@class, 'invitation')][.//h2[.='" + title + "']]"));
            invitation.findElement(By.cssSelector("textarea")).sendKeys("We share this concern.");
            invitation.findElement(By.cssSelector("input[id$='endorse']")).click();
            assertTrue(kenji.text(".message-info").length() > 0, "endorsed");
            kenji.screenshot("joint-endorsed");

            amina.driver().navigate().refresh();
            amina.waitFor("#co-signer-list");
            assertTrue(amina.driver().findElement(By.cssSelector("#co-signer-list li[data-current='true']")).getText()
                    .contains("Pacific Cyber Industry Council"), "the lead sees the endorsement of this very text");
            amina.driver().findElement(By.id("contribution-form:submit")).click();
            assertTrue(amina.text("#receipt-number").matches("AHC-\\d{4}-\\d{4}"), amina.text("#receipt-number"));
            assertTrue(amina.text("#receipt-organisation").contains("Digital Rights Watch"), "the receipt names the lead");
            assertTrue(amina.text("#receipt-co-signers").contains("Pacific Cyber Industry Council"), "and the co-signer");
            amina.screenshot("joint-receipt");
        }
    }
}
