package org.stakeholderportal.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.organisation.control.AccreditationWorkflow;

/** An organisation's standing in one negotiation process: applied, accredited, rejected, suspended. */
@Entity
@Table(name = "accreditation")
public class Accreditation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "process_id")
    private NegotiationProcess process;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AccreditationStatus status;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    @Column(name = "applied_by", nullable = false)
    private String appliedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    private String reason;

    @Version
    private long version;

    protected Accreditation() {
    }

    public Accreditation(Organisation organisation, NegotiationProcess process, Instant appliedAt, String appliedBy) {
        this.organisation = organisation;
        this.process = process;
        this.status = AccreditationStatus.PENDING;
        this.appliedAt = appliedAt;
        this.appliedBy = appliedBy;
    }

    /** Applies a decision through the state machine; returns the status it had before. */
    public AccreditationStatus decide(AccreditationDecision decision, String reason, String by, Instant at) {
        AccreditationStatus before = status;
        this.status = AccreditationWorkflow.next(status, decision, reason);
        this.reason = reason == null || reason.isBlank() ? null : reason.trim();
        this.decidedBy = by;
        this.decidedAt = at;
        return before;
    }

    public boolean allowsInput() {
        return status == AccreditationStatus.ACCREDITED;
    }

    public Long getId() { return id; }
    public Organisation getOrganisation() { return organisation; }
    public NegotiationProcess getProcess() { return process; }
    public AccreditationStatus getStatus() { return status; }
    public Instant getAppliedAt() { return appliedAt; }
    public String getAppliedBy() { return appliedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
    public String getReason() { return reason; }
    public long getVersion() { return version; }
}
