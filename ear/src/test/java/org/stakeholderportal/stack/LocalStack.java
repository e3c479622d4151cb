package org.stakeholderportal.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The whole portal on one machine: MariaDB (embedded unless PORTAL_DB_URL points elsewhere), Keycloak with
 * the portal realm (unless OIDC_PROVIDER_URL points elsewhere) and WildFly. The run command starts all
 * three; the integration tests start the first two and let Arquillian start WildFly.
 */
public final class LocalStack implements AutoCloseable {

    private final StackSettings settings;
    private final EmbeddedDatabase database;
    private final KeycloakServer keycloak;
    private final WildFlyServer wildfly;
    private final MailCatcher mail;

    public LocalStack(StackSettings settings) {
        this.settings = settings;
        this.database = new EmbeddedDatabase(settings);
        this.keycloak = new KeycloakServer(settings);
        this.wildfly = new WildFlyServer(settings);
        this.mail = new MailCatcher(settings);
    }

    /** The local mail server, which has caught what the portal sent. */
    public MailCatcher mail() {
        return mail;
    }

    public StackSettings settings() {
        return settings;
    }

    /** Database and identity provider up, WildFly configured: what Arquillian needs before it starts WildFly. */
    public void startBackends() {
        startDatabase();
        if (settings.embeddedKeycloak()) {
            keycloak.start();
        } else {
            checkExternalKeycloak();
        }
    }

    /**
     * Everything, with the EAR deployed and answering. Keycloak and WildFly start side by side: WildFly's OIDC
     * client only talks to Keycloak when someone signs in.
     */
    public void startAll() {
        startDatabase();
        if (settings.embeddedKeycloak()) {
            keycloak.launch();
        } else {
            checkExternalKeycloak();
        }
        wildfly.launch(wildflyEnvironment());
        if (settings.embeddedKeycloak()) {
            keycloak.awaitReady();
        }
        wildfly.awaitReady();
    }

    private void startDatabase() {
        try {
            Files.createDirectories(settings.dataDir);
        } catch (IOException e) {
            throw new StackFailure("Cannot create the data folder " + settings.dataDir + ": " + e.getMessage(), e);
        }
        wildfly.configure();
        if (settings.embeddedDatabase()) {
            database.start();
        } else {
            checkExternalDatabase();
        }
        if (settings.embeddedMail()) {
            mail.start();
        }
    }

    /** The variables WildFly's configuration reads (see ear/src/main/wildfly/configure.cli). */
    Map<String, String> wildflyEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PORTAL_DB_URL", settings.dbUrl());
        env.put("PORTAL_DB_USER", settings.dbUser);
        env.put("PORTAL_DB_PASSWORD", settings.dbPassword);
        env.put("OIDC_PROVIDER_URL", settings.oidcProviderUrl());
        env.put("OIDC_CLIENT_SECRET", settings.clientSecret);
        env.put("PORTAL_DEMO_DATA", System.getenv().getOrDefault("PORTAL_DEMO_DATA", "true"));
        env.put("PORTAL_DATA_DIR", settings.dataDir.toString());
        env.put("PORTAL_ATTACHMENTS_DIR", settings.attachmentsDir.toString());
        env.put("PORTAL_DIGESTS_DIR", settings.digestsDir.toString());
        env.put("PORTAL_SMTP_PORT", String.valueOf(settings.smtpPort));
        if (!settings.embeddedMail()) {
            env.put("PORTAL_SMTP_HOST", settings.externalSmtpHost);
        }
        return env;
    }

    private void checkExternalDatabase() {
        Properties credentials = new Properties();
        credentials.setProperty("user", settings.dbUser);
        credentials.setProperty("password", settings.dbPassword);
        credentials.setProperty("connectTimeout", "5000");
        try (Connection connection = DriverManager.getConnection(settings.dbUrl(), credentials)) {
            if (!connection.isValid(5)) {
                throw new SQLException("connection is not valid");
            }
        } catch (SQLException e) {
            throw new StackFailure("Cannot reach the database at PORTAL_DB_URL=" + settings.dbUrl() + " as PORTAL_DB_USER="
                    + settings.dbUser + ": " + e.getMessage() + "\nCheck the URL, user and PORTAL_DB_PASSWORD, and that the"
                    + " database exists (CREATE DATABASE portal CHARACTER SET utf8mb4), or unset PORTAL_DB_URL to use the embedded MariaDB.");
        }
    }

    private void checkExternalKeycloak() {
        String discovery = settings.oidcProviderUrl() + "/.well-known/openid-configuration";
        if (Processes.httpStatus(discovery) != 200) {
            throw new StackFailure("Cannot reach Keycloak at OIDC_PROVIDER_URL=" + settings.oidcProviderUrl()
                    + " (no answer from " + discovery + "). Check the URL and that the realm exists,"
                    + " or unset OIDC_PROVIDER_URL to use the local Keycloak.");
        }
    }

    /*
     * Stopping and starting single parts while the portal runs: the health check tests take each part away and
     * bring it back on the same port with the same data.
     */

    void stopDatabase() {
        database.close();
    }

    void restartDatabase() {
        database.start();
    }

    void stopKeycloak() {
        keycloak.close();
    }

    void restartKeycloak() {
        keycloak.start();
    }

    void stopMail() {
        mail.close();
    }

    void restartMail() {
        mail.start();
    }

    @Override
    public void close() {
        wildfly.close();
        keycloak.close();
        database.close();
        mail.close();
    }
}
