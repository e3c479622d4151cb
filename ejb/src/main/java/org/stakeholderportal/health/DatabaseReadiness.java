package org.stakeholderportal.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** "database": UP when a pooled connection answers within 2 seconds (the same test as /api/health). */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        boolean up;
        try (Connection connection = dataSource.getConnection()) {
            up = connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException e) {
            up = false;
        }
        return HealthCheckResponse.named("database").status(up).build();
    }
}
