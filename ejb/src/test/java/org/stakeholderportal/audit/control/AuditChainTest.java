package org.stakeholderportal.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final Instant AT = Instant.parse("2026-01-02T03:04:05.678Z");

    @Test
    void theSameEventAlwaysHashesAlike() {
        assertEquals(AuditChain.hash(AuditChain.GENESIS, AT, "sofia", "secretariat", "window.extended", "ConsultationWindow", 7, "x"),
                AuditChain.hash(AuditChain.GENESIS, AT, "sofia", "secretariat", "window.extended", "ConsultationWindow", 7, "x"));
    }

    @Test
    void anyChangedFieldChangesTheHash() {
        String original = AuditChain.hash(AuditChain.GENESIS, AT, "sofia", "secretariat", "a", "T", 7, "detail");
        assertNotEquals(original, AuditChain.hash(AuditChain.GENESIS, AT, "sofia", "secretariat", "a", "T", 8, "detail"));
        assertNotEquals(original, AuditChain.hash(AuditChain.GENESIS, AT.plusMillis(1), "sofia", "secretariat", "a", "T", 7, "detail"));
        assertNotEquals(original, AuditChain.hash("1".repeat(64), AT, "sofia", "secretariat", "a", "T", 7, "detail"));
    }

    @Test
    void textMovedBetweenFieldsDoesNotCollide() {
        assertNotEquals(AuditChain.hash(AuditChain.GENESIS, AT, "ab", "c", "a", "T", 1, ""),
                AuditChain.hash(AuditChain.GENESIS, AT, "a", "bc", "a", "T", 1, ""));
    }
}
