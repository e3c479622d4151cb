package org.stakeholderportal.contribution.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.stakeholderportal.platform.Refusal;

/**
 * Attachment files on disk, outside the web root: under PORTAL_ATTACHMENTS_DIR, or the server's data directory.
 * Each file is named after its SHA-256, so the name says what the content is, a repeated upload is stored
 * once, and a file left behind by a rolled-back upload is harmless. In a cluster the folder must be shared.
 */
@ApplicationScoped
public class AttachmentStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    public AttachmentStore() {
        String configured = System.getenv("PORTAL_ATTACHMENTS_DIR");
        if (configured == null || configured.isBlank()) {
            configured = System.getProperty("portal.attachments.dir",
                    Paths.get(System.getProperty("jboss.server.data.dir", "data"), "attachments").toString());
        }
        this.root = Paths.get(configured).toAbsolutePath();
    }

    /** An upload copied to a temporary file, at most {@code limit + 1} bytes, with its SHA-256. */
    public record Received(Path file, long size, String sha256) {
    }

    public Received receive(InputStream content, long limit) {
        try {
            Files.createDirectories(root.resolve("incoming"));
            Path temporary = Files.createTempFile(root.resolve("incoming"), "upload-", ".part");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), digest)) {
                byte[] buffer = new byte[64 * 1024];
                int read;
                // Stop one byte past the limit: enough to know it is too large, without filling the disk.
                while (size <= limit && (read = content.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - size))) > 0) {
                    out.write(buffer, 0, read);
                    size += read;
                }
            }
            return new Received(temporary, size, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new Refusal("attachment.notStored");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Moves a received file to its place; if the same content is already stored, the copy is dropped. */
    public void keep(Received received) {
        Path target = path(received.sha256());
        try {
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                Files.delete(received.file());
            } else {
                Files.move(received.file(), target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new Refusal("attachment.notStored");
        }
    }

    public void discard(Received received) {
        try {
            Files.deleteIfExists(received.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored file with this SHA-256. */
    public Path path(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    public Path root() {
        return root;
    }
}
