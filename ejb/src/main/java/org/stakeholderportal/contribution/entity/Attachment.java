package org.stakeholderportal.contribution.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A document attached to a contribution. The file itself lies outside the web root under its SHA-256; this row
 * says what it is. Removing it from a contribution only detaches it, so earlier submitted versions keep it.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contribution_id", nullable = false, updatable = false)
    private long contributionId;

    @Column(name = "file_name", nullable = false, updatable = false, length = 400)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "detached_at")
    private Instant detachedAt;

    protected Attachment() {
    }

    public Attachment(long contributionId, String fileName, String mediaType, long sizeBytes, String sha256, String uploadedBy,
            Instant uploadedAt) {
        this.contributionId = contributionId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public void detach(Instant now) {
        this.detachedAt = now;
    }

    /** How a submitted version lists it; the checksum of the submission covers these lines. */
    public String line() {
        return sha256 + " " + sizeBytes + " " + fileName;
    }

    public Long getId() { return id; }
    public long getContributionId() { return contributionId; }
    public String getFileName() { return fileName; }
    public String getMediaType() { return mediaType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
    public Instant getDetachedAt() { return detachedAt; }
}
