package org.stakeholderportal.publication.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PublicChangesTest {

    @Test
    void theDeadlineSurgeLeavesPublicPagesAlone() {
        for (String action : new String[] {"contribution.started", "contribution.attached", "contribution.submitted",
                "contribution.noted", "contribution.assigned", "membership.requested", "nonObjection.objected"}) {
            assertFalse(PublicChanges.affectPublicPages(action), action);
        }
    }

    @Test
    void publicationsWindowsAccreditationsSessionsDigestsAndSettingsChangeThem() {
        for (String action : new String[] {"contribution.decided", "contribution.withdrawn", "draft.imported",
                "draft.languageVersionImported", "window.opened", "window.extended", "window.closed", "accreditation.approve",
                "accreditation.suspend", "session.created", "agenda.itemAdded", "speakers.confirmed", "digest.published",
                "settings.changed", "settings.category.relabelled", "person.erased", "process.created"}) {
            assertTrue(PublicChanges.affectPublicPages(action), action);
        }
    }

    @Test
    void anActionNobodyListedCountsAsPublic() {
        assertTrue(PublicChanges.affectPublicPages("something.new"));
    }
}
