package org.stakeholderportal.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reviewer's internal note on a contribution: the secretariat's own, never shown to the organisation or the public. */
@Entity
@Table(name = "review_note")
public class ReviewNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contribution_id", nullable = false, updatable = false)
    private long contributionId;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(nullable = false, updatable = false)
    private String body;

    protected ReviewNote() {
    }

    public ReviewNote(long contributionId, String author, Instant writtenAt, String body) {
        this.contributionId = contributionId;
        this.author = author;
        this.writtenAt = writtenAt;
        this.body = body;
    }

    public Long getId() { return id; }
    public long getContributionId() { return contributionId; }
    public String getAuthor() { return author; }
    public Instant getWrittenAt() { return writtenAt; }
    public String getBody() { return body; }
}
