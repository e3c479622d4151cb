package org.stakeholderportal.session.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Sessions as an iCalendar (RFC 5545) feed that calendar programs subscribe to: one all-day event per session,
 * text escaped, lines folded at 75 octets without splitting a character, CRLF line ends.
 */
public final class CalendarFeed {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    /** One event: what the feed needs of a session. */
    public record Event(String uid, Instant stamp, LocalDate firstDay, LocalDate lastDay, String summary, String location,
            String description, String url) {
    }

    private final StringBuilder out = new StringBuilder();

    private CalendarFeed() {
    }

    public static String of(String calendarName, List<Event> events) {
        CalendarFeed feed = new CalendarFeed();
        feed.line("BEGIN:VCALENDAR");
        feed.line("VERSION:2.0");
        feed.line("PRODID:-//Stakeholder Portal//Sessions//EN");
        feed.line("CALSCALE:GREGORIAN");
        feed.line("METHOD:PUBLISH");
        feed.line("X-WR-CALNAME:" + text(calendarName));
        for (Event event : events) {
            feed.line("BEGIN:VEVENT");
            feed.line("UID:" + text(event.uid()));
            feed.line("DTSTAMP:" + STAMP.format(event.stamp().truncatedTo(ChronoUnit.SECONDS)));
            feed.line("DTSTART;VALUE=DATE:" + DAY.format(event.firstDay()));
            feed.line("DTEND;VALUE=DATE:" + DAY.format(event.lastDay().plusDays(1)));
            feed.line("SUMMARY:" + text(event.summary()));
            if (event.location() != null && !event.location().isBlank()) {
                feed.line("LOCATION:" + text(event.location()));
            }
            if (event.description() != null && !event.description().isBlank()) {
                feed.line("DESCRIPTION:" + text(event.description()));
            }
            if (event.url() != null) {
                feed.line("URL:" + event.url());
            }
            feed.line("END:VEVENT");
        }
        feed.line("END:VCALENDAR");
        return feed.out.toString();
    }

    /** TEXT values: backslash, semicolon and comma escaped, line breaks as \n, other control characters dropped. */
    static String text(String value) {
        StringBuilder escaped = new StringBuilder();
        String normalised = value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                default -> {
                    if (c >= 0x20 && c != 0x7f) {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** Appends a content line folded so that no physical line exceeds 75 octets of UTF-8. */
    private void line(String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int codePoint = content.codePointAt(i);
            int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
