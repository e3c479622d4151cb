package org.stakeholderportal.contribution.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the organisation sent with one submission, frozen. The first submission is version 1; each resubmission
 * after "returned for revision" adds the next. Nothing here is ever updated.
 */
@Entity
@Table(name = "contribution_version")
public class ContributionVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contribution_id", nullable = false, updatable = false)
    private long contributionId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private ContributionKind kind;

    @Column(nullable = false, updatable = false, length = 300)
    private String title;

    @Column(name = "comment_html", nullable = false, updatable = false)
    private String commentHtml;

    @Column(name = "proposed_wording", updatable = false)
    private String proposedWording;

    @Column(updatable = false)
    private String rationale;

    @Column(nullable = false, updatable = false, length = 10)
    private String language;

    @Column(name = "paragraph_ids", nullable = false, updatable = false, length = 2000)
    private String paragraphIds;

    /** One line per attachment: "sha256 size name". */
    @Column(nullable = false, updatable = false)
    private String attachments;

    @Column(nullable = false, updatable = false, length = 64)
    private String checksum;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    protected ContributionVersion() {
    }

    /** A snapshot of the contribution as it is being submitted now. */
    public ContributionVersion(Contribution contribution, String attachments) {
        this.contributionId = contribution.getId();
        this.number = contribution.getCurrentVersion();
        this.kind = contribution.getKind();
        this.title = contribution.getTitle();
        this.commentHtml = contribution.getCommentHtml();
        this.proposedWording = contribution.getProposedWording();
        this.rationale = contribution.getRationale();
        this.language = contribution.getLanguage();
        this.paragraphIds = new TreeSet<>(contribution.getParagraphIds()).stream().map(String::valueOf)
                .collect(Collectors.joining(","));
        this.attachments = attachments;
        this.checksum = contribution.getChecksum();
        this.submittedBy = contribution.getSubmittedBy();
        this.submittedAt = contribution.getSubmittedAt();
    }

    public Long getId() { return id; }
    public long getContributionId() { return contributionId; }
    public int getNumber() { return number; }
    public ContributionKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getCommentHtml() { return commentHtml; }
    public String getProposedWording() { return proposedWording; }
    public String getRationale() { return rationale; }
    public String getLanguage() { return language; }
    public String getParagraphIds() { return paragraphIds; }
    public String getAttachments() { return attachments; }
    public String getChecksum() { return checksum; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
}
