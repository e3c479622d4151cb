package org.stakeholderportal.stack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;

/**
 * The backup and restore commands (README, "Backup and restore"):
 * {@code mvn -pl ear exec:java -Pbackup} and {@code mvn -pl ear exec:java -Prestore -Dfrom=<backup folder>}.
 * They read the same variables as the run command. With the embedded MariaDB they use it where it runs (the portal
 * may keep running during a backup) and start it for the time of the command where it does not.
 */
public final class BackupCommand {

    private BackupCommand() {
    }

    public static void main(String[] args) {
        try {
            if (args.length != 1 || !(args[0].equals("backup") || args[0].equals("restore"))) {
                throw new StackFailure("Say backup or restore.");
            }
            StackSettings settings = StackSettings.fromEnvironment();
            PortalData data = PortalData.of(settings);
            Path tools = settings.dataDir.resolve("mariadb-tools");
            try (EmbeddedDatabase started = startEmbeddedIfNeeded(settings)) {
                if (args[0].equals("backup")) {
                    Backups.Outcome outcome = Backups.backup(data, settings.backupDir, tools);
                    System.out.printf("%nBackup of %s written to%n  %s%n  (%d attachment files, %d digest documents, %d tables;"
                                    + " check it any time with: cd <folder> && sha256sum -c %s)%n",
                            data.describe(), outcome.folder(), outcome.attachments(), outcome.digests(), outcome.rows().size(), Backups.MANIFEST);
                } else {
                    String from = System.getProperty("from");
                    if (from == null || from.isBlank()) {
                        throw new StackFailure("Name the backup folder: -Dfrom=data/backups/portal-backup-…");
                    }
                    Backups.Outcome outcome = Backups.restore(Path.of(from).toAbsolutePath().normalize(), data, tools);
                    System.out.printf("%nRestored %s into %s%n  attachments in %s, digest documents in %s%n  (%d attachment files, %d digest"
                                    + " documents; every file checked against its SHA-256)%n",
                            outcome.folder(), data.describe(), data.attachments(), data.digests(), outcome.attachments(), outcome.digests());
                }
            }
        } catch (StackFailure failure) {
            System.err.println("\n" + failure.getMessage());
            System.exit(1);
        }
    }

    /** The embedded MariaDB, started here when the portal is not running it; null when it runs or the database is external. */
    private static EmbeddedDatabase startEmbeddedIfNeeded(StackSettings settings) {
        if (!settings.embeddedDatabase() || answers(settings.dbPort)) {
            return null;
        }
        EmbeddedDatabase database = new EmbeddedDatabase(settings);
        database.start();
        return database;
    }

    private static boolean answers(int port) {
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
