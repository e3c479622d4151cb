package org.stakeholderportal.session.entity;

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
import org.stakeholderportal.organisation.entity.Organisation;

/** A person an accredited organisation registered for a session, in the room or online. */
@Entity
@Table(name = "session_representative")
public class Representative {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private CommitteeSession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(nullable = false, length = 320)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Gender gender;

    @Enumerated(EnumType.STRING)
    @Column(name = "attendance", nullable = false, length = 20)
    private Seat seat;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false)
    private String registeredBy;

    @Version
    private long version;

    protected Representative() {
    }

    public Representative(CommitteeSession session, Organisation organisation, String fullName, String email, Gender gender, Seat seat,
            Instant registeredAt, String registeredBy) {
        this.session = session;
        this.organisation = organisation;
        this.fullName = fullName;
        this.email = email;
        this.gender = gender;
        this.seat = seat;
        this.registeredAt = registeredAt;
        this.registeredBy = registeredBy;
    }

    public Long getId() { return id; }
    public CommitteeSession getSession() { return session; }
    public Organisation getOrganisation() { return organisation; }
    public String getFullName() { return fullName; }
    public String getEmail() { return email; }
    public Gender getGender() { return gender; }
    public Seat getSeat() { return seat; }
    public Instant getRegisteredAt() { return registeredAt; }
    public String getRegisteredBy() { return registeredBy; }
    public long getVersion() { return version; }
}
