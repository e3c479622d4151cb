package org.stakeholderportal.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the database schema up to date before the portal serves anything. Flyway takes a lock in
 * the database, so several nodes starting at once migrate exactly once.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    private String currentVersion;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        var result = flyway.migrate();
        currentVersion = flyway.info().current() == null ? null : flyway.info().current().getVersion().getVersion();
        LOG.info(() -> "Database schema at version " + currentVersion + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    public String currentVersion() {
        return currentVersion;
    }
}
