package org.stakeholderportal.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keycloak 26 from the Maven Central dist: built once for this machine ({@code kc.sh build}, kept outside
 * target/), then started with the portal realm imported. Its own database (H2 file) lives in the stack's
 * data folder, so the run command and the tests never share users.
 */
final class KeycloakServer implements AutoCloseable {

    private static final String BUILD_MARKER = ".portal-built";

    private final StackSettings settings;
    private Process process;
    private Path log;

    KeycloakServer(StackSettings settings) {
        this.settings = settings;
    }

    /** Starts Keycloak and waits until it and the portal realm answer. */
    void start() {
        launch();
        awaitReady();
    }

    /** Starts the process without waiting, so WildFly can start beside it. */
    void launch() {
        Processes.requireFreePort(settings.keycloakPort, "Keycloak", "PORTAL_KEYCLOAK_PORT");
        Processes.requireFreePort(settings.keycloakManagementPort, "Keycloak management", "PORTAL_KEYCLOAK_MANAGEMENT_PORT");
        Path home = settings.keycloakHome;
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new StackFailure("Keycloak is not unpacked at " + home + ": run the build (mvn package -Prun).");
        }
        buildOnce(home);
        Path logs = settings.dataDir.resolve("logs");
        try {
            Path imports = home.resolve("data/import");
            Files.createDirectories(imports);
            Files.copy(settings.realm, imports.resolve("portal-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            Files.createDirectories(settings.dataDir.resolve("keycloak"));
        } catch (IOException e) {
            throw new StackFailure("Could not prepare Keycloak's realm import: " + e.getMessage(), e);
        }
        List<String> command = new ArrayList<>(List.of(
                home.resolve("bin/kc.sh").toString(), "start", "--optimized",
                "--http-enabled=true", "--http-host=127.0.0.1",
                "--http-port=" + settings.keycloakPort,
                "--http-management-port=" + settings.keycloakManagementPort,
                "--hostname-strict=false",
                "--db-url=jdbc:h2:file:" + settings.dataDir.resolve("keycloak/keycloakdb") + ";NON_KEYWORDS=VALUE",
                "--import-realm"));
        log = logs.resolve("keycloak.log");
        process = Processes.start(command, home, Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", settings.keycloakAdminUser,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", settings.keycloakAdminPassword,
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m",
                // Placeholders in keycloak-realm/portal-realm.json:
                "PORTAL_URL", settings.portalUrl(),
                "PORTAL_URL_ALT", settings.portalUrlByAddress(),
                "OIDC_CLIENT_SECRET", settings.clientSecret), log);
    }

    void awaitReady() {
        String ready = "http://127.0.0.1:" + settings.keycloakManagementPort + "/health/ready";
        Processes.await("Keycloak", process, log, Duration.ofSeconds(180), () -> Processes.httpStatus(ready) == 200);
        // Ready can come before the realm import is visible; the portal needs the realm.
        String realm = settings.oidcProviderUrl() + "/.well-known/openid-configuration";
        Processes.await("Keycloak realm 'portal'", process, log, Duration.ofSeconds(60), () -> Processes.httpStatus(realm) == 200);
    }

    private void buildOnce(Path home) {
        if (Files.exists(home.resolve(BUILD_MARKER))) {
            return;
        }
        System.out.println("Building Keycloak for this machine once (about 30 s)...");
        Processes.run(List.of(home.resolve("bin/kc.sh").toString(), "build", "--health-enabled=true", "--db=dev-file"),
                home, Map.of(), home.resolve("build.log"), Duration.ofMinutes(5));
        try {
            Files.writeString(home.resolve(BUILD_MARKER), "built by the Stakeholder Portal local stack\n");
        } catch (IOException e) {
            throw new StackFailure("Could not mark Keycloak as built: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        Processes.stop(process, Duration.ofSeconds(20));
        process = null;
    }
}
