package org.stakeholderportal.stack;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything the portal keeps: a MariaDB database (reached over TCP, embedded or external) and the folders of
 * attachment and digest files. What a backup reads and a restore writes.
 */
public record PortalData(String jdbcUrl, String user, String password, Path attachments, Path digests) {

    private static final Pattern URL = Pattern.compile("jdbc:(?:mariadb|mysql)://([^:/?,]+)(?::(\\d+))?/([^?;]+).*");

    /** The portal's data as the run command and WildFly find it (PORTAL_DB_*, PORTAL_ATTACHMENTS_DIR, PORTAL_DIGESTS_DIR). */
    static PortalData of(StackSettings settings) {
        return new PortalData(settings.dbUrl(), settings.dbUser, settings.dbPassword, settings.attachmentsDir, settings.digestsDir);
    }

    String host() {
        return part(1);
    }

    int port() {
        String port = part(2);
        return port == null ? 3306 : Integer.parseInt(port);
    }

    String database() {
        return part(3);
    }

    /** The URL without anything a reader should not see (it holds no password; parameters could). */
    String describe() {
        return "jdbc:mariadb://" + host() + ":" + port() + "/" + database() + " as " + user;
    }

    public Connection connect() throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        credentials.setProperty("connectTimeout", "5000");
        return DriverManager.getConnection(jdbcUrl, credentials);
    }

    private String part(int group) {
        Matcher matcher = URL.matcher(jdbcUrl);
        if (!matcher.matches()) {
            throw new StackFailure("PORTAL_DB_URL=" + jdbcUrl + " is not a MariaDB JDBC URL (jdbc:mariadb://host:port/database).");
        }
        return matcher.group(group);
    }
}
