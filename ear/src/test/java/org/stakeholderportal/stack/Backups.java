package org.stakeholderportal.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Backup and restore of the portal's data: the database (mariadb-dump in one transaction, so the portal keeps
 * running) and the attachment and digest files, into a dated folder with a manifest of the SHA-256 of every file.
 *
 * <p>Files are content-addressed (named by their SHA-256) and never rewritten, so copying them after the dump is
 * consistent: a row the dump holds was committed after its file was on disk. Before the dump, a snapshot
 * transaction reads which files the database refers to; each must be copied with exactly that checksum.
 */
public final class Backups {

    public static final String MANIFEST = "manifest.sha256";
    public static final String DATABASE = "database.sql";
    public static final String ATTACHMENTS = "attachments";
    public static final String DIGESTS = "digests";
    static final String INFO = "backup.properties";

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern DIGEST_FILE = Pattern.compile("([0-9a-f]{64})\\.[a-z]{1,5}");
    private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private Backups() {
    }

    /** What a backup or restore did, for the command's summary and the tests. */
    public record Outcome(Path folder, int attachments, int digests, Map<String, Long> rows) {
    }

    /** Backs up {@code source} into a new folder {@code portal-backup-<UTC time>} under {@code root}. */
    public static Outcome backup(PortalData source, Path root, Path tools) {
        Instant now = Instant.now();
        Path folder = root.resolve("portal-backup-" + FOLDER_TIME.format(now));
        try {
            if (Files.exists(folder)) {
                throw new StackFailure("The backup folder " + folder + " already exists: wait a second and run it again.");
            }
            Files.createDirectories(folder);
            Referenced referenced;
            Map<String, Long> rows;
            // The snapshot starts before the dump, so whatever it sees is in the dump too.
            try (Connection snapshot = source.connect(); Statement statement = snapshot.createStatement()) {
                statement.execute("SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ");
                statement.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT");
                referenced = referenced(snapshot);
                rows = rowCounts(snapshot);
                MariaDbTools.in(tools).dump(source, folder.resolve(DATABASE), folder.resolve("mariadb-dump.log"));
                statement.execute("ROLLBACK");
            }
            Files.deleteIfExists(folder.resolve("mariadb-dump.log"));
            Map<String, String> manifest = new TreeMap<>();
            manifest.put(DATABASE, sha256(folder.resolve(DATABASE)));
            int attachments = copyAttachments(source.attachments(), folder.resolve(ATTACHMENTS), referenced.attachments, manifest);
            int digests = copyDigests(source.digests(), folder.resolve(DIGESTS), referenced.digests, manifest);
            Map<String, String> info = new LinkedHashMap<>();
            info.put("created", now.toString());
            info.put("source", source.describe());
            info.put("attachments", String.valueOf(attachments));
            info.put("digests", String.valueOf(digests));
            rows.forEach((table, count) -> info.put("rows." + table, String.valueOf(count)));
            Files.writeString(folder.resolve(INFO), "# Row counts as the backup's snapshot saw them\n" + lines(info, "="), StandardCharsets.UTF_8);
            manifest.put(INFO, sha256(folder.resolve(INFO)));
            writeManifest(folder, manifest);
            return new Outcome(folder, attachments, digests, rows);
        } catch (IOException | SQLException e) {
            throw new StackFailure("Backup into " + folder + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Restores a backup into an empty database and empty (or missing) folders: refuses anything else. Checks every
     * file against the manifest first, and after loading, every file the restored database refers to.
     */
    public static Outcome restore(Path folder, PortalData target, Path tools) {
        try {
            Map<String, String> manifest = verifyManifest(folder);
            try (Connection connection = target.connect(); Statement statement = connection.createStatement();
                    ResultSet tables = statement.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()")) {
                tables.next();
                if (tables.getLong(1) > 0) {
                    throw new StackFailure("Refused: the database " + target.describe() + " is not empty (" + tables.getLong(1)
                            + " tables). Restore into a new, empty database (CREATE DATABASE … CHARACTER SET utf8mb4).");
                }
            }
            requireEmpty(target.attachments(), "PORTAL_ATTACHMENTS_DIR");
            requireEmpty(target.digests(), "PORTAL_DIGESTS_DIR");

            MariaDbTools.in(tools).load(target, folder.resolve(DATABASE), Files.createTempFile("portal-restore", ".log"));
            int attachments = 0;
            int digests = 0;
            for (Map.Entry<String, String> entry : manifest.entrySet()) {
                String name = entry.getKey();
                Path destination;
                if (name.startsWith(ATTACHMENTS + "/")) {
                    destination = target.attachments().resolve(name.substring(ATTACHMENTS.length() + 1));
                    attachments++;
                } else if (name.startsWith(DIGESTS + "/")) {
                    destination = target.digests().resolve(name.substring(DIGESTS.length() + 1));
                    digests++;
                } else {
                    continue;
                }
                Files.createDirectories(destination.getParent());
                Files.copy(folder.resolve(name), destination, StandardCopyOption.COPY_ATTRIBUTES);
                if (!sha256(destination).equals(entry.getValue())) {
                    throw new StackFailure("Restored " + destination + " does not have the SHA-256 the manifest records.");
                }
            }
            Map<String, Long> rows;
            try (Connection connection = target.connect()) {
                Referenced referenced = referenced(connection);
                for (String sha : referenced.attachments) {
                    requireFile(target.attachments().resolve(sha.substring(0, 2)).resolve(sha), sha, "attachment");
                }
                for (Map.Entry<String, String> digest : referenced.digests.entrySet()) {
                    requireFile(target.digests().resolve(digest.getKey() + "." + digest.getValue()), digest.getKey(), "digest document");
                }
                rows = rowCounts(connection);
            }
            return new Outcome(folder, attachments, digests, rows);
        } catch (IOException | SQLException e) {
            throw new StackFailure("Restore from " + folder + " failed: " + e.getMessage(), e);
        }
    }

    /** Checks every file the manifest lists; returns the manifest (relative path to SHA-256). */
    public static Map<String, String> verifyManifest(Path folder) throws IOException {
        Path manifestFile = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            throw new StackFailure(folder + " is not a portal backup (no " + MANIFEST + ").");
        }
        Map<String, String> manifest = new TreeMap<>();
        for (String line : Files.readAllLines(manifestFile, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String sha = line.substring(0, 64);
            String name = line.substring(66);
            Path file = folder.resolve(name).normalize();
            if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
                throw new StackFailure("The backup lacks " + name + ", which its manifest lists.");
            }
            if (!sha256(file).equals(sha)) {
                throw new StackFailure("The backup's " + name + " does not match its SHA-256 in the manifest: the backup is damaged.");
            }
            manifest.put(name, sha);
        }
        if (!manifest.containsKey(DATABASE)) {
            throw new StackFailure("The backup's manifest does not list " + DATABASE + ".");
        }
        return manifest;
    }

    /** Row counts of every table of the connection's database. */
    public static Map<String, Long> rowCounts(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                        + " AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM `" + table.replace("`", "``") + "`")) {
                result.next();
                counts.put(table, result.getLong(1));
            }
        }
        return counts;
    }

    /** The files the database refers to: attachment checksums, and finished digest documents (checksum → extension). */
    private record Referenced(Set<String> attachments, Map<String, String> digests) {
    }

    private static Referenced referenced(Connection connection) throws SQLException {
        Set<String> attachments = new HashSet<>();
        Map<String, String> digests = new TreeMap<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet result = statement.executeQuery("SELECT DISTINCT sha256 FROM attachment")) {
                while (result.next()) {
                    attachments.add(result.getString(1));
                }
            }
            try (ResultSet result = statement.executeQuery("SELECT sha256, format FROM digest_file WHERE status = 'DONE' AND sha256 IS NOT NULL")) {
                while (result.next()) {
                    digests.put(result.getString(1), result.getString(2).toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return new Referenced(attachments, digests);
    }

    private static int copyAttachments(Path from, Path to, Set<String> referenced, Map<String, String> manifest) throws IOException {
        Set<String> copied = new HashSet<>();
        if (Files.isDirectory(from)) {
            try (Stream<Path> files = Files.walk(from, 2)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String name = file.getFileName().toString();
                    // Only stored files (xx/<sha256>); incoming/ holds uploads not yet kept.
                    if (!SHA256.matcher(name).matches() || !file.getParent().getFileName().toString().equals(name.substring(0, 2))) {
                        continue;
                    }
                    String sha = copy(file, to.resolve(name.substring(0, 2)).resolve(name));
                    if (!sha.equals(name)) {
                        if (referenced.contains(name)) {
                            throw new StackFailure("Attachment " + file + " is damaged: its content's SHA-256 is " + sha + ".");
                        }
                        Files.delete(to.resolve(name.substring(0, 2)).resolve(name));
                        System.err.println("Skipped " + file + ": damaged and not referred to by the database.");
                        continue;
                    }
                    manifest.put(ATTACHMENTS + "/" + name.substring(0, 2) + "/" + name, sha);
                    copied.add(sha);
                }
            }
        }
        requireAll(referenced, copied, "attachment", from);
        return copied.size();
    }

    private static int copyDigests(Path from, Path to, Map<String, String> referenced, Map<String, String> manifest) throws IOException {
        Set<String> copied = new HashSet<>();
        if (Files.isDirectory(from)) {
            try (Stream<Path> files = Files.list(from)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    var name = DIGEST_FILE.matcher(file.getFileName().toString());
                    if (!name.matches()) {
                        continue;
                    }
                    String sha = copy(file, to.resolve(file.getFileName().toString()));
                    if (!sha.equals(name.group(1))) {
                        if (referenced.containsKey(name.group(1))) {
                            throw new StackFailure("Digest document " + file + " is damaged: its content's SHA-256 is " + sha + ".");
                        }
                        Files.delete(to.resolve(file.getFileName().toString()));
                        continue;
                    }
                    manifest.put(DIGESTS + "/" + file.getFileName(), sha);
                    copied.add(sha);
                }
            }
        }
        requireAll(referenced.keySet(), copied, "digest document", from);
        return copied.size();
    }

    private static void requireAll(Set<String> referenced, Set<String> copied, String what, Path folder) {
        Set<String> missing = new HashSet<>(referenced);
        missing.removeAll(copied);
        if (!missing.isEmpty()) {
            throw new StackFailure(missing.size() + " " + what + " file(s) the database refers to are not in " + folder + ", e.g. "
                    + missing.iterator().next() + ". Check PORTAL_ATTACHMENTS_DIR / PORTAL_DIGESTS_DIR.");
        }
    }

    private static void requireFile(Path file, String sha, String what) throws IOException {
        if (!Files.isRegularFile(file) || !sha256(file).equals(sha)) {
            throw new StackFailure("After the restore, the " + what + " " + sha + " is missing or differs at " + file + ".");
        }
    }

    private static void requireEmpty(Path folder, String variable) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            if (files.anyMatch(Files::isRegularFile)) {
                throw new StackFailure("Refused: " + folder + " (" + variable + ") already holds files. Restore into empty folders.");
            }
        }
    }

    /** Copies a file and returns the SHA-256 of the bytes copied. */
    private static String copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(from), digest); OutputStream out = Files.newOutputStream(to)) {
            in.transferTo(out);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The manifest in sha256sum's format, so {@code sha256sum -c manifest.sha256} checks a backup too. */
    private static void writeManifest(Path folder, Map<String, String> manifest) throws IOException {
        StringBuilder out = new StringBuilder();
        manifest.forEach((name, sha) -> out.append(sha).append("  ").append(name).append('\n'));
        Files.writeString(folder.resolve(MANIFEST), out, StandardCharsets.UTF_8);
    }

    private static String lines(Map<String, String> values, String separator) {
        StringBuilder out = new StringBuilder();
        values.forEach((key, value) -> out.append(key).append(separator).append(value).append('\n'));
        return out.toString();
    }
}
