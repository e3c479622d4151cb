package org.stakeholderportal.notification.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutgoingMailTest {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    @Test
    void aFailedMailIsTriedAgainEachTimeLaterAndGivenUpAfterTenAttempts() {
        OutgoingMail mail = new OutgoingMail("a@example.org", "Subject", "Body", NOW);
        mail.failed("connection refused", NOW);
        Instant first = mail.getNextAttemptAt();
        mail.failed("connection refused", NOW);
        assertTrue(mail.getNextAttemptAt().isAfter(first), "the pause grows");
        assertEquals(OutgoingMail.Status.PENDING, mail.getStatus());
        for (int i = 2; i < 10; i++) {
            mail.failed("connection refused", NOW);
        }
        assertEquals(OutgoingMail.Status.FAILED, mail.getStatus());
        assertEquals(10, mail.getAttempts());
        assertEquals("connection refused", mail.getLastError());
    }

    @Test
    void aSentMailRecordsWhen() {
        OutgoingMail mail = new OutgoingMail("a@example.org", "Subject", "Body", NOW);
        mail.sent(NOW.plusSeconds(5));
        assertEquals(OutgoingMail.Status.SENT, mail.getStatus());
        assertEquals(NOW.plusSeconds(5), mail.getSentAt());
    }
}
