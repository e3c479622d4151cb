package org.stakeholderportal.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A member State's objection to one applicant on a circulated list, with its reason; withdrawn ones stay on record. */
@Entity
@Table(name = "objection")
public class Objection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id")
    private ObjectionListEntry entry;

    @Column(name = "member_state", nullable = false, length = 2)
    private String memberState;

    @Column(nullable = false)
    private String username;

    @Column(nullable = false)
    private String reason;

    @Column(name = "objected_at", nullable = false)
    private Instant objectedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Version
    private long version;

    protected Objection() {
    }

    public Objection(ObjectionListEntry entry, String memberState, String username, String reason, Instant objectedAt) {
        this.entry = entry;
        this.memberState = memberState;
        restate(username, reason, objectedAt);
    }

    /** The State objects (again), possibly through another of its delegates. */
    public void restate(String username, String reason, Instant at) {
        this.username = username;
        this.reason = reason;
        this.objectedAt = at;
        this.withdrawnAt = null;
    }

    public void withdraw(Instant at) {
        this.withdrawnAt = at;
    }

    public boolean isStanding() {
        return withdrawnAt == null;
    }

    public Long getId() { return id; }
    public ObjectionListEntry getEntry() { return entry; }
    public String getMemberState() { return memberState; }
    public String getUsername() { return username; }
    public String getReason() { return reason; }
    public Instant getObjectedAt() { return objectedAt; }
    public Instant getWithdrawnAt() { return withdrawnAt; }
    public long getVersion() { return version; }
}
