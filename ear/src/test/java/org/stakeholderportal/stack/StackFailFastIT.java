package org.stakeholderportal.stack;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The run command stops at once, naming what to fix, when its environment is wrong. Each case names an external
 * mail host, so no second local mail server competes with the test stack's.
 */
class StackFailFastIT {

    private static final String TEST_DB = "jdbc:mariadb://127.0.0.1:" + System.getProperty("portal.db.port") + "/portal";

    @Test
    void anUnreachableExternalDatabaseIsReportedWithTheVariableToFix() {
        StackSettings settings = StackSettings.forRun(Map.of("PORTAL_DB_URL", "jdbc:mariadb://127.0.0.1:1/portal",
                "PORTAL_SMTP_HOST", "127.0.0.1"));
        StackFailure failure = assertThrows(StackFailure.class, () -> new LocalStack(settings).startBackends());
        assertTrue(failure.getMessage().contains("PORTAL_DB_URL=jdbc:mariadb://127.0.0.1:1/portal"), failure.getMessage());
    }

    @Test
    void aWrongDatabasePasswordIsReported() {
        StackSettings settings = StackSettings.forRun(Map.of("PORTAL_DB_URL", TEST_DB, "PORTAL_DB_PASSWORD", "wrong",
                "PORTAL_SMTP_HOST", "127.0.0.1"));
        StackFailure failure = assertThrows(StackFailure.class, () -> new LocalStack(settings).startBackends());
        assertTrue(failure.getMessage().contains("PORTAL_DB_PASSWORD"), failure.getMessage());
    }

    @Test
    void anUnreachableKeycloakIsReportedWithTheVariableToFix() {
        StackSettings settings = StackSettings.forRun(Map.of("PORTAL_DB_URL", TEST_DB,
                "PORTAL_DB_PASSWORD", StackSettings.DEMO_DB_PASSWORD,
                "OIDC_PROVIDER_URL", "http://127.0.0.1:1/realms/portal", "PORTAL_SMTP_HOST", "127.0.0.1"));
        StackFailure failure = assertThrows(StackFailure.class, () -> new LocalStack(settings).startBackends());
        assertTrue(failure.getMessage().contains("OIDC_PROVIDER_URL=http://127.0.0.1:1/realms/portal"), failure.getMessage());
    }

    @Test
    void aPortInUseIsReportedWithTheVariableToChange() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            StackFailure failure = assertThrows(StackFailure.class,
                    () -> Processes.requireFreePort(taken.getLocalPort(), "WildFly HTTP", "PORTAL_HTTP_PORT"));
            assertTrue(failure.getMessage().contains("PORTAL_HTTP_PORT"), failure.getMessage());
        }
    }

    @Test
    void aPortThatIsNotANumberIsRefused() {
        StackFailure failure = assertThrows(StackFailure.class, () -> {
            String previous = System.getProperty("portal.keycloak.port");
            System.setProperty("portal.keycloak.port", "81x0");
            try {
                StackSettings.forRun(Map.of());
            } finally {
                System.setProperty("portal.keycloak.port", previous);
            }
        });
        assertTrue(failure.getMessage().contains("not a port number"), failure.getMessage());
    }
}
