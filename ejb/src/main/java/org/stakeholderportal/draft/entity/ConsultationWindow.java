package org.stakeholderportal.draft.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.HashSet;
import java.util.Set;
import org.stakeholderportal.platform.Refusal;

/**
 * The period in which written input on a draft (or some of its articles) is accepted. The deadline is an
 * instant; pages show it in the process's official time zone and in the reader's.
 */
@Entity
@Table(name = "consultation_window")
public class ConsultationWindow {

    /** Dates outside these are typing mistakes, not consultation periods. */
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "draft_id")
    private Draft draft;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "all_articles", nullable = false)
    private boolean allArticles;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "consultation_window_article", joinColumns = @JoinColumn(name = "window_id"))
    @Column(name = "article_id")
    private Set<Long> articleIds = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    /** The session the written input is gathered for, if any (e.g. closing two weeks before it). */
    @Column(name = "session_id")
    private Long sessionId;

    @Version
    private long version;

    protected ConsultationWindow() {
    }

    public ConsultationWindow(Draft draft, String title, Instant opensAt, Instant closesAt, Set<Long> articleIds,
            Instant createdAt, String createdBy) {
        if (opensAt.isBefore(EARLIEST) || closesAt.isAfter(LATEST)) {
            throw new Refusal("window.dateOutOfRange");
        }
        if (!closesAt.isAfter(opensAt)) {
            throw new Refusal("window.closesBeforeOpening");
        }
        if (!closesAt.isAfter(createdAt)) {
            throw new Refusal("window.closesInThePast");
        }
        this.draft = draft;
        this.title = title;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.allArticles = articleIds == null || articleIds.isEmpty();
        if (!allArticles) {
            this.articleIds.addAll(articleIds);
        }
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public void tieToSession(Long sessionId) {
        this.sessionId = sessionId;
    }

    public Long getSessionId() { return sessionId; }

    public boolean isOpenAt(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public boolean covers(long articleId) {
        return allArticles || articleIds.contains(articleId);
    }

    /** Moves the deadline later. Never earlier: people plan their input around it. */
    public void extendTo(Instant newClosesAt, Instant now) {
        if (newClosesAt.isAfter(LATEST)) {
            throw new Refusal("window.dateOutOfRange");
        }
        if (!newClosesAt.isAfter(closesAt)) {
            throw new Refusal("window.extensionNotLater");
        }
        if (!newClosesAt.isAfter(now)) {
            throw new Refusal("window.closesInThePast");
        }
        this.closesAt = newClosesAt;
    }

    /** Ends the window now; refused once input has been received, since it would shorten the deadline on it. */
    public void closeNow(Instant now, long contributionsReceived) {
        if (contributionsReceived > 0) {
            throw new Refusal("window.cannotShortenWithInput", contributionsReceived);
        }
        if (!closesAt.isAfter(now)) {
            throw new Refusal("window.alreadyClosed");
        }
        // A window closed before it opened never opens (closes == opens).
        this.closesAt = now.isBefore(opensAt) ? opensAt : now;
    }

    public Long getId() { return id; }
    public Draft getDraft() { return draft; }
    public String getTitle() { return title; }
    public Instant getOpensAt() { return opensAt; }
    public Instant getClosesAt() { return closesAt; }
    public boolean isAllArticles() { return allArticles; }
    public Set<Long> getArticleIds() { return articleIds; }
    public long getVersion() { return version; }
}
