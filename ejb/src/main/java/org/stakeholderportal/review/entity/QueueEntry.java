package org.stakeholderportal.review.entity;

import java.io.Serializable;
import java.time.Instant;
import org.stakeholderportal.contribution.entity.ContributionKind;
import org.stakeholderportal.contribution.entity.ContributionStatus;
import org.stakeholderportal.organisation.entity.UnRegion;

/** One row of the review queue: what a reviewer needs to sort and pick, without the texts. */
public class QueueEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long version;
    private final String number;
    private final String title;
    private final ContributionStatus status;
    private final ContributionKind kind;
    private final String language;
    private final String articleNum;
    private final String articleHeading;
    private final String organisation;
    private final String category;
    private final UnRegion region;
    private final Instant submittedAt;
    private final String assignedTo;
    private java.util.List<String> coSigners = java.util.List.of();

    public QueueEntry(long id, long version, String number, String title, ContributionStatus status, ContributionKind kind,
            String language, String articleNum, String articleHeading, String organisation, String category, UnRegion region,
            Instant submittedAt, String assignedTo) {
        this.id = id;
        this.version = version;
        this.number = number;
        this.title = title;
        this.status = status;
        this.kind = kind;
        this.language = language;
        this.articleNum = articleNum;
        this.articleHeading = articleHeading;
        this.organisation = organisation;
        this.category = category;
        this.region = region;
        this.submittedAt = submittedAt;
        this.assignedTo = assignedTo;
    }

    /** The organisations that co-signed the version submitted, if any (filled in after the page is read). */
    public java.util.List<String> getCoSigners() { return coSigners; }
    public void setCoSigners(java.util.List<String> coSigners) { this.coSigners = java.util.List.copyOf(coSigners); }
    public String getCoSignersText() { return String.join(", ", coSigners); }

    public long getId() { return id; }
    public long getVersion() { return version; }
    public String getNumber() { return number; }
    public String getTitle() { return title; }
    public ContributionStatus getStatus() { return status; }
    public ContributionKind getKind() { return kind; }
    public String getLanguage() { return language; }
    public String getArticleNum() { return articleNum; }
    public String getArticleHeading() { return articleHeading; }
    public String getOrganisation() { return organisation; }
    public String getCategory() { return category; }
    public UnRegion getRegion() { return region; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getAssignedTo() { return assignedTo; }
}
