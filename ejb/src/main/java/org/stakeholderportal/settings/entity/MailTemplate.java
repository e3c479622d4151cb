package org.stakeholderportal.settings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The secretariat's wording of one mail in one language; it replaces MailMessages' subject and body until removed. */
@Entity
@Table(name = "mail_template")
public class MailTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "template_key", nullable = false, length = 60)
    private String templateKey;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected MailTemplate() {
    }

    public MailTemplate(String templateKey, String language, String subject, String body, String updatedBy, Instant updatedAt) {
        this.templateKey = templateKey;
        this.language = language;
        rewrite(subject, body, updatedBy, updatedAt);
    }

    public void rewrite(String subject, String body, String updatedBy, Instant updatedAt) {
        this.subject = subject;
        this.body = body;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    public Long getId() { return id; }
    public String getTemplateKey() { return templateKey; }
    public String getLanguage() { return language; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public long getVersion() { return version; }
}
