package org.stakeholderportal.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * "timers": the mail delivery timer fires every 5 seconds whatever the database or SMTP server do; when it has not
 * fired for two minutes the node's timer service is stuck, which only a restart mends.
 */
@Liveness
@ApplicationScoped
public class TimersLiveness implements HealthCheck {

    static final Duration STALLED = Duration.ofMinutes(2);

    @Override
    public HealthCheckResponse call() {
        Duration since = Heartbeat.sinceMailDelivery();
        return HealthCheckResponse.named("timers").withData("mailDeliverySecondsAgo", since.toSeconds())
                .status(since.compareTo(STALLED) < 0).build();
    }
}
