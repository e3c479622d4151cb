package org.stakeholderportal.web.draft;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.stakeholderportal.draft.entity.ConsultationWindow;

/**
 * A consultation window as a page shows it: state, and the deadline in the process's official time zone.
 * The reader's own zone and the live countdown are added in the browser (portal/deadline.js) from the ISO instant.
 */
public class Deadline {

    public enum State { UPCOMING, OPEN, CLOSED }

    private final ConsultationWindow window;
    private final State state;
    private final String officialText;
    private final String officialZone;

    public Deadline(ConsultationWindow window, Instant now, ZoneId officialZone, Locale locale) {
        this.window = window;
        this.state = now.isBefore(window.getOpensAt()) ? State.UPCOMING : window.isOpenAt(now) ? State.OPEN : State.CLOSED;
        Instant shown = state == State.UPCOMING ? window.getOpensAt() : window.getClosesAt();
        this.officialText = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(locale).withZone(officialZone).format(shown);
        this.officialZone = officialZone.getId();
    }

    public ConsultationWindow getWindow() { return window; }
    public State getState() { return state; }
    public boolean isOpen() { return state == State.OPEN; }
    public boolean isUpcoming() { return state == State.UPCOMING; }
    public boolean isClosed() { return state == State.CLOSED; }
    public String getOfficialText() { return officialText; }
    public String getOfficialZone() { return officialZone; }

    /** The instant the page counts down to, as ISO-8601 UTC for the browser. */
    public String getIsoInstant() {
        return (state == State.UPCOMING ? window.getOpensAt() : window.getClosesAt()).toString();
    }
}
