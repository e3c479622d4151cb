package org.stakeholderportal.contribution.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.stakeholderportal.contribution.control.ContributionLifecycle;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.platform.control.Fingerprint;

/**
 * Written input of an organisation on a draft: on the draft as a whole (no article), on an article, or on some
 * of its paragraphs. Private to the organisation until the secretariat publishes it.
 */
@Entity
@Table(name = "contribution")
public class Contribution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "process_id", nullable = false)
    private long processId;

    @Column(name = "draft_id", nullable = false)
    private long draftId;

    @Column(name = "article_id")
    private Long articleId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contribution_paragraph", joinColumns = @JoinColumn(name = "contribution_id"))
    @Column(name = "provision_id")
    private Set<Long> paragraphIds = new HashSet<>();

    @Column(name = "submission_number", length = 40)
    private String submissionNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ContributionKind kind;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "comment_html", nullable = false)
    private String commentHtml;

    @Column(name = "proposed_wording")
    private String proposedWording;

    private String rationale;

    @Column(nullable = false, length = 10)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ContributionStatus status;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(length = 64)
    private String checksum;

    @Column(name = "client_token", length = 64)
    private String clientToken;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "assigned_to")
    private String assignedTo;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "reason_code", length = 30)
    private String reasonCode;

    @Column(name = "decision_message")
    private String decisionMessage;

    @Version
    private long version;

    protected Contribution() {
    }

    public Contribution(long processId, long draftId, Long articleId, Set<Long> paragraphIds, long organisationId,
            String author, Instant now) {
        this.processId = processId;
        this.draftId = draftId;
        this.articleId = articleId;
        this.paragraphIds.addAll(paragraphIds);
        this.organisationId = organisationId;
        this.status = ContributionStatus.DRAFT;
        this.createdBy = author;
        this.createdAt = now;
        this.updatedBy = author;
        this.updatedAt = now;
        this.kind = ContributionKind.GENERAL_COMMENT;
        this.title = "";
        this.commentHtml = "";
        this.language = "en";
    }

    /** Changes the text; only while it is a draft or returned for revision. */
    public void write(ContributionKind kind, String title, String commentHtml, String proposedWording, String rationale,
            String language, String author, Instant now) {
        if (!ContributionLifecycle.editable(status)) {
            throw new Refusal("contribution.notEditable", status.name());
        }
        this.kind = kind;
        this.title = title;
        this.commentHtml = commentHtml;
        this.proposedWording = kind.hasProposedWording() ? proposedWording : null;
        this.rationale = rationale;
        this.language = language;
        this.updatedBy = author;
        this.updatedAt = now;
    }

    /**
     * Submits it: from now on the text is fixed and the checksum tells what was received. A resubmission after
     * "returned for revision" keeps the number and becomes the next version.
     */
    public void submit(String clientToken, List<String> attachmentLines, String author, Instant now) {
        ContributionLifecycle.require(status, ContributionStatus.SUBMITTED);
        this.status = ContributionStatus.SUBMITTED;
        this.clientToken = clientToken;
        this.submittedBy = author;
        this.submittedAt = now;
        this.updatedAt = now;
        this.currentVersion++;
        this.assignedTo = null;
        this.decidedBy = null;
        this.decidedAt = null;
        this.reasonCode = null;
        this.decisionMessage = null;
        this.checksum = computeChecksum(attachmentLines);
    }

    /** Its submission number, given once at its first submission; a resubmission keeps it. */
    public void number(String number) {
        if (submissionNumber == null) {
            this.submissionNumber = number;
        }
    }

    /** A reviewer takes it: it is now under review, in their queue. */
    public void assign(String reviewer) {
        if (status == ContributionStatus.SUBMITTED) {
            ContributionLifecycle.require(status, ContributionStatus.UNDER_REVIEW);
            this.status = ContributionStatus.UNDER_REVIEW;
        } else if (status != ContributionStatus.UNDER_REVIEW) {
            throw new Refusal("review.notInReview", status.name());
        }
        this.assignedTo = reviewer;
    }

    /** The secretariat's decision: published, returned for revision or rejected, with its reason and message. */
    public void decide(ContributionStatus outcome, String reasonCode, String message, String reviewer, Instant now) {
        ContributionLifecycle.require(status, outcome);
        this.status = outcome;
        this.reasonCode = reasonCode;
        this.decisionMessage = message;
        this.decidedBy = reviewer;
        this.decidedAt = now;
    }

    public void withdraw(String author, Instant now) {
        ContributionLifecycle.require(status, ContributionStatus.WITHDRAWN);
        this.status = ContributionStatus.WITHDRAWN;
        this.updatedBy = author;
        this.updatedAt = now;
    }

    /** SHA-256 over everything the organisation sent, field by field, length-prefixed, attachments included. */
    public String computeChecksum(List<String> attachmentLines) {
        return Fingerprint.of(String.valueOf(draftId), String.valueOf(articleId), new TreeSet<>(paragraphIds).toString(),
                kind.name(), title, commentHtml, String.valueOf(proposedWording), String.valueOf(rationale), language,
                String.join("\n", attachmentLines));
    }

    public Long getId() { return id; }
    public long getProcessId() { return processId; }
    public long getDraftId() { return draftId; }
    public Long getArticleId() { return articleId; }
    public long getOrganisationId() { return organisationId; }
    public Set<Long> getParagraphIds() { return paragraphIds; }
    public String getSubmissionNumber() { return submissionNumber; }
    public ContributionKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getCommentHtml() { return commentHtml; }
    public String getProposedWording() { return proposedWording; }
    public String getRationale() { return rationale; }
    public String getLanguage() { return language; }
    public ContributionStatus getStatus() { return status; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getChecksum() { return checksum; }
    public String getClientToken() { return clientToken; }
    public int getCurrentVersion() { return currentVersion; }
    public String getAssignedTo() { return assignedTo; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getReasonCode() { return reasonCode; }
    public String getDecisionMessage() { return decisionMessage; }
    public long getVersion() { return version; }
}
