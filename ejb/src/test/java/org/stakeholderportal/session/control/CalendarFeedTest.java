package org.stakeholderportal.session.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarFeedTest {

    private static final CalendarFeed.Event SESSION = new CalendarFeed.Event("session-7@stakeholder-portal", Instant.parse("2026-01-05T10:15:30.123Z"),
            LocalDate.of(2026, 2, 9), LocalDate.of(2026, 2, 18), "Sixth session; chapters I, II", "Vienna\\Centre",
            "4. Article 24, conditions\nand safeguards", "https://portal.example.org/sessions.xhtml?process=1");

    @Test
    void anAllDayEventEndsTheDayAfterTheSessionsLastDay() {
        String feed = CalendarFeed.of("Ad Hoc Committee", List.of(SESSION));
        assertTrue(feed.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assertTrue(feed.contains("DTSTART;VALUE=DATE:20260209\r\n"));
        assertTrue(feed.contains("DTEND;VALUE=DATE:20260219\r\n"), "DTEND of an all-day event is exclusive");
        assertTrue(feed.contains("DTSTAMP:20260105T101530Z\r\n"));
        assertTrue(feed.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"));
    }

    @Test
    void textIsEscapedSoItCannotAddProperties() {
        String feed = CalendarFeed.of("Name", List.of(SESSION));
        assertTrue(feed.contains("SUMMARY:Sixth session\\; chapters I\\, II\r\n"));
        assertTrue(feed.contains("LOCATION:Vienna\\\\Centre\r\n"));
        assertTrue(feed.contains("DESCRIPTION:4. Article 24\\, conditions\\nand safeguards\r\n"));
        assertEquals("BEGIN:VEVENT", CalendarFeed.text("BEGIN:VEVENT"));
        assertEquals("a\\nEND:VCALENDAR", CalendarFeed.text("a\r\nEND:VCALENDAR"), "a line break never starts a new content line");
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        String arabic = "الدورة السادسة للجنة المخصصة لوضع اتفاقية دولية شاملة بشأن مكافحة استخدام تكنولوجيات المعلومات والاتصالات";
        String feed = CalendarFeed.of("Name", List.of(new CalendarFeed.Event("u", Instant.EPOCH, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 1), arabic, null, null, null)));
        for (String line : feed.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "too long: " + line);
            assertTrue(!line.contains("\uFFFD"));
        }
        String unfolded = feed.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:" + arabic + "\r\n"), "unfolding gives the text back");
        assertTrue(Arrays.stream(feed.split("\r\n")).filter(l -> l.startsWith(" ")).count() >= 2);
    }
}
