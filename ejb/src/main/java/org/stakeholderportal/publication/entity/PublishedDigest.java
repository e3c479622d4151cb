package org.stakeholderportal.publication.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** A digest as the secretariat released it: numbered per draft, dated, with the SHA-256 of its exact bytes. Immutable. */
@Entity
@Table(name = "published_digest")
public class PublishedDigest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private long draftId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, updatable = false)
    private String publishedBy;

    @Column(nullable = false, updatable = false)
    private int contributions;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "covers_until", updatable = false)
    private Instant coversUntil;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content_json", nullable = false, updatable = false)
    private byte[] contentJson;

    protected PublishedDigest() {
    }

    public PublishedDigest(long draftId, int number, Instant publishedAt, String publishedBy, int contributions, String sha256,
            byte[] contentJson) {
        this.draftId = draftId;
        this.number = number;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.contributions = contributions;
        this.sha256 = sha256;
        this.contentJson = contentJson.clone();
        this.coversUntil = publishedAt;
    }

    /** A release of the input published up to {@code coversUntil} (which may be a little before the release itself). */
    public PublishedDigest(long draftId, int number, Instant publishedAt, Instant coversUntil, String publishedBy, int contributions,
            String sha256, byte[] contentJson) {
        this(draftId, number, publishedAt, publishedBy, contributions, sha256, contentJson);
        this.coversUntil = coversUntil;
    }

    public Long getId() { return id; }
    public long getDraftId() { return draftId; }
    public int getNumber() { return number; }
    public Instant getPublishedAt() { return publishedAt; }
    public String getPublishedBy() { return publishedBy; }
    /** The input the release holds is what was published up to this moment (releases before it was kept: their release time). */
    public Instant getCoversUntil() { return coversUntil == null ? publishedAt : coversUntil; }
    public int getContributions() { return contributions; }
    public String getSha256() { return sha256; }
    public byte[] getContentJson() { return contentJson.clone(); }
}
