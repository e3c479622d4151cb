package org.stakeholderportal.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/** A mail waiting to be sent, sent, or given up on after repeated failures (visible to operators). */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail {

    public enum Status { PENDING, SENT, FAILED }

    static final int MAX_ATTEMPTS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected OutgoingMail() {
    }

    public OutgoingMail(String recipient, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        this.body = body;
        this.status = Status.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /**
     * A mail written before one of its values was known (a submission number, given at the very end of the
     * transaction): the placeholder it was written with becomes the value. Only before the mail is queued.
     */
    public OutgoingMail fillIn(String placeholder, String value) {
        String filled = subject.replace(placeholder, value);
        this.subject = filled.length() > 300 ? filled.substring(0, 300) : filled;
        this.body = body.replace(placeholder, value);
        return this;
    }

    public void sent(Instant now) {
        this.status = Status.SENT;
        this.sentAt = now;
        this.attempts++;
    }

    /** A failed attempt: tried again later, each time after a longer pause, until it is given up. */
    public void failed(String error, Instant now) {
        this.attempts++;
        this.lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 1000));
        if (attempts >= MAX_ATTEMPTS) {
            this.status = Status.FAILED;
        } else {
            this.nextAttemptAt = now.plus(Duration.ofSeconds(30L * attempts * attempts));
        }
    }

    public Long getId() { return id; }
    public String getRecipient() { return recipient; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public Status getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public String getLastError() { return lastError; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public Instant getSentAt() { return sentAt; }
}
