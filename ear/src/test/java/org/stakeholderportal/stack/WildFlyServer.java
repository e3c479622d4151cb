package org.stakeholderportal.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The WildFly 39 dist that the build unpacked into target/, configured by the CLI scripts in
 * ear/src/main/wildfly (never by hand). The run command starts it on a copy of standalone/ in the data
 * folder, so the dist itself stays clean for Arquillian.
 */
final class WildFlyServer implements AutoCloseable {

    private static final String CONFIG_MARKER = ".portal-configured";

    private final StackSettings settings;
    private Process process;
    private Path log;

    WildFlyServer(StackSettings settings) {
        this.settings = settings;
    }

    /** Applies the CLI configuration once; again from the pristine file when the script or driver changed. */
    void configure() {
        Path home = settings.wildflyHome;
        if (!Files.isExecutable(home.resolve("bin/jboss-cli.sh"))) {
            throw new StackFailure("WildFly is not unpacked at " + home + ": run the build (mvn package -Prun).");
        }
        String fingerprint = fingerprint();
        Path marker = home.resolve(CONFIG_MARKER);
        Path config = home.resolve("standalone/configuration/standalone.xml");
        Path pristine = home.resolve("standalone/configuration/standalone.xml.pristine");
        try {
            if (Files.exists(marker) && Files.readString(marker).equals(fingerprint)) {
                return;
            }
            if (Files.exists(pristine)) {
                Files.copy(pristine, config, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.copy(config, pristine);
            }
            deleteTree(home.resolve("modules/org/mariadb"));
            Files.deleteIfExists(marker);
        } catch (IOException e) {
            throw new StackFailure("Could not prepare WildFly's configuration: " + e.getMessage(), e);
        }
        Path log = settings.dataDir.resolve("logs/wildfly-configure.log");
        String cli = home.resolve("bin/jboss-cli.sh").toString();
        Processes.run(List.of(cli, "--command=module add --name=org.mariadb.jdbc --resources=" + settings.jdbcDriverJar
                        + " --dependencies=java.se,jakarta.transaction.api"),
                home, Map.of(), log, Duration.ofMinutes(2));
        Processes.run(List.of(cli, "--file=" + settings.cliScript), home, Map.of(), log, Duration.ofMinutes(3));
        try {
            Files.writeString(marker, fingerprint);
        } catch (IOException e) {
            throw new StackFailure("Could not record WildFly's configuration: " + e.getMessage(), e);
        }
    }

    /** Starts WildFly with the EAR in its deployments folder; {@link #awaitReady} waits until the portal answers. */
    void launch(Map<String, String> environment) {
        Processes.requireFreePort(settings.httpPort, "WildFly HTTP", "PORTAL_HTTP_PORT");
        Processes.requireFreePort(settings.managementPort, "WildFly management", "PORTAL_MANAGEMENT_PORT");
        if (!Files.isRegularFile(settings.ear)) {
            throw new StackFailure("The application is not built (" + settings.ear + " is missing): run mvn package -Prun.");
        }
        Path base = settings.dataDir.resolve("wildfly");
        try {
            deleteTree(base);
            copyTree(settings.wildflyHome.resolve("standalone/configuration"), base.resolve("configuration"));
            Files.createDirectories(base.resolve("deployments"));
            Files.copy(settings.ear, base.resolve("deployments/portal.ear"));
        } catch (IOException | UncheckedIOException e) {
            throw new StackFailure("Could not prepare WildFly's server folder " + base + ": " + e.getMessage(), e);
        }
        log = settings.dataDir.resolve("logs/wildfly.log");
        Map<String, String> env = new LinkedHashMap<>(environment);
        env.put("JAVA_OPTS", "-Xms256m -Xmx1536m -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true -Duser.language=en -Duser.country=US");
        process = Processes.start(List.of(settings.wildflyHome.resolve("bin/standalone.sh").toString(),
                "-c", "standalone.xml",
                // configure.cli uses the community-stability Prometheus registry (metrics endpoint).
                "-Djboss.stability=community",
                "-Djboss.server.base.dir=" + base,
                "-Djboss.http.port=" + settings.httpPort,
                // HTTPS follows HTTP (8080 → 8443), so a second portal on other ports does not collide with the first.
                "-Djboss.https.port=" + (settings.httpPort + 363),
                "-Djboss.management.http.port=" + settings.managementPort), settings.wildflyHome, env, log);
    }

    void awaitReady() {
        Path failed = settings.dataDir.resolve("wildfly/deployments/portal.ear.failed");
        String health = "http://127.0.0.1:" + settings.httpPort + "/api/health";
        Processes.await("WildFly", process, log, Duration.ofSeconds(240), () -> {
            if (Files.exists(failed)) {
                throw new StackFailure("The portal failed to deploy:\n" + readQuietly(failed) + "\nSee " + log);
            }
            return Processes.httpStatus(health) == 200;
        });
    }

    @Override
    public void close() {
        Processes.stop(process, Duration.ofSeconds(30));
        process = null;
    }

    private String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(Files.readAllBytes(settings.cliScript));
            sha.update(settings.jdbcDriverJar.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new StackFailure("Cannot read the WildFly configuration script " + settings.cliScript + ": " + e.getMessage(), e);
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(unreadable " + file + ")";
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
