package org.stakeholderportal.publication.control;

import java.util.Set;

/**
 * Which audited actions may change what anonymous readers see. Every action counts unless it is known to be private
 * to an organisation or to the secretariat's work: an action added later then empties the public page cache rather
 * than leaving it stale. The private ones include everything of the deadline-day surge (starting, attaching,
 * submitting), so a surge of submissions never empties the cache.
 */
public final class PublicChanges {

    private static final Set<String> PRIVATE = Set.of(
            "contribution.started", "contribution.attached", "contribution.detached", "contribution.submitted",
            "contribution.assigned", "contribution.noted",
            "contribution.coSignerInvited", "contribution.coSignerEndorsed", "contribution.coSignerDeclined",
            "organisation.applied", "accreditation.resubmitted",
            "membership.requested", "membership.approved", "membership.declined", "membership.removed",
            "delegate.linked", "delegate.unlinked",
            "settings.template.saved", "settings.template.removed");

    /** Non-objection lists are read by delegates and the secretariat only; their outcome is audited as accreditation.*. */
    private static final String PRIVATE_PREFIX = "nonObjection.";

    private PublicChanges() {
    }

    public static boolean affectPublicPages(String action) {
        return action == null || !(PRIVATE.contains(action) || action.startsWith(PRIVATE_PREFIX));
    }
}
