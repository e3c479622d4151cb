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
import org.stakeholderportal.platform.Refusal;

/**
 * A person's place in an organisation for a process. The first member is the focal point, who approves
 * the others; a person belongs to at most one organisation per process (enforced by the database).
 */
@Entity
@Table(name = "membership")
public class Membership {

    public enum Role { FOCAL_POINT, MEMBER }

    public enum Status { REQUESTED, ACTIVE, DECLINED, REMOVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "process_id", nullable = false)
    private long processId;

    @Column(nullable = false)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Version
    private long version;

    protected Membership() {
    }

    private Membership(Organisation organisation, long processId, String username, Role role, Status status, Instant at) {
        this.organisation = organisation;
        this.processId = processId;
        this.username = username;
        this.role = role;
        this.status = status;
        this.requestedAt = at;
    }

    public static Membership focalPoint(Organisation organisation, long processId, String username, Instant at) {
        Membership m = new Membership(organisation, processId, username, Role.FOCAL_POINT, Status.ACTIVE, at);
        m.decidedAt = at;
        m.decidedBy = username;
        return m;
    }

    public static Membership request(Organisation organisation, long processId, String username, Instant at) {
        return new Membership(organisation, processId, username, Role.MEMBER, Status.REQUESTED, at);
    }

    public void decide(boolean approve, String by, Instant at) {
        if (status != Status.REQUESTED) {
            throw new Refusal("membership.notRequested");
        }
        this.status = approve ? Status.ACTIVE : Status.DECLINED;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public void remove(String by, Instant at) {
        if (role == Role.FOCAL_POINT) {
            throw new Refusal("membership.cannotRemoveFocalPoint");
        }
        this.status = Status.REMOVED;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    /** The person erased their account: the membership ends whatever their role (the caller hands the role on first). */
    public void endWithAccount(String pseudonym, Instant at) {
        this.status = Status.REMOVED;
        this.decidedBy = pseudonym;
        this.decidedAt = at;
    }

    /** Takes over as focal point when the one before erased their account. */
    public void takeOverAsFocalPoint() {
        if (status != Status.ACTIVE) {
            throw new IllegalStateException("Only an active member can become focal point");
        }
        this.role = Role.FOCAL_POINT;
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    public boolean isFocalPoint() {
        return role == Role.FOCAL_POINT && status == Status.ACTIVE;
    }

    public Long getId() { return id; }
    public Organisation getOrganisation() { return organisation; }
    public long getProcessId() { return processId; }
    public String getUsername() { return username; }
    public Role getRole() { return role; }
    public Status getStatus() { return status; }
    public Instant getRequestedAt() { return requestedAt; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
    public long getVersion() { return version; }
}
