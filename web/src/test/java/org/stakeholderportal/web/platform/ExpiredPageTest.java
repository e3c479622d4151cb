package org.stakeholderportal.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExpiredPageTest {

    @Test
    void theLinkLeadsBackToThePortalPageTheFormWasOn() {
        assertEquals("/workspace/write/12/art-24/art-24-para-1", ExpiredPage.returnTo("", "/workspace/write/12/art-24/art-24-para-1"));
        assertEquals("/portal/secretariat/review.xhtml", ExpiredPage.returnTo("/portal", "/portal/secretariat/review.xhtml"));
    }

    @Test
    void anythingThatIsNotAPathOfThePortalLeadsHome() {
        for (Object unsafe : new Object[] {null, 42, "", "//evil.example/x", "/\\evil.example", "https://evil.example/",
                "/a\"><script>alert(1)</script>", "/a b", "/x/../../etc", "/x/..", "/a\nb", "javascript:alert(1)"}) {
            assertEquals("/", ExpiredPage.returnTo("", unsafe), String.valueOf(unsafe));
        }
        assertEquals("/portal/", ExpiredPage.returnTo("/portal", "/other/page.xhtml"));
        assertEquals("/portal/", ExpiredPage.returnTo("/portal", "/portal//evil.example"));
    }
}
