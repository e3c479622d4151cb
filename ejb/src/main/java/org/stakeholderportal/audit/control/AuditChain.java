package org.stakeholderportal.audit.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash that links an audit event to the one before it. Any change to a stored event, or a deleted or
 * inserted one, breaks every hash after it. Fields are length-prefixed so no two events can hash alike by
 * moving text from one field to the next.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(String previousHash, Instant occurredAt, String actor, String actorRole, String action,
            String entityType, long entityId, String detail) {
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[] {previousHash, occurredAt.truncatedTo(ChronoUnit.MILLIS).toString(), actor, actorRole,
                action, entityType, Long.toString(entityId), detail}) {
            canonical.append(field.length()).append(':').append(field).append('|');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
