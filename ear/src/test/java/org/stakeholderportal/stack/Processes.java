package org.stakeholderportal.stack;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Starting, waiting for and stopping the stack's server processes. */
final class Processes {

    private Processes() {
    }

    static Process start(List<String> command, Path workDir, java.util.Map<String, String> env, Path log) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
            builder.environment().putAll(env);
            return builder.start();
        } catch (IOException e) {
            throw new StackFailure("Could not start " + command.get(0) + ": " + e.getMessage(), e);
        }
    }

    /** Runs a command to completion; a non-zero exit fails with the end of its output. */
    static void run(List<String> command, Path workDir, java.util.Map<String, String> env, Path log, Duration timeout) {
        Process process = start(command, workDir, env, log);
        try {
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                stop(process, Duration.ofSeconds(5));
                throw new StackFailure(String.join(" ", command) + " did not finish in " + timeout.toSeconds() + " s. See " + log);
            }
            if (process.exitValue() != 0) {
                throw new StackFailure(String.join(" ", command) + " failed (exit " + process.exitValue() + "):\n" + tail(log, 30));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(process, Duration.ofSeconds(5));
            throw new StackFailure("Interrupted while running " + command.get(0));
        }
    }

    /** Stops a process and everything it started: politely first, then by force. */
    static void stop(Process process, Duration grace) {
        if (process == null || !process.isAlive()) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
            for (ProcessHandle child : children) {
                child.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (Exception e) {
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }

    /** Waits until the condition holds; fails early if the process dies, and at the deadline. */
    static void await(String what, Process process, Path log, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            if (process != null && !process.isAlive()) {
                throw new StackFailure(what + " stopped while starting (exit " + process.exitValue() + "):\n" + tail(log, 40));
            }
            sleep(500);
        }
        throw new StackFailure(what + " was not ready after " + timeout.toSeconds() + " s. See " + log + ":\n" + tail(log, 20));
    }

    static int httpStatus(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(3000);
            connection.setInstanceFollowRedirects(false);
            int status = connection.getResponseCode();
            connection.disconnect();
            return status;
        } catch (IOException e) {
            return -1;
        }
    }

    /** Fails with a message that names the variable to change when a port is already in use. */
    static void requireFreePort(int port, String what, String variable) {
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress("127.0.0.1", port), 300);
            throw new StackFailure("Port " + port + " (" + what + ") is already in use. Stop what uses it, or set "
                    + variable + " to another port.");
        } catch (IOException expected) {
            // Nothing answers on it; make sure it can also be bound.
        }
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            socket.setReuseAddress(false);
        } catch (IOException e) {
            throw new StackFailure("Port " + port + " (" + what + ") cannot be used: " + e.getMessage()
                    + ". Set " + variable + " to another port.");
        }
    }

    static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(no log at " + log + ")";
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackFailure("Interrupted");
        }
    }
}
