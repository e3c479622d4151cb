package org.stakeholderportal.session.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.platform.Refusal;

/**
 * A session of the process: its dates (days in the official time zone), where it takes place, and how many
 * representatives each organisation may register in the room and online.
 */
@Entity
@Table(name = "committee_session")
public class CommitteeSession {

    static final int MAX_LIMIT = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "process_id")
    private NegotiationProcess process;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SessionKind kind;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "attendance", nullable = false, length = 20)
    private SessionFormat format;

    @Column(length = 300)
    private String venue;

    @Column(name = "room_limit", nullable = false)
    private int roomLimit;

    @Column(name = "online_limit", nullable = false)
    private int onlineLimit;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Version
    private long version;

    protected CommitteeSession() {
    }

    public CommitteeSession(NegotiationProcess process, SessionKind kind, String title, LocalDate startsOn, LocalDate endsOn,
            SessionFormat format, String venue, int roomLimit, int onlineLimit, Instant createdAt, String createdBy) {
        if (kind == null || format == null) {
            throw new Refusal("session.kindRequired");
        }
        if (title == null || title.isBlank() || title.length() > 300) {
            throw new Refusal("session.titleRequired");
        }
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn) || startsOn.getYear() < 2000 || endsOn.getYear() > 2200) {
            throw new Refusal("session.datesInvalid");
        }
        if (format != SessionFormat.ONLINE && (venue == null || venue.isBlank())) {
            throw new Refusal("session.venueRequired");
        }
        int room = format == SessionFormat.ONLINE ? 0 : roomLimit;
        int online = format == SessionFormat.IN_PERSON ? 0 : onlineLimit;
        if (room < 0 || online < 0 || room > MAX_LIMIT || online > MAX_LIMIT || room + online == 0) {
            throw new Refusal("session.limitsInvalid", MAX_LIMIT);
        }
        this.process = process;
        this.kind = kind;
        this.title = title.trim();
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.format = format;
        this.venue = venue == null || venue.isBlank() ? null : venue.trim();
        this.roomLimit = room;
        this.onlineLimit = online;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** The first moment of the session, in the process's official time zone. */
    public Instant opensAt() {
        return startsOn.atStartOfDay(process.officialZone()).toInstant();
    }

    /** Representatives are registered and speakers asked for until the session opens. */
    public boolean acceptsRegistrations(Instant now) {
        return now.isBefore(opensAt());
    }

    public int limit(Seat seat) {
        return seat == Seat.IN_ROOM ? roomLimit : onlineLimit;
    }

    public Long getId() { return id; }
    public NegotiationProcess getProcess() { return process; }
    public SessionKind getKind() { return kind; }
    public String getTitle() { return title; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public SessionFormat getFormat() { return format; }
    public String getVenue() { return venue; }
    public int getRoomLimit() { return roomLimit; }
    public int getOnlineLimit() { return onlineLimit; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
