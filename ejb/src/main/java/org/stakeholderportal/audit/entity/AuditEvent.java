package org.stakeholderportal.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;

/**
 * One recorded action: who did what to which record, when. Never updated or deleted. People are named by their
 * reference ("person:…"), never by username or name, so erasing a person leaves every row and hash as it was.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "actor_role", nullable = false, updatable = false)
    private String actorRole;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "entity_type", nullable = false, updatable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private long entityId;

    @Column(nullable = false, updatable = false)
    private String detail;

    @Column(name = "previous_hash", nullable = false, updatable = false)
    private String previousHash;

    @Column(nullable = false, updatable = false)
    private String hash;

    /** The actor and detail as pages show them: person references replaced by usernames (pseudonyms once erased). */
    @Transient
    private String actorName;

    @Transient
    private String detailText;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, String actor, String actorRole, String action, String entityType, long entityId,
            String detail, String previousHash, String hash) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorRole = actorRole;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.detail = detail;
        this.previousHash = previousHash;
        this.hash = hash;
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getActorRole() { return actorRole; }
    public String getAction() { return action; }
    public String getEntityType() { return entityType; }
    public long getEntityId() { return entityId; }
    public String getDetail() { return detail; }
    public String getPreviousHash() { return previousHash; }
    public String getHash() { return hash; }
    public String getActorName() { return actorName == null ? actor : actorName; }
    public String getDetailText() { return detailText == null ? detail : detailText; }

    public void showNames(String actorName, String detailText) {
        this.actorName = actorName;
        this.detailText = detailText;
    }
}
