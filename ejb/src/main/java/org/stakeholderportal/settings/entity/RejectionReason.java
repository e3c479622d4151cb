package org.stakeholderportal.settings.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A reason code the secretariat gives when it decides not to publish a contribution. */
@Entity
@Table(name = "rejection_reason")
public class RejectionReason extends CodeListEntry {

    protected RejectionReason() {
    }

    public RejectionReason(String code, int position) {
        super(code, position);
    }
}
