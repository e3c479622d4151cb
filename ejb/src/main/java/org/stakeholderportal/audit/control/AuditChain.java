package org.stakeholderportal.audit.control;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.stakeholderportal.platform.control.Fingerprint;

/**
 * The hash that links an audit event to the one before it. Any change to a stored event, or a deleted or
 * inserted one, breaks every hash after it.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(String previousHash, Instant occurredAt, String actor, String actorRole, String action,
            String entityType, long entityId, String detail) {
        return Fingerprint.of(previousHash, occurredAt.truncatedTo(ChronoUnit.MILLIS).toString(), actor, actorRole, action,
                entityType, Long.toString(entityId), detail);
    }
}
