package org.stakeholderportal.stack;

import java.io.IOException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the test stack's MariaDB and Keycloak once per test JVM, before any integration test, from a
 * clean data folder; Arquillian then starts WildFly against them. They stop when the JVM exits.
 */
public class TestStack implements LauncherSessionListener {

    private static LocalStack stack;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        start();
    }

    static synchronized void start() {
        if (stack != null || !"test".equals(System.getProperty("portal.stack.mode"))) {
            return;
        }
        StackSettings settings = StackSettings.fromEnvironment();
        try {
            WildFlyServer.deleteTree(settings.dataDir);
        } catch (IOException e) {
            throw new StackFailure("Cannot clear the test data folder " + settings.dataDir + ": " + e.getMessage(), e);
        }
        LocalStack started = new LocalStack(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-stack-stop"));
        long begin = System.nanoTime();
        started.startBackends();
        System.out.printf("Test stack (MariaDB, Keycloak) ready in %d s%n", (System.nanoTime() - begin) / 1_000_000_000);
        stack = started;
    }

    /** The test stack's mail server, for tests that check what was sent. */
    public static MailCatcher mail() {
        start();
        return stack.mail();
    }

    /** The test stack's data, as the backup command reads it: its database and its attachment and digest folders. */
    public static PortalData data() {
        start();
        return PortalData.of(stack.settings());
    }

    /** The test stack's data folder (target/it-data). */
    public static java.nio.file.Path dataDir() {
        start();
        return stack.settings().dataDir;
    }

    /** Stops the test MariaDB (data kept); {@link #startDatabase} brings it back on the same port. */
    public static void stopDatabase() {
        start();
        stack.stopDatabase();
    }

    public static void startDatabase() {
        start();
        stack.restartDatabase();
    }

    /** Stops the test Keycloak (about 15 s to come back with {@link #startKeycloak}). */
    public static void stopKeycloak() {
        start();
        stack.stopKeycloak();
    }

    public static void startKeycloak() {
        start();
        stack.restartKeycloak();
    }

    /** Stops the test SMTP server; mail caught so far is forgotten when it starts again. */
    public static void stopMail() {
        start();
        stack.stopMail();
    }

    public static void startMail() {
        start();
        stack.restartMail();
    }
}
