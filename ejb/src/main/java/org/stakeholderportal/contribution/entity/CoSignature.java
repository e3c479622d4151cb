package org.stakeholderportal.contribution.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Another organisation's part in a joint contribution: invited by the lead, then endorsed (bound to the text its
 * focal point read), declined, or withdrawn again before publication. Listed on a submitted version only if its
 * endorsement was of the text submitted.
 */
@Entity
@Table(name = "co_signature")
public class CoSignature {

    /** Where the invited organisation stands. */
    public enum Status {
        INVITED, ENDORSED, DECLINED, WITHDRAWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contribution_id", nullable = false, updatable = false)
    private long contributionId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "invited_by", nullable = false)
    private String invitedBy;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @Column(name = "responded_by")
    private String respondedBy;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(length = 1000)
    private String note;

    @Column(name = "endorsed_text", length = 64)
    private String endorsedText;

    @Column(name = "listed_in_version")
    private Integer listedInVersion;

    @Version
    private long version;

    protected CoSignature() {
    }

    public CoSignature(long contributionId, long organisationId, String invitedBy, Instant invitedAt) {
        this.contributionId = contributionId;
        this.organisationId = organisationId;
        invite(invitedBy, invitedAt);
    }

    /** Invited (again, after a decline or a withdrawal). */
    public final void invite(String by, Instant at) {
        this.status = Status.INVITED;
        this.invitedBy = by;
        this.invitedAt = at;
        this.respondedBy = null;
        this.respondedAt = null;
        this.note = null;
        this.endorsedText = null;
    }

    public void endorse(String textFingerprint, String by, Instant at, String note) {
        this.status = Status.ENDORSED;
        this.endorsedText = textFingerprint;
        respond(by, at, note);
    }

    public void decline(String by, Instant at, String note) {
        this.status = Status.DECLINED;
        this.endorsedText = null;
        respond(by, at, note);
    }

    public void withdraw(String by, Instant at, String note) {
        this.status = Status.WITHDRAWN;
        this.endorsedText = null;
        this.listedInVersion = null;
        respond(by, at, note);
    }

    private void respond(String by, Instant at, String note) {
        this.respondedBy = by;
        this.respondedAt = at;
        this.note = note;
    }

    /** True if this organisation endorsed exactly the text with this fingerprint. */
    public boolean endorses(String textFingerprint) {
        return status == Status.ENDORSED && textFingerprint.equals(endorsedText);
    }

    /** An endorsement of a text the lead has changed since: to be given again. */
    public boolean isStale(String textFingerprint) {
        return status == Status.ENDORSED && !textFingerprint.equals(endorsedText);
    }

    public void listIn(Integer contributionVersion) {
        this.listedInVersion = contributionVersion;
    }

    public Long getId() { return id; }
    public long getContributionId() { return contributionId; }
    public long getOrganisationId() { return organisationId; }
    public Status getStatus() { return status; }
    public String getInvitedBy() { return invitedBy; }
    public Instant getInvitedAt() { return invitedAt; }
    public String getRespondedBy() { return respondedBy; }
    public Instant getRespondedAt() { return respondedAt; }
    public String getNote() { return note; }
    public Integer getListedInVersion() { return listedInVersion; }
    public long getVersion() { return version; }
}
