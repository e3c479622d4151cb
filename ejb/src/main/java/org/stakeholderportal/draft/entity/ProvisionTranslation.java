package org.stakeholderportal.draft.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One provision's number, heading and text in another language of its draft (one per provision and language). */
@Entity
@Table(name = "provision_translation")
public class ProvisionTranslation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "provision_id", nullable = false, updatable = false)
    private long provisionId;

    @Column(nullable = false, length = 10, updatable = false)
    private String language;

    @Column(nullable = false, length = 100, updatable = false)
    private String num;

    @Column(nullable = false, length = 1000, updatable = false)
    private String heading;

    @Column(nullable = false, updatable = false)
    private String body;

    protected ProvisionTranslation() {
    }

    public ProvisionTranslation(long provisionId, String language, String num, String heading, String body) {
        this.provisionId = provisionId;
        this.language = language;
        this.num = num;
        this.heading = heading;
        this.body = body;
    }

    public Long getId() { return id; }
    public long getProvisionId() { return provisionId; }
    public String getLanguage() { return language; }
    public String getNum() { return num; }
    public String getHeading() { return heading; }
    public String getBody() { return body; }
}
