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
import org.stakeholderportal.platform.Refusal;

/**
 * A list of applicants without ECOSOC status that the secretariat proposes for accreditation and circulates to
 * member States: PROPOSED (being put together) → CIRCULATED (objections accepted until the deadline) → CONCLUDED.
 */
@Entity
@Table(name = "objection_list")
public class ObjectionList {

    public enum Status { PROPOSED, CIRCULATED, CONCLUDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "process_id")
    private NegotiationProcess process;

    @Column(nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.PROPOSED;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "circulated_at")
    private Instant circulatedAt;

    private Instant deadline;

    @Column(name = "concluded_at")
    private Instant concludedAt;

    @Version
    private long version;

    protected ObjectionList() {
    }

    public ObjectionList(NegotiationProcess process, String title, Instant createdAt, String createdBy) {
        this.process = process;
        this.title = title;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public void circulate(Instant now, Instant deadline) {
        if (status != Status.PROPOSED) {
            throw new Refusal("nonObjection.notProposed");
        }
        if (deadline == null || !deadline.isAfter(now)) {
            throw new Refusal("nonObjection.deadlinePast");
        }
        this.status = Status.CIRCULATED;
        this.circulatedAt = now;
        this.deadline = deadline;
    }

    /** Objections are accepted while circulated and strictly before the deadline. */
    public boolean acceptsObjections(Instant now) {
        return status == Status.CIRCULATED && now.isBefore(deadline);
    }

    public boolean isDue(Instant now) {
        return status == Status.CIRCULATED && !now.isBefore(deadline);
    }

    public void conclude(Instant now) {
        this.status = Status.CONCLUDED;
        this.concludedAt = now;
    }

    public Long getId() { return id; }
    public NegotiationProcess getProcess() { return process; }
    public String getTitle() { return title; }
    public Status getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getCirculatedAt() { return circulatedAt; }
    public Instant getDeadline() { return deadline; }
    public Instant getConcludedAt() { return concludedAt; }
    public long getVersion() { return version; }
}
