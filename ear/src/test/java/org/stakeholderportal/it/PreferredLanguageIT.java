package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A signed-in person's language choice is kept with their account, so their mail comes in that language. */
class PreferredLanguageIT extends PortalBlackBox {

    @Test
    void choosingALanguageWhileSignedInIsRememberedForTheAccount() throws Exception {
        try (Browser browser = Browser.desktop()) {
            browser.open(url("/workspace/index.xhtml"));
            browser.signInAtKeycloak("kenji", "kenji");
            browser.waitFor("main");
            browser.open(url("/drafts/index.xhtml?lang=fr"));
            browser.waitFor("main");
            assertEquals("fr", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
            assertEquals("fr", preferred("kenji"), "kept with the account, not only in this browser");
        } finally {
            try (Connection db = TestStackAccess.database();
                    PreparedStatement reset = db.prepareStatement("UPDATE person SET preferred_locale = NULL WHERE username = 'kenji'")) {
                reset.executeUpdate();
            }
        }
    }

    private static String preferred(String username) throws Exception {
        try (Connection db = TestStackAccess.database();
                PreparedStatement select = db.prepareStatement("SELECT preferred_locale FROM person WHERE username = ?")) {
            select.setString(1, username);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : "(no person)";
            }
        }
    }
}
