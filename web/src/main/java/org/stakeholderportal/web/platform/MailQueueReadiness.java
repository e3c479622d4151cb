package org.stakeholderportal.web.platform;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.stakeholderportal.notification.boundary.MailQueue;

/**
 * "mail": DOWN when the SMTP server does not accept a connection, or when the oldest mail in the outbox has waited
 * longer than PORTAL_MAIL_BACKLOG_MAX_MINUTES (default 30): then mail is not leaving, though nothing is lost (the
 * outbox keeps it). When the database cannot be read, only the SMTP server decides; the database check reports that.
 */
@Readiness
@ApplicationScoped
public class MailQueueReadiness implements HealthCheck {

    static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(30);

    @EJB
    MailQueue queue;

    @Override
    public HealthCheckResponse call() {
        boolean smtp = queue.smtpReachable();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("mail")
                .withData("smtp", queue.smtpAddress() + (smtp ? " reachable" : " unreachable"));
        boolean up = smtp;
        try {
            MailQueue.Backlog backlog = queue.backlog();
            Duration maxAge = maxAge();
            response.withData("pending", backlog.pending()).withData("failed", backlog.failed())
                    .withData("oldestPendingMinutes", backlog.oldestPendingAge().toMinutes())
                    .withData("maxPendingMinutes", maxAge.toMinutes());
            up &= backlog.oldestPendingAge().compareTo(maxAge) <= 0;
        } catch (RuntimeException e) {
            response.withData("outbox", "not readable");
        }
        return response.status(up).build();
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
