package org.stakeholderportal.session.entity;

import jakarta.persistence.Column;
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
import org.stakeholderportal.platform.Refusal;

/**
 * An item of a session's agenda, possibly about a chapter or an article of a draft (by its stable anchor), with
 * its speakers' list: the time each speaker has and, once the secretariat confirms it, the moment it was published.
 */
@Entity
@Table(name = "agenda_item")
public class AgendaItem {

    static final int MAX_MINUTES = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private CommitteeSession session;

    @Column(nullable = false)
    private int position;

    @Column(name = "item_number", nullable = false, length = 20)
    private String itemNumber;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(name = "draft_id")
    private Long draftId;

    @Column(name = "provision_anchor", length = 200)
    private String provisionAnchor;

    @Column(name = "minutes_per_speaker", nullable = false)
    private int minutesPerSpeaker = 3;

    @Column(name = "speakers_confirmed_at")
    private Instant speakersConfirmedAt;

    @Version
    private long version;

    protected AgendaItem() {
    }

    public AgendaItem(CommitteeSession session, int position, String itemNumber, String title, Long draftId, String provisionAnchor) {
        if (itemNumber == null || itemNumber.isBlank() || itemNumber.length() > 20) {
            throw new Refusal("agenda.numberRequired");
        }
        if (title == null || title.isBlank() || title.length() > 500) {
            throw new Refusal("agenda.titleRequired");
        }
        this.session = session;
        this.position = position;
        this.itemNumber = itemNumber.trim();
        this.title = title.trim();
        this.draftId = draftId;
        this.provisionAnchor = provisionAnchor == null || provisionAnchor.isBlank() ? null : provisionAnchor.trim();
    }

    public void allowMinutes(int minutes) {
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new Refusal("speakers.minutesInvalid", MAX_MINUTES);
        }
        this.minutesPerSpeaker = minutes;
    }

    public void confirmSpeakers(Instant at) {
        this.speakersConfirmedAt = at;
    }

    public void reopenSpeakers() {
        this.speakersConfirmedAt = null;
    }

    public boolean isSpeakersConfirmed() {
        return speakersConfirmedAt != null;
    }

    public Long getId() { return id; }
    public CommitteeSession getSession() { return session; }
    public int getPosition() { return position; }
    public String getItemNumber() { return itemNumber; }
    public String getTitle() { return title; }
    public Long getDraftId() { return draftId; }
    public String getProvisionAnchor() { return provisionAnchor; }
    public int getMinutesPerSpeaker() { return minutesPerSpeaker; }
    public Instant getSpeakersConfirmedAt() { return speakersConfirmedAt; }
    public long getVersion() { return version; }
}
