package org.stakeholderportal.web.platform;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.stakeholderportal.notification.boundary.MailDelivery;

/**
 * "timers": the mail delivery timer fires every 5 seconds whatever the database or SMTP server do; when it has not
 * fired for two minutes the node's timer service is stuck, which only a restart mends.
 */
@Liveness
@ApplicationScoped
public class MailDeliveryLiveness implements HealthCheck {

    static final Duration STALLED = Duration.ofMinutes(2);

    @EJB
    MailDelivery delivery;

    @Override
    public HealthCheckResponse call() {
        Duration since = delivery.sinceLastRun();
        return HealthCheckResponse.named("timers").withData("mailDeliverySecondsAgo", since.toSeconds())
                .status(since.compareTo(STALLED) < 0).build();
    }
}
