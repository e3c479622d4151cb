package org.stakeholderportal.stack;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where and how the local stack runs. Each value comes from a system property (set by the build), else
 * from the environment variable named in the README, else from a default for one developer machine.
 */
public final class StackSettings {

    /** Demo values for the local stack only; production sets its own through the environment. */
    static final String DEMO_DB_PASSWORD = "portal-demo-password";
    static final String DEMO_CLIENT_SECRET = "portal-demo-secret-change-me";
    static final String DEMO_KEYCLOAK_ADMIN_PASSWORD = "admin-demo";

    final boolean testMode;
    final Path dataDir;
    final Path wildflyHome;
    final Path keycloakHome;
    final Path jdbcDriverJar;
    final Path ear;
    final Path realm;
    final Path cliScript;
    final int httpPort;
    final int managementPort;
    final int keycloakPort;
    final int keycloakManagementPort;
    final int dbPort;
    final int smtpPort;
    final String externalSmtpHost;
    final String externalDbUrl;
    final String dbUser;
    final String dbPassword;
    final String externalOidcProviderUrl;
    final String clientSecret;
    final String keycloakAdminUser;
    final String keycloakAdminPassword;
    final Path attachmentsDir;
    final Path digestsDir;
    final Path backupDir;

    private StackSettings(Map<String, String> env, boolean testMode) {
        this.testMode = testMode;
        dataDir = Path.of(required("portal.data.dir")).toAbsolutePath().normalize();
        wildflyHome = Path.of(required("jboss.home"));
        keycloakHome = Path.of(required("keycloak.home"));
        jdbcDriverJar = Path.of(required("mariadb.jdbc.jar"));
        ear = Path.of(required("portal.ear"));
        realm = Path.of(required("portal.realm"));
        cliScript = Path.of(required("portal.cli"));
        httpPort = port(env, "portal.http.port", "PORTAL_HTTP_PORT", 8080);
        managementPort = port(env, "portal.management.port", "PORTAL_MANAGEMENT_PORT", 9990);
        keycloakPort = port(env, "portal.keycloak.port", "PORTAL_KEYCLOAK_PORT", 8180);
        keycloakManagementPort = port(env, "portal.keycloak.management.port", "PORTAL_KEYCLOAK_MANAGEMENT_PORT", 9100);
        dbPort = port(env, "portal.db.port", "PORTAL_DB_PORT", 3307);
        smtpPort = port(env, "portal.smtp.port", "PORTAL_SMTP_PORT", 2525);
        externalSmtpHost = testMode ? null : blankToNull(env.get("PORTAL_SMTP_HOST"));
        // The test stack is always self-contained: the variables it passes to WildFly must not turn it external.
        externalDbUrl = testMode ? null : blankToNull(env.get("PORTAL_DB_URL"));
        dbUser = testMode ? "portal" : env.getOrDefault("PORTAL_DB_USER", "portal");
        dbPassword = testMode ? DEMO_DB_PASSWORD : env.getOrDefault("PORTAL_DB_PASSWORD", DEMO_DB_PASSWORD);
        externalOidcProviderUrl = testMode ? null : blankToNull(env.get("OIDC_PROVIDER_URL"));
        clientSecret = testMode ? DEMO_CLIENT_SECRET : env.getOrDefault("OIDC_CLIENT_SECRET", DEMO_CLIENT_SECRET);
        keycloakAdminUser = env.getOrDefault("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        keycloakAdminPassword = env.getOrDefault("KC_BOOTSTRAP_ADMIN_PASSWORD", DEMO_KEYCLOAK_ADMIN_PASSWORD);
        // Files live beside the database in the data folder, not in WildFly's server folder, which each start renews.
        attachmentsDir = folder(env, "PORTAL_ATTACHMENTS_DIR", dataDir.resolve("attachments"));
        digestsDir = folder(env, "PORTAL_DIGESTS_DIR", dataDir.resolve("digests"));
        backupDir = folder(env, "PORTAL_BACKUP_DIR", dataDir.resolve("backups"));
    }

    public static StackSettings fromEnvironment() {
        return new StackSettings(System.getenv(), "test".equals(System.getProperty("portal.stack.mode")));
    }

    /** The run command's settings with the given environment variables (for tests of its checks). */
    static StackSettings forRun(Map<String, String> env) {
        return new StackSettings(env, false);
    }

    boolean embeddedDatabase() {
        return externalDbUrl == null;
    }

    boolean embeddedMail() {
        return externalSmtpHost == null;
    }

    boolean embeddedKeycloak() {
        return externalOidcProviderUrl == null;
    }

    String dbUrl() {
        return embeddedDatabase() ? "jdbc:mariadb://127.0.0.1:" + dbPort + "/portal" : externalDbUrl;
    }

    String oidcProviderUrl() {
        return embeddedKeycloak() ? "http://127.0.0.1:" + keycloakPort + "/realms/portal" : externalOidcProviderUrl;
    }

    String portalUrl() {
        return "http://localhost:" + httpPort;
    }

    String portalUrlByAddress() {
        return "http://127.0.0.1:" + httpPort;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new StackFailure("System property " + property + " is not set: start the stack through Maven"
                    + " (mvn package -Prun) so the build can tell it where WildFly and Keycloak are.");
        }
        return value;
    }

    private static int port(Map<String, String> env, String property, String variable, int fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = env.get(variable);
        }
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new StackFailure(variable + "=" + value + " is not a port number (1-65535).");
        }
    }

    private static Path folder(Map<String, String> env, String variable, Path fallback) {
        String value = blankToNull(env.get(variable));
        return value == null ? fallback : Path.of(value).toAbsolutePath().normalize();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
