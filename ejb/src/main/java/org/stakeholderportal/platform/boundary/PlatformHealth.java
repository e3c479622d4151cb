package org.stakeholderportal.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.stakeholderportal.platform.entity.HealthReport;

/** Whether the portal can do its work right now: the database answers and the schema is migrated. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformHealth {

    private static final int DATABASE_TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    @EJB
    SchemaMigration migration;

    public HealthReport check() {
        boolean databaseUp;
        try (Connection connection = dataSource.getConnection()) {
            databaseUp = connection.isValid(DATABASE_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            databaseUp = false;
        }
        return new HealthReport(databaseUp, migration.currentVersion());
    }
}
