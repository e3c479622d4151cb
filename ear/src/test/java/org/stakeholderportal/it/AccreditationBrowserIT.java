package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A newcomer registers through Keycloak, applies for a new organisation, and the secretariat approves it. */
class AccreditationBrowserIT extends PortalBlackBox {

    @Test
    void newcomerRegistersAppliesAndTheSecretariatApproves() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String username = "newcomer-" + suffix;
        String organisation = "Cyber Policy Lab " + suffix;
        try (Browser newcomer = Browser.desktop(); Browser secretariat = Browser.desktop()) {
            newcomer.open(url("/workspace/organisation.xhtml"));
            newcomer.waitFor("#username");
            newcomer.driver().findElement(By.linkText("Register")).click();
            newcomer.waitFor("#username").sendKeys(username);
            newcomer.driver().findElement(By.id("email")).sendKeys(username + "@example.org");
            newcomer.driver().findElement(By.id("firstName")).sendKeys("Nadia");
            newcomer.driver().findElement(By.id("lastName")).sendKeys("Newcomer");
            newcomer.driver().findElement(By.id("password")).sendKeys("Newcomer-Pass-1");
            newcomer.driver().findElement(By.id("password-confirm")).sendKeys("Newcomer-Pass-1");
            newcomer.driver().findElement(By.cssSelector("input[type=submit], button[type=submit]")).click();

            String organisationPage = newcomer.waitFor("main").findElement(By.partialLinkText("Ad Hoc Committee")).getAttribute("href");
            newcomer.open(organisationPage);
            newcomer.waitFor("#apply-form\\:apply").click();
            assertTrue(newcomer.driver().findElements(By.cssSelector("#apply-form .field-error")).size() >= 5,
                    "an empty application explains each missing field");

            newcomer.driver().findElement(By.id("apply-form:name")).sendKeys(organisation);
            newcomer.driver().findElement(By.id("apply-form:nameEnglish")).sendKeys(organisation);
            new Select(newcomer.driver().findElement(By.id("apply-form:category"))).selectByValue("ACADEMIA");
            new Select(newcomer.driver().findElement(By.id("apply-form:country"))).selectByValue("GH");
            new Select(newcomer.driver().findElement(By.id("apply-form:region"))).selectByValue("AFRICAN_STATES");
            newcomer.driver().findElement(By.id("apply-form:description")).sendKeys("Research on cybercrime law and human rights in West Africa.");
            newcomer.driver().findElement(By.id("apply-form:contactName")).sendKeys("Nadia Newcomer");
            newcomer.driver().findElement(By.id("apply-form:contactEmail")).sendKeys(username + "@example.org");
            newcomer.driver().findElement(By.id("apply-form:apply")).click();
            assertEquals("PENDING", newcomer.waitFor("#accreditation-status").getAttribute("data-status"));
            assertTrue(newcomer.driver().getCurrentUrl().contains("process="), "the page keeps its address after applying");

            secretariat.open(url("/secretariat/index.xhtml"));
            secretariat.signInAtKeycloak("sofia", "sofia");
            secretariat.waitFor(".accreditation-link");
            secretariat.driver().findElement(By.xpath(
                    "//h2[contains(., 'Ad Hoc Committee')]/following-sibling::p/a[contains(@class, 'accreditation-link')]")).click();
            secretariat.waitFor("#filters\\:text").sendKeys(suffix);
            secretariat.driver().findElement(By.id("filters:apply-filters")).click();
            assertEquals(organisation, secretariat.text(".org-name"));
            secretariat.waitFor(".decide-on").click();
            secretariat.waitFor("#decision-form\\:decision input[value='APPROVE']").click();
            secretariat.driver().findElement(By.id("decision-form:decide")).click();
            assertTrue(secretariat.text(".message-info").contains(organisation));
            secretariat.screenshot("accreditation-queue");

            jakarta.mail.internet.MimeMessage decision = TestStackAccess.awaitMail(username + "@example.org", organisation);
            assertTrue(decision.getSubject().contains("accredited"), decision.getSubject());

            newcomer.open(organisationPage);
            assertEquals("ACCREDITED", newcomer.waitFor("#accreditation-status").getAttribute("data-status"));
        }
    }
}
