package org.stakeholderportal.draft.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;

/** A negotiation, e.g. "Ad Hoc Committee on cybercrime": it has drafts, windows and accredited organisations. */
@Entity
@Table(name = "negotiation_process")
public class NegotiationProcess {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(name = "official_time_zone", nullable = false, length = 64)
    private String officialTimeZone;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Whether applicants without ECOSOC status are accredited only through the non-objection procedure. */
    @Column(name = "accreditation_by_non_objection", nullable = false)
    private boolean accreditationByNonObjection;

    @Version
    private long version;

    protected NegotiationProcess() {
    }

    public NegotiationProcess(String code, String name, ZoneId officialTimeZone, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.officialTimeZone = officialTimeZone.getId();
        this.createdAt = createdAt;
    }

    /** The secretariat moved the process to another official time zone (settings page). */
    public void moveTo(ZoneId zone) {
        this.officialTimeZone = zone.getId();
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getOfficialTimeZone() { return officialTimeZone; }
    public ZoneId officialZone() { return ZoneId.of(officialTimeZone); }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
    public boolean isAccreditationByNonObjection() { return accreditationByNonObjection; }
    public void setAccreditationByNonObjection(boolean required) { this.accreditationByNonObjection = required; }
}
