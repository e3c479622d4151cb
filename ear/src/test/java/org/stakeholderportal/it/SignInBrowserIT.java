package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Signing in and out through Keycloak's real login page, in a real browser. */
class SignInBrowserIT extends PortalBlackBox {

    @Test
    void stakeholderSignsInThroughKeycloakAndSeesTheWorkspace() {
        try (Browser browser = Browser.desktop()) {
            browser.open(url("/"));
            browser.waitFor("#login-link").click();
            assertTrue(browser.driver().getCurrentUrl().startsWith(TestStackAccess.keycloakRealmUrl()),
                    "the anonymous visitor is sent to Keycloak: " + browser.driver().getCurrentUrl());
            browser.signInAtKeycloak("amina", "amina");

            assertEquals("Welcome, Amina Diallo.", browser.text("#workspace-welcome"));
            assertTrue(browser.has("#workspace-roles li[data-role='stakeholder']"));
            assertEquals("amina", browser.text("#workspace-username"));
            assertEquals("Amina Diallo", browser.text("#account-name"));
            browser.screenshot("workspace-amina");
        }
    }

    @Test
    void stakeholderIsShownAccessDeniedOnSecretariatPages() {
        try (Browser browser = Browser.desktop()) {
            browser.open(url("/secretariat/index.xhtml"));
            browser.signInAtKeycloak("kenji", "kenji");
            assertEquals("Access denied", browser.text("#error-heading"));
            assertTrue(!browser.has("#secretariat-heading"));
        }
    }

    @Test
    void secretariatMemberReachesSecretariatPages() {
        try (Browser browser = Browser.desktop()) {
            browser.open(url("/secretariat/index.xhtml"));
            browser.signInAtKeycloak("sofia", "sofia");
            assertEquals("Secretariat", browser.text("#secretariat-heading"));
        }
    }

    @Test
    void signingOutEndsTheKeycloakSessionToo() {
        try (Browser browser = Browser.desktop()) {
            browser.open(url("/workspace/index.xhtml"));
            browser.signInAtKeycloak("amina", "amina");
            browser.waitFor("#workspace-welcome");

            browser.waitFor("#logout-link").click();
            browser.waitFor("#login-link");
            assertTrue(browser.driver().getCurrentUrl().startsWith(url("")),
                    "back on the portal after signing out: " + browser.driver().getCurrentUrl());

            // Had only the portal's session ended, Keycloak would sign her straight back in.
            browser.open(url("/workspace/index.xhtml"));
            browser.waitFor("#username");
            assertTrue(browser.driver().getCurrentUrl().startsWith(TestStackAccess.keycloakRealmUrl()));
        }
    }
}
