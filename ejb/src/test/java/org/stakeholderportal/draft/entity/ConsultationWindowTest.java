package org.stakeholderportal.draft.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stakeholderportal.platform.Refusal;

class ConsultationWindowTest {

    private static final Instant NOW = Instant.parse("2030-06-01T10:00:00Z");

    private static ConsultationWindow window(Duration opensIn, Duration closesIn, Set<Long> articles) {
        return new ConsultationWindow(null, "Input", NOW.plus(opensIn), NOW.plus(closesIn), articles, NOW, "sofia");
    }

    @Test
    void isOpenFromItsOpeningUntilJustBeforeItsDeadline() {
        ConsultationWindow w = window(Duration.ZERO, Duration.ofHours(1), Set.of());
        assertTrue(w.isOpenAt(NOW));
        assertTrue(w.isOpenAt(NOW.plus(Duration.ofMinutes(59))));
        assertFalse(w.isOpenAt(NOW.plus(Duration.ofHours(1))));
        assertFalse(w.isOpenAt(NOW.minusMillis(1)));
    }

    @Test
    void refusesToCloseBeforeItOpensOrInThePast() {
        assertEquals("window.closesBeforeOpening",
                assertThrows(Refusal.class, () -> window(Duration.ofHours(2), Duration.ofHours(1), Set.of())).getMessageKey());
        assertEquals("window.closesInThePast",
                assertThrows(Refusal.class, () -> window(Duration.ofHours(-3), Duration.ofHours(-1), Set.of())).getMessageKey());
    }

    @Test
    void extensionsOnlyMoveTheDeadlineLater() {
        ConsultationWindow w = window(Duration.ZERO, Duration.ofDays(2), Set.of());
        assertThrows(Refusal.class, () -> w.extendTo(NOW.plus(Duration.ofDays(1)), NOW));
        w.extendTo(NOW.plus(Duration.ofDays(3)), NOW);
        assertEquals(NOW.plus(Duration.ofDays(3)), w.getClosesAt());
    }

    @Test
    void closingEarlyIsRefusedOnceInputHasArrived() {
        ConsultationWindow w = window(Duration.ZERO, Duration.ofDays(2), Set.of());
        assertEquals("window.cannotShortenWithInput", assertThrows(Refusal.class, () -> w.closeNow(NOW, 3)).getMessageKey());
        w.closeNow(NOW.plusSeconds(5), 0);
        assertFalse(w.isOpenAt(NOW.plusSeconds(5)));
    }

    @Test
    void aWindowOnChosenArticlesCoversOnlyThem() {
        ConsultationWindow w = window(Duration.ZERO, Duration.ofDays(1), Set.of(24L));
        assertTrue(w.covers(24L));
        assertFalse(w.covers(5L));
        assertTrue(window(Duration.ZERO, Duration.ofDays(1), Set.of()).covers(5L));
    }

    @Test
    void refusesDatesThatCanOnlyBeTypingMistakes() {
        assertEquals("window.dateOutOfRange",
                assertThrows(Refusal.class, () -> window(Duration.ZERO, Duration.ofDays(365L * 300), Set.of())).getMessageKey());
    }
}
