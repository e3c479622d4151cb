package org.stakeholderportal.organisation.entity;

/** What the secretariat (or, for RESUBMIT, the applicant) can do to an accreditation. */
public enum AccreditationDecision {
    APPROVE,
    REJECT,
    REQUEST_INFORMATION,
    RESUBMIT,
    SUSPEND,
    REINSTATE;

    /** Decisions that the person affected must be told the reason for. */
    public boolean needsReason() {
        return this == REJECT || this == REQUEST_INFORMATION || this == SUSPEND;
    }
}
