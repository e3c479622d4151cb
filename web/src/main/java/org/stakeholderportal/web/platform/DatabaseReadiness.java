package org.stakeholderportal.web.platform;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.stakeholderportal.platform.boundary.PlatformHealth;
import org.stakeholderportal.platform.entity.HealthReport;

/** "database": UP when a pooled connection answers within 2 seconds (the same check as /api/health). */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @EJB
    PlatformHealth health;

    @Override
    public HealthCheckResponse call() {
        HealthReport report = health.check();
        return HealthCheckResponse.named("database").withData("schemaVersion", String.valueOf(report.getSchemaVersion()))
                .status(report.isUp()).build();
    }
}
