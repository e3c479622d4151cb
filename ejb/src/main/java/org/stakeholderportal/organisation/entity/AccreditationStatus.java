package org.stakeholderportal.organisation.entity;

/** Where an organisation's application for a negotiation process stands. */
public enum AccreditationStatus {
    PENDING,
    MORE_INFORMATION_REQUESTED,
    ACCREDITED,
    REJECTED,
    SUSPENDED
}
