package org.stakeholderportal.draft.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** One version of the negotiated text ("Draft text", "Revised draft text"), linked to the one it revises. */
@Entity
@Table(name = "draft")
public class Draft {

    public enum SourceFormat { AKOMA_NTOSO, MARKDOWN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "process_id")
    private NegotiationProcess process;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "predecessor_id")
    private Draft predecessor;

    @Column(name = "document_symbol", length = 100)
    private String documentSymbol;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(name = "version_label", nullable = false, length = 100)
    private String versionLabel;

    @Column(name = "draft_date", nullable = false)
    private LocalDate draftDate;

    @Column(nullable = false, length = 100)
    private String languages;

    @Column(name = "source_format", nullable = false, length = 20)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private SourceFormat sourceFormat;

    @Column(name = "source_file", nullable = false)
    private String sourceFile;

    @Column(name = "article_count", nullable = false)
    private int articleCount;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false)
    private String importedBy;

    @Version
    private long version;

    protected Draft() {
    }

    public Draft(NegotiationProcess process, Draft predecessor, String documentSymbol, String title, String versionLabel,
            LocalDate draftDate, String languages, SourceFormat sourceFormat, String sourceFile, int articleCount,
            Instant importedAt, String importedBy) {
        this.process = process;
        this.predecessor = predecessor;
        this.documentSymbol = documentSymbol;
        this.title = title;
        this.versionLabel = versionLabel;
        this.draftDate = draftDate;
        this.languages = languages;
        this.sourceFormat = sourceFormat;
        this.sourceFile = sourceFile;
        this.articleCount = articleCount;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
    }

    public Long getId() { return id; }
    public NegotiationProcess getProcess() { return process; }
    public Draft getPredecessor() { return predecessor; }
    public String getDocumentSymbol() { return documentSymbol; }
    public String getTitle() { return title; }
    public String getVersionLabel() { return versionLabel; }
    public LocalDate getDraftDate() { return draftDate; }
    public String getLanguages() { return languages; }
    public SourceFormat getSourceFormat() { return sourceFormat; }
    public String getSourceFile() { return sourceFile; }
    public int getArticleCount() { return articleCount; }
    public Instant getImportedAt() { return importedAt; }
    public String getImportedBy() { return importedBy; }
    public long getVersion() { return version; }
}
