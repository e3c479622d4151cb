package org.stakeholderportal.contribution.entity;

/** Where a contribution stands, from the organisation's draft to the secretariat's decision. */
public enum ContributionStatus {
    DRAFT,
    SUBMITTED,
    UNDER_REVIEW,
    PUBLISHED,
    RETURNED_FOR_REVISION,
    REJECTED,
    WITHDRAWN
}
