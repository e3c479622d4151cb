package org.stakeholderportal.draft.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A draft's text in another language, imported from its own file. Immutable: a corrected text is a new draft. */
@Entity
@Table(name = "draft_language_version")
public class LanguageVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private long draftId;

    @Column(nullable = false, updatable = false, length = 10)
    private String language;

    @Column(name = "source_file", nullable = false, updatable = false)
    private String sourceFile;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, updatable = false)
    private String importedBy;

    protected LanguageVersion() {
    }

    public LanguageVersion(long draftId, String language, String sourceFile, Instant importedAt, String importedBy) {
        this.draftId = draftId;
        this.language = language;
        this.sourceFile = sourceFile;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
    }

    public Long getId() { return id; }
    public long getDraftId() { return draftId; }
    public String getLanguage() { return language; }
    public String getSourceFile() { return sourceFile; }
    public Instant getImportedAt() { return importedAt; }
    public String getImportedBy() { return importedBy; }
}
