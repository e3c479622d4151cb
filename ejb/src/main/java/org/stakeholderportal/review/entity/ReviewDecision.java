package org.stakeholderportal.review.entity;

import org.stakeholderportal.contribution.entity.ContributionStatus;

/** What a reviewer decides on a submitted contribution, and the status it leads to. */
public enum ReviewDecision {
    PUBLISH(ContributionStatus.PUBLISHED),
    RETURN_FOR_REVISION(ContributionStatus.RETURNED_FOR_REVISION),
    REJECT(ContributionStatus.REJECTED);

    private final ContributionStatus outcome;

    ReviewDecision(ContributionStatus outcome) {
        this.outcome = outcome;
    }

    public ContributionStatus outcome() {
        return outcome;
    }
}
