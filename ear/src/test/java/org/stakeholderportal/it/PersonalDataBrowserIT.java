package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A person reads their data, then deletes their account from the deletion page, through Keycloak's real sign-in. */
class PersonalDataBrowserIT extends PortalBlackBox {

    @Test
    void aPersonSeesTheirDataThenDeletesTheirAccountAndLandsOnThePrivacyPage() {
        String username = "it-browser-erasure-" + UUID.randomUUID().toString().substring(0, 8);
        String password = UUID.randomUUID().toString();
        PersonalDataApiIT.createUser(username, password);
        try (Browser browser = Browser.desktop()) {
            browser.open(url("/workspace/my-data.xhtml"));
            browser.signInAtKeycloak(username, password);
            browser.waitFor("#person-record");
            assertTrue(browser.text("#person-record").contains(username + "@example.org"), browser.text("#person-record"));
            browser.driver().findElement(By.id("delete-account-link")).click();
            browser.waitFor("#consequences");
            browser.driver().findElement(By.id("erase:confirmation")).sendKeys(username.substring(1));
            browser.driver().findElement(By.id("erase:delete")).click();
            browser.waitFor(".message-error");
            assertTrue(browser.has("#consequences"), "a mistyped username keeps the person on the page");
            browser.driver().findElement(By.id("erase:confirmation")).clear();
            browser.driver().findElement(By.id("erase:confirmation")).sendKeys(username);
            browser.driver().findElement(By.id("erase:delete")).click();
            browser.waitFor("#account-erased");
            assertFalse(browser.has("#logout-link"), "signed out");
        }
        assertThrows(IllegalStateException.class, () -> TestStackAccess.accessToken(username, password), "the Keycloak account is gone");
    }
}
