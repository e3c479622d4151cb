package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.stakeholderportal.audit.control.AuditChain;
import org.stakeholderportal.platform.control.Fingerprint;
import org.stakeholderportal.stack.Backups;
import org.stakeholderportal.stack.EmbeddedDatabase;
import org.stakeholderportal.stack.PortalData;
import org.stakeholderportal.stack.StackFailure;
import org.stakeholderportal.stack.TestStack;

/**
 * The backup command's round trip while the portal runs: an attachment and a released digest's documents exist,
 * the backup is taken, and restored into a fresh MariaDB (another instance, its own folder and port) and fresh
 * folders. The restored data has the same row counts, an intact audit chain of the same length, and the digest
 * documents with the SHA-256 the source's digest_file rows and downloads have. A second restore into it is refused.
 */
class BackupRestoreIT extends PortalBlackBox {

    private static final String RESTORE_PASSWORD = "restore-test-password";

    @Test
    void aBackupTakenWhileThePortalRunsRestoresIntoAFreshInstanceIdentically() throws Exception {
        long draftId = ContributionClient.revisedDraftId();
        ContributionClient amina = new ContributionClient(url("/"), "amina", "amina");
        HttpResponse<String> created = amina.call("POST", "/api/contributions", "{\"draftId\":" + draftId + ",\"article\":\"art-24\"}", null);
        assertEquals(201, created.statusCode(), created.body());
        long contributionId = TestStackAccess.json(created.body()).getJsonNumber("id").longValue();
        HttpResponse<String> attached = TestStackAccess.send(HttpRequest.newBuilder(URI.create(url("/api/contributions/" + contributionId
                        + "/attachments?name=" + URLEncoder.encode("evidence.pdf", StandardCharsets.UTF_8))))
                .header("Authorization", "Bearer " + TestStackAccess.accessToken("amina", "amina"))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(ContributionApiIT.pdf())).build());
        assertTrue(attached.statusCode() == 200 || attached.statusCode() == 201, attached.statusCode() + " " + attached.body());
        Map<Long, String> documents = releasedDocuments(draftId);

        PortalData source = TestStack.data();
        Path work = TestStack.dataDir().resolve("backup-test");
        Path tools = TestStack.dataDir().resolve("mariadb-tools");
        Map<String, Long> counts;
        Backups.Outcome backup;
        try (Connection db = TestStackAccess.database()) {
            counts = Backups.rowCounts(db);
            backup = Backups.backup(source, work.resolve("backups"), tools);
            assertEquals(counts, Backups.rowCounts(db), "nothing else wrote while the backup ran");
        }
        assertTrue(backup.attachments() >= 1, "the attachment is in the backup");
        assertTrue(backup.digests() >= documents.size(), "the digest documents are in the backup");
        assertEquals(counts, backup.rows(), "the backup's snapshot saw what the database held");
        Backups.verifyManifest(backup.folder());

        EmbeddedDatabase fresh = EmbeddedDatabase.separate(work.resolve("fresh-mariadb"), freePort(), "portal", RESTORE_PASSWORD);
        try {
            fresh.start();
            PortalData target = new PortalData(fresh.jdbcUrl(), "portal", RESTORE_PASSWORD, work.resolve("fresh/attachments"),
                    work.resolve("fresh/digests"));
            Backups.Outcome restored = Backups.restore(backup.folder(), target, tools);
            assertEquals(counts, restored.rows(), "every table has as many rows as the source");

            try (Connection original = TestStackAccess.database(); Connection copy = target.connect()) {
                long chain = verifiedChain(copy);
                assertEquals(counts.get("audit_event"), chain, "the restored audit chain verifies from the first event to the head");
                assertEquals(verifiedChain(original), chain);
                assertEquals(digestFiles(original), digestFiles(copy), "the digest_file rows are the same");
                Map<String, String> restoredFiles = digestFiles(copy);
                for (Map.Entry<Long, String> document : documents.entrySet()) {
                    String sha = restoredFiles.get("id=" + document.getKey());
                    assertEquals(document.getValue(), sha, "the restored row records the downloaded document's SHA-256");
                    try (Statement statement = copy.createStatement();
                            ResultSet format = statement.executeQuery("SELECT format FROM digest_file WHERE id = " + document.getKey())) {
                        format.next();
                        Path file = target.digests().resolve(sha + "." + format.getString(1).toLowerCase());
                        assertEquals(sha, Backups.sha256(file), "the restored file has that SHA-256");
                    }
                }
                try (Statement statement = copy.createStatement();
                        ResultSet attachments = statement.executeQuery("SELECT sha256 FROM attachment WHERE contribution_id = " + contributionId)) {
                    assertTrue(attachments.next());
                    String sha = attachments.getString(1);
                    assertEquals(sha, Backups.sha256(target.attachments().resolve(sha.substring(0, 2)).resolve(sha)));
                }
            }

            StackFailure refused = assertThrows(StackFailure.class, () -> Backups.restore(backup.folder(), target, tools));
            assertTrue(refused.getMessage().contains("not empty"), refused.getMessage());

            Path damaged = work.resolve("damaged");
            try (var files = Files.walk(backup.folder())) {
                for (Path file : files.toList()) {
                    Path copy = damaged.resolve(backup.folder().relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(file, copy);
                    }
                }
            }
            Files.writeString(damaged.resolve(Backups.DATABASE), "-- changed\n", java.nio.file.StandardOpenOption.APPEND);
            StackFailure broken = assertThrows(StackFailure.class, () -> Backups.verifyManifest(damaged));
            assertTrue(broken.getMessage().contains("damaged"), broken.getMessage());
        } finally {
            fresh.close();
        }
    }

    /** Releases a digest of the draft (with French documents) and waits for its documents: file id → SHA-256 of its download. */
    private Map<Long, String> releasedDocuments(long draftId) throws Exception {
        String sofia = TestStackAccess.accessToken("sofia", "sofia");
        HttpResponse<String> release = TestStackAccess.send(HttpRequest.newBuilder(URI.create(url("/api/digests?draft=" + draftId + "&language=fr")))
                .header("Authorization", "Bearer " + sofia).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(201, release.statusCode(), release.body());
        long releaseId = TestStackAccess.json(release.body()).getJsonNumber("id").longValue();
        long deadline = System.currentTimeMillis() + 240_000;
        while (true) {
            HttpResponse<String> files = TestStackAccess.send(HttpRequest.newBuilder(URI.create(url("/api/digests/" + releaseId + "/files")))
                    .header("Accept", "application/json").GET().build());
            assertEquals(200, files.statusCode(), files.body());
            List<JsonObject> list = jakarta.json.Json.createReader(new java.io.StringReader(files.body())).readArray().stream()
                    .map(JsonValue::asJsonObject).toList();
            if (!list.isEmpty() && list.stream().allMatch(f -> "DONE".equals(f.getString("status")))) {
                Map<Long, String> documents = new TreeMap<>();
                for (JsonObject file : list) {
                    HttpResponse<byte[]> download = TestStackAccess.HTTP.send(HttpRequest.newBuilder(URI.create(url(file.getString("href")))).GET().build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    assertEquals(200, download.statusCode());
                    String sha = Fingerprint.sha256(download.body());
                    assertEquals(file.getString("sha256"), sha);
                    documents.put(file.getJsonNumber("id").longValue(), sha);
                }
                return documents;
            }
            assertTrue(list.stream().noneMatch(f -> "FAILED".equals(f.getString("status"))), files.body());
            assertTrue(System.currentTimeMillis() < deadline, "digest documents not generated in time: " + files.body());
            Thread.sleep(1000);
        }
    }

    /** The audit chain check (as AuditTrail.verify does it) over JDBC: the number of events verified; fails at a break. */
    private static long verifiedChain(Connection db) throws Exception {
        String expected = AuditChain.GENESIS;
        long checked = 0;
        try (Statement statement = db.createStatement();
                ResultSet events = statement.executeQuery("SELECT id, occurred_at, actor, actor_role, action, entity_type, entity_id, detail,"
                        + " previous_hash, hash FROM audit_event ORDER BY id")) {
            while (events.next()) {
                String hash = AuditChain.hash(expected, events.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC), events.getString(3),
                        events.getString(4), events.getString(5), events.getString(6), events.getLong(7), events.getString(8));
                assertEquals(expected, events.getString(9), "previous hash of audit event " + events.getLong(1));
                assertEquals(hash, events.getString(10), "hash of audit event " + events.getLong(1));
                expected = hash;
                checked++;
            }
        }
        try (PreparedStatement head = db.prepareStatement("SELECT last_hash FROM audit_chain_head WHERE id = 1"); ResultSet row = head.executeQuery()) {
            assertTrue(row.next());
            assertEquals(expected, row.getString(1), "the chain head names the last event");
        }
        return checked;
    }

    /** Every finished digest document: "id=N" → its recorded SHA-256. */
    private static Map<String, String> digestFiles(Connection db) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id, sha256 FROM digest_file WHERE status = 'DONE'")) {
            while (rows.next()) {
                files.put("id=" + rows.getLong(1), rows.getString(2));
            }
        }
        return files;
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
