package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

/**
 * Session fixation: an attacker who planted a session id in the victim's browser, or who knows the one the
 * browser had before signing in, must not end up holding a signed-in session. The id changes at sign-in.
 */
class SessionFixationBrowserIT extends PortalBlackBox {

    private int statusWith(String sessionId) {
        HttpResponse<String> response = TestStackAccess.send(HttpRequest.newBuilder(URI.create(url("/workspace/index.xhtml")))
                .header("Accept", "text/html").header("Cookie", "JSESSIONID=" + sessionId).GET().build());
        return response.statusCode();
    }

    @Test
    void theSessionIdChangesAtSignIn() {
        try (Browser browser = Browser.desktop()) {
            browser.open(url("/"));
            browser.waitFor("main");
            String planted = "PLANTED-BY-ATTACKER-0123456789";
            browser.driver().manage().addCookie(new Cookie("JSESSIONID", planted, "/"));

            browser.open(url("/workspace/index.xhtml"));
            browser.waitFor("#username");
            Cookie beforeSignIn = browser.driver().manage().getCookieNamed("JSESSIONID");

            browser.signInAtKeycloak("kenji", "kenji");
            browser.waitFor("#account-name");
            Cookie signedIn = browser.driver().manage().getCookieNamed("JSESSIONID");
            assertNotNull(signedIn, "the signed-in browser has a session");
            assertNotEquals(planted, signedIn.getValue(), "a planted id is never adopted");
            if (beforeSignIn != null) {
                assertNotEquals(beforeSignIn.getValue(), signedIn.getValue(), "the pre-sign-in session id is replaced at sign-in");
                assertEquals(302, statusWith(beforeSignIn.getValue()), "and the old id is not signed in");
            }
            assertEquals(302, statusWith(planted), "the planted id is not signed in");
            assertEquals(200, statusWith(signedIn.getValue()), "the new id is");
            assertTrue(signedIn.isHttpOnly(), "scripts cannot read the session id");
        }
    }
}
