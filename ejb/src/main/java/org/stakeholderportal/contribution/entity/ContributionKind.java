package org.stakeholderportal.contribution.entity;

/** What the input proposes. Amendments and new provisions carry proposed wording, shown as a redline. */
public enum ContributionKind {
    GENERAL_COMMENT,
    PROPOSED_AMENDMENT,
    PROPOSED_DELETION,
    PROPOSED_NEW_PROVISION;

    public boolean hasProposedWording() {
        return this == PROPOSED_AMENDMENT || this == PROPOSED_NEW_PROVISION;
    }
}
