package org.stakeholderportal.platform.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a list of text fields, each prefixed with its length, so that no two lists hash alike by
 * moving text from one field to the next. Used for the audit chain and for contribution checksums; and the plain
 * SHA-256 of bytes, for released digests and open-data ETags.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    public static String of(String... fields) {
        StringBuilder canonical = new StringBuilder();
        for (String field : fields) {
            canonical.append(field.length()).append(':').append(field).append('|');
        }
        return sha256(canonical.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** SHA-256 of exact bytes (a file, a released digest), in lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
