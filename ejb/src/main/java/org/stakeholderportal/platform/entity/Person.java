package org.stakeholderportal.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A person who has signed in at least once, known by their Keycloak username. */
@Entity
@Table(name = "person")
@NamedQuery(name = Person.BY_USERNAME, query = "select p from Person p where p.username = :username")
public class Person {

    public static final String BY_USERNAME = "Person.byUsername";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Column(name = "preferred_locale")
    private String preferredLocale;

    @Column(name = "first_seen", nullable = false)
    private Instant firstSeen;

    @Column(name = "last_seen", nullable = false)
    private Instant lastSeen;

    /** Random, never derived from the name: what the audit trail records instead of the username. */
    @Column(nullable = false, unique = true, updatable = false, length = 32)
    private String reference;

    @Column(name = "erased_at")
    private Instant erasedAt;

    @Version
    private long version;

    protected Person() {
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPreferredLocale() {
        return preferredLocale;
    }

    public void setPreferredLocale(String preferredLocale) {
        this.preferredLocale = preferredLocale;
    }

    public Instant getFirstSeen() {
        return firstSeen;
    }

    public Instant getLastSeen() {
        return lastSeen;
    }

    public String getReference() {
        return reference;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }
}
