package org.stakeholderportal.publication.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A released digest as a document (PDF or DOCX) in one language: queued at the release, generated in the
 * background with its progress counted in contributions, then kept unchanged with its SHA-256.
 */
@Entity
@Table(name = "digest_file")
public class DigestFile {

    /** The formats a released digest is generated in. */
    public enum Format {
        PDF("application/pdf", "pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String getMediaType() { return mediaType; }
        public String getExtension() { return extension; }
    }

    /** Where the generation stands. */
    public enum Status {
        QUEUED, RUNNING, DONE, FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "published_digest_id", nullable = false, updatable = false)
    private long publishedDigestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private Format format;

    @Column(nullable = false, updatable = false, length = 10)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(nullable = false)
    private int done;

    @Column(nullable = false)
    private int total;

    @Column(length = 64)
    private String sha256;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(length = 1000)
    private String error;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private long version;

    protected DigestFile() {
    }

    public DigestFile(long publishedDigestId, Format format, String language, Instant requestedAt) {
        this.publishedDigestId = publishedDigestId;
        this.format = format;
        this.language = language;
        this.status = Status.QUEUED;
        this.requestedAt = requestedAt;
    }

    public void start(int total, Instant now) {
        this.status = Status.RUNNING;
        this.total = total;
        this.done = 0;
        this.startedAt = now;
    }

    public void progress(int done) {
        this.done = Math.min(done, total);
    }

    public void finish(String sha256, long sizeBytes, Instant now) {
        this.status = Status.DONE;
        this.done = total;
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.finishedAt = now;
    }

    public void fail(String error, Instant now) {
        this.status = Status.FAILED;
        this.error = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        this.finishedAt = now;
    }

    /** Back in the queue: the node generating it stopped before it was done. */
    public void requeue() {
        this.status = Status.QUEUED;
        this.done = 0;
    }

    public Long getId() { return id; }
    public long getPublishedDigestId() { return publishedDigestId; }
    public Format getFormat() { return format; }
    public String getLanguage() { return language; }
    public Status getStatus() { return status; }
    public int getDone() { return done; }
    public int getTotal() { return total; }
    public String getSha256() { return sha256; }
    public Long getSizeBytes() { return sizeBytes; }
    public String getError() { return error; }
    public Instant getRequestedAt() { return requestedAt; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public long getVersion() { return version; }

    /** Done, as a whole percentage, for the progress bar. */
    public int getPercent() {
        return status == Status.DONE ? 100 : total == 0 ? 0 : (int) (100L * done / total);
    }

    public boolean isDone() {
        return status == Status.DONE;
    }
}
