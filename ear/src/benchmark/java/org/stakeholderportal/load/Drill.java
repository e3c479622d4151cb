package org.stakeholderportal.load;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Faults injected in the middle of the surge (-Dload.drill):
 * <ul>
 * <li>{@code wildfly}: the WildFly serving the portal's port is killed (SIGKILL, no orderly shutdown) and started again
 * at once with the very command line, environment and working folder its launcher (bin/standalone.sh, started by the
 * run command) had, read from /proc before the kill; so it comes back on the same configuration, data and EAR.</li>
 * <li>{@code node}: one node of the two-node cluster is killed through docker/cluster/run-cluster.sh (node
 * {@code -Dload.drill.node}, 2 by default); nginx sends the rest of the surge to the other.</li>
 * </ul>
 */
final class Drill {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "drill");
        thread.setDaemon(true);
        return thread;
    });
    static volatile long killedAt;
    static volatile long restartedPid;

    private Drill() {
    }

    static void scheduleDuringSurge() {
        if ("none".equals(Load.DRILL)) {
            return;
        }
        long surgeStarted = System.nanoTime();
        TIMER.schedule(() -> {
            try {
                switch (Load.DRILL) {
                    case "wildfly" -> killAndRestartWildFly();
                    case "node" -> killClusterNode();
                    default -> System.err.println("Drill: unknown -Dload.drill=" + Load.DRILL + " (wildfly or node); nothing done.");
                }
                if (killedAt != 0) {
                    Load.notes.put("drill: killed", String.format("%s, %.1f s into the surge", Load.DRILL.equals("node")
                            ? "cluster node " + Load.setting("load.drill.node", "2") : "WildFly", (killedAt - surgeStarted) / 1e9));
                }
            } catch (IOException | RuntimeException e) {
                System.err.println("Drill failed: " + e);
                Load.notes.put("drill: FAILED", e.toString());
            }
        }, Math.round(Load.DRILL_AFTER * 1000), TimeUnit.MILLISECONDS);
    }

    private static void killAndRestartWildFly() throws IOException {
        String port = Integer.toString(URI.create(Load.PORTAL).getPort());
        ProcessHandle wildfly = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("jboss-modules.jar") && c.contains("-Djboss.http.port=" + port))
                        .orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException("no WildFly process with -Djboss.http.port=" + port));
        ProcessHandle launcher = wildfly.parent().filter(p -> p.info().command().map(c -> c.endsWith("sh")).orElse(false))
                .orElseThrow(() -> new IllegalStateException("WildFly " + wildfly.pid() + " was not started by bin/standalone.sh"));
        Path proc = Path.of("/proc", Long.toString(launcher.pid()));
        List<String> command = split(Files.readAllBytes(proc.resolve("cmdline")));
        Map<String, String> environment = new LinkedHashMap<>();
        for (String variable : split(Files.readAllBytes(proc.resolve("environ")))) {
            int equals = variable.indexOf('=');
            if (equals > 0) {
                environment.put(variable.substring(0, equals), variable.substring(equals + 1));
            }
        }
        Path workDir = Files.readSymbolicLink(proc.resolve("cwd"));

        wildfly.destroyForcibly();
        killedAt = System.nanoTime();
        System.out.printf("%nDrill: WildFly (process %d) killed with SIGKILL; starting it again...%n", wildfly.pid());
        wildfly.onExit().join();
        launcher.onExit().join();

        Path log = Path.of(Load.setting("load.results", "target/gatling"), "wildfly-restarted-" + Load.RUN + ".log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process restarted = builder.start();
        restartedPid = restarted.pid();
        System.out.printf("Drill: WildFly started again (launcher process %d, console in %s)%n", restartedPid, log);
    }

    private static void killClusterNode() throws IOException {
        String node = Load.setting("load.drill.node", "2");
        String script = Load.setting("load.cluster.script", "docker/cluster/run-cluster.sh");
        Process kill = new ProcessBuilder("bash", script, "kill", node).inheritIO().start();
        try {
            if (kill.waitFor() != 0) {
                throw new IllegalStateException(script + " kill " + node + " failed (exit " + kill.exitValue() + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        killedAt = System.nanoTime();
    }

    /** The NUL-separated strings of a /proc file. */
    private static List<String> split(byte[] bytes) {
        List<String> values = new ArrayList<>(Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\0")));
        values.removeIf(String::isEmpty);
        return values;
    }

    /** After a WildFly drill: who now runs the portal, as the run command no longer owns it. */
    static Optional<String> restartedNote() {
        if (restartedPid == 0) {
            return Optional.empty();
        }
        String port = Integer.toString(URI.create(Load.PORTAL).getPort());
        String java = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("jboss-modules.jar") && c.contains("-Djboss.http.port=" + port))
                        .orElse(false))
                .map(p -> Long.toString(p.pid())).findFirst().orElse("?");
        return Optional.of("WildFly now runs as process " + java + ", started by this benchmark: Ctrl-C of the run command stops"
                + " MariaDB and Keycloak but not this WildFly; stop it first with kill " + java);
    }
}
