package org.stakeholderportal.organisation.entity;

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

/** A stakeholder organisation: an NGO, a company or association, a university, an intergovernmental body. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(name = "name_english", nullable = false, length = 300)
    private String nameEnglish;

    @Column(length = 30)
    private String acronym;

    @Column(nullable = false, length = 30)
    private String category;

    @Column(nullable = false, length = 2)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private UnRegion region;

    @Column(length = 300)
    private String website;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "ecosoc_status", nullable = false, length = 20)
    private EcosocStatus ecosocStatus;

    @Column(name = "contact_name", nullable = false, length = 200)
    private String contactName;

    @Column(name = "contact_email", nullable = false, length = 320)
    private String contactEmail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(OrganisationApplication application, Instant createdAt, String createdBy) {
        this.name = application.getName().trim();
        this.nameEnglish = application.getNameEnglish().trim();
        this.acronym = blankToNull(application.getAcronym());
        this.category = application.getCategory();
        this.country = application.getCountry();
        this.region = application.getRegion();
        this.website = blankToNull(application.getWebsite());
        this.description = application.getDescription().trim();
        this.ecosocStatus = application.getEcosocStatus();
        this.contactName = application.getContactName().trim();
        this.contactEmail = application.getContactEmail().trim();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public void describeAgain(String description) {
        this.description = description.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getNameEnglish() { return nameEnglish; }
    public String getAcronym() { return acronym; }
    public String getCategory() { return category; }
    public String getCountry() { return country; }
    public UnRegion getRegion() { return region; }
    public String getWebsite() { return website; }
    public String getDescription() { return description; }
    public EcosocStatus getEcosocStatus() { return ecosocStatus; }
    public String getContactName() { return contactName; }
    public String getContactEmail() { return contactEmail; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public long getVersion() { return version; }
}
