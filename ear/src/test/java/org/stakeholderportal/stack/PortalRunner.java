package org.stakeholderportal.stack;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/** The run command (mvn package -Prun): starts the local portal, says where to go, stops it on Ctrl-C. */
public final class PortalRunner {

    private PortalRunner() {
    }

    public static void main(String[] args) throws InterruptedException {
        LocalStack stack;
        try {
            stack = new LocalStack(StackSettings.fromEnvironment());
        } catch (StackFailure failure) {
            System.err.println("\nCannot start the portal: " + failure.getMessage());
            System.exit(1);
            return;
        }
        Thread stopper = new Thread(() -> {
            System.out.println("\nStopping the portal...");
            stack.close();
            System.out.println("Stopped.");
        }, "portal-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        long started = System.nanoTime();
        try {
            stack.startAll();
        } catch (StackFailure failure) {
            System.err.println("\nCannot start the portal: " + failure.getMessage());
            System.exit(1);
        }
        System.out.println(banner(stack.settings(), (System.nanoTime() - started) / 1_000_000_000));
        new CountDownLatch(1).await();
    }

    static String banner(StackSettings settings, long seconds) {
        StringBuilder out = new StringBuilder();
        out.append("\n=====================================================================\n");
        out.append(" Stakeholder Portal is running (started in ").append(seconds).append(" s)\n\n");
        out.append("   Portal           ").append(settings.portalUrl()).append("/\n");
        out.append("   Health           ").append(settings.portalUrl()).append("/api/health\n");
        out.append("   Server health    http://127.0.0.1:").append(settings.managementPort).append("/health/ready\n");
        out.append("   Metrics          http://127.0.0.1:").append(settings.managementPort).append("/prometheus\n");
        if (settings.embeddedKeycloak()) {
            out.append("   Keycloak admin   http://127.0.0.1:").append(settings.keycloakPort).append("/admin/  (")
                    .append(settings.keycloakAdminUser).append(" / ").append(settings.keycloakAdminPassword).append(")\n");
        } else {
            out.append("   Keycloak         ").append(settings.oidcProviderUrl()).append("\n");
        }
        out.append("   Database         ").append(settings.dbUrl())
                .append(settings.embeddedDatabase() ? "  (embedded, data in " + settings.dataDir.resolve("mariadb") + ")" : "").append("\n");
        if (settings.embeddedMail()) {
            out.append("   Mail             caught by a local SMTP server on port ").append(settings.smtpPort).append(", written to ")
                    .append(settings.dataDir.resolve("logs/mail.log")).append("\n");
        }
        out.append("   Logs             ").append(settings.dataDir.resolve("logs")).append("\n\n");
        if (settings.embeddedKeycloak()) {
            out.append(" Demo accounts (demo passwords, local stack only):\n");
            out.append(String.format("   %-10s %-10s %s%n", "user", "password", "roles"));
            demoAccounts(settings, out);
        }
        out.append("\n Press Ctrl-C to stop MariaDB, Keycloak and WildFly.\n");
        out.append("=====================================================================\n");
        return out.toString();
    }

    private static void demoAccounts(StackSettings settings, StringBuilder out) {
        try (InputStream in = Files.newInputStream(settings.realm); JsonReader reader = Json.createReader(in)) {
            for (JsonValue value : reader.readObject().getJsonArray("users")) {
                JsonObject user = value.asJsonObject();
                if (user.containsKey("serviceAccountClientId")) {
                    continue;
                }
                String password = user.getJsonArray("credentials").getJsonObject(0).getString("value");
                String roles = user.getJsonArray("realmRoles").stream()
                        .map(r -> r.toString().replace("\"", ""))
                        .map(r -> r.equals("default-roles-portal") ? "stakeholder" : r)
                        .distinct().collect(Collectors.joining(", "));
                out.append(String.format("   %-10s %-10s %s%n", user.getString("username"), password, roles));
            }
        } catch (IOException | RuntimeException e) {
            out.append("   (see keycloak-realm/portal-realm.json: ").append(e.getMessage()).append(")\n");
        }
    }
}
