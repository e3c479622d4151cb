package org.stakeholderportal.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/**
 * A member-state delegate: a portal account with the realm role "delegate", linked by the secretariat to the member
 * State it speaks for (ISO 3166 code). One objection per State, whoever of its delegates raises it.
 */
@Entity
@Table(name = "delegate")
public class Delegate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "member_state", nullable = false, length = 2)
    private String memberState;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Version
    private long version;

    protected Delegate() {
    }

    public Delegate(String username, String memberState, Instant createdAt, String createdBy) {
        this.username = username;
        this.memberState = memberState.toUpperCase(Locale.ROOT);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public void relink(String memberState) {
        this.memberState = memberState.toUpperCase(Locale.ROOT);
        this.active = true;
    }

    public void deactivate() {
        this.active = false;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getMemberState() { return memberState; }
    public boolean isActive() { return active; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
