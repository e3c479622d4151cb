package org.stakeholderportal.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Session;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * "mail": DOWN when the SMTP server of the mail session does not accept a connection, or when the oldest mail in the
 * outbox has waited longer than PORTAL_MAIL_BACKLOG_MAX_MINUTES (default 30): then mail is not leaving, though none is
 * lost (the outbox keeps it). When the outbox cannot be read, the SMTP server alone decides: the database check
 * reports the database.
 */
@Readiness
@ApplicationScoped
public class MailReadiness implements HealthCheck {

    static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(30);
    private static final int SMTP_TIMEOUT_MILLIS = 1500;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    @Resource(lookup = "java:jboss/mail/Portal")
    Session session;

    @Override
    public HealthCheckResponse call() {
        String host = session.getProperty("mail.smtp.host");
        String port = session.getProperty("mail.smtp.port");
        boolean smtp = reachable(host, port);
        HealthCheckResponseBuilder response = HealthCheckResponse.named("mail")
                .withData("smtp", host + ":" + port + (smtp ? " reachable" : " unreachable"));
        boolean up = smtp;
        Duration maxAge = maxAge();
        // Ages from the database's clock, as the outbox's times are written in UTC.
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet outbox = statement.executeQuery("SELECT SUM(status = 'PENDING'), SUM(status = 'FAILED'),"
                        + " TIMESTAMPDIFF(SECOND, MIN(CASE WHEN status = 'PENDING' THEN created_at END), UTC_TIMESTAMP(3)) FROM mail_outbox")) {
            outbox.next();
            long oldestSeconds = Math.max(0, outbox.getLong(3));
            response.withData("pending", outbox.getLong(1)).withData("failed", outbox.getLong(2))
                    .withData("oldestPendingMinutes", oldestSeconds / 60).withData("maxPendingMinutes", maxAge.toMinutes());
            up &= oldestSeconds <= maxAge.toSeconds();
        } catch (SQLException e) {
            response.withData("outbox", "not readable");
        }
        return response.status(up).build();
    }

    private static boolean reachable(String host, String port) {
        if (host == null || port == null) {
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, Integer.parseInt(port)), SMTP_TIMEOUT_MILLIS);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static Duration maxAge() {
        String configured = System.getenv("PORTAL_MAIL_BACKLOG_MAX_MINUTES");
        try {
            return configured == null || configured.isBlank() ? DEFAULT_MAX_AGE : Duration.ofMinutes(Long.parseLong(configured.trim()));
        } catch (NumberFormatException e) {
            return DEFAULT_MAX_AGE;
        }
    }
}
