package org.stakeholderportal.contribution.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stakeholderportal.contribution.entity.ContributionStatus;
import org.stakeholderportal.platform.Refusal;

class ContributionRulesTest {

    @Test
    void aDraftIsSubmittedOrWithdrawnNothingElse() {
        assertTrue(ContributionLifecycle.allowed(ContributionStatus.DRAFT, ContributionStatus.SUBMITTED));
        assertTrue(ContributionLifecycle.allowed(ContributionStatus.DRAFT, ContributionStatus.WITHDRAWN));
        assertFalse(ContributionLifecycle.allowed(ContributionStatus.DRAFT, ContributionStatus.PUBLISHED));
    }

    @Test
    void publishedRejectedAndWithdrawnAreFinal() {
        for (ContributionStatus end : new ContributionStatus[] {ContributionStatus.PUBLISHED, ContributionStatus.REJECTED,
                ContributionStatus.WITHDRAWN}) {
            for (ContributionStatus to : ContributionStatus.values()) {
                assertFalse(ContributionLifecycle.allowed(end, to), end + " -> " + to);
            }
        }
    }

    @Test
    void aContributionReturnedForRevisionIsSubmittedAgain() {
        assertTrue(ContributionLifecycle.allowed(ContributionStatus.RETURNED_FOR_REVISION, ContributionStatus.SUBMITTED));
        assertTrue(ContributionLifecycle.editable(ContributionStatus.RETURNED_FOR_REVISION));
        assertFalse(ContributionLifecycle.editable(ContributionStatus.SUBMITTED));
    }

    @Test
    void aForbiddenTransitionIsRefusedByName() {
        Refusal refusal = assertThrows(Refusal.class,
                () -> ContributionLifecycle.require(ContributionStatus.PUBLISHED, ContributionStatus.WITHDRAWN));
        assertEquals("contribution.transitionNotAllowed", refusal.getMessageKey());
    }

    @Test
    void scriptsEventHandlersAndDangerousLinksAreRemoved() {
        String clean = CommentSanitizer.sanitize("<p onclick=\"steal()\">Keep <strong>this</strong></p><script>alert(1)</script>"
                + "<a href=\"javascript:alert(2)\">bad</a><img src=x onerror=alert(3)><iframe src=\"https://evil\"></iframe>");
        assertFalse(clean.contains("script"), clean);
        assertFalse(clean.contains("onclick"), clean);
        assertFalse(clean.contains("javascript:"), clean);
        assertFalse(clean.contains("<img"), clean);
        assertFalse(clean.contains("iframe"), clean);
        assertTrue(clean.contains("<strong>this</strong>"), clean);
    }

    @Test
    void safeLinksStayAndCannotOpenTheirOpener() {
        String clean = CommentSanitizer.sanitize("<a href=\"https://example.org/report\">report</a>");
        assertTrue(clean.contains("href=\"https://example.org/report\""), clean);
        assertTrue(clean.contains("noopener"), clean);
    }

    @Test
    void theTextOfACommentIgnoresItsMarkup() {
        assertEquals("", CommentSanitizer.text(CommentSanitizer.sanitize("<p> </p><script>x</script>")));
        assertEquals("One two", CommentSanitizer.text("<p>One</p><p>two</p>"));
    }
}
