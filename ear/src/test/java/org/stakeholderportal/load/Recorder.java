package org.stakeholderportal.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The latencies and errors of one kind of request in one phase, and the wall time of the phase they ran in. */
final class Recorder {

    final String name;
    private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger errors = new AtomicInteger();
    private final List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());
    private long phaseNanos;

    Recorder(String name) {
        this.name = name;
    }

    void ok(long started) {
        nanos.add(System.nanoTime() - started);
    }

    void error(long started, String what) {
        nanos.add(System.nanoTime() - started);
        errors.incrementAndGet();
        if (firstErrors.size() < 3) {
            firstErrors.add(what.length() > 300 ? what.substring(0, 300) : what);
        }
    }

    void phase(long wallNanos) {
        phaseNanos = wallNanos;
    }

    int count() {
        return nanos.size();
    }

    int errors() {
        return errors.get();
    }

    List<String> firstErrors() {
        return firstErrors;
    }

    /** Successful requests per second of the phase's wall time. */
    double throughput() {
        return phaseNanos == 0 ? 0 : (count() - errors()) / (phaseNanos / 1e9);
    }

    /** The p-th percentile in milliseconds (nearest rank). */
    double percentile(double p) {
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1e6;
    }

    String row() {
        return String.format("%-44s %8d %7d %10.1f %9.1f %9.1f %9.1f", name, count(), errors(), throughput(), percentile(50),
                percentile(95), percentile(99));
    }

    static String header() {
        return String.format("%-44s %8s %7s %10s %9s %9s %9s", "measure", "requests", "errors", "per second", "p50 ms", "p95 ms",
                "p99 ms");
    }
}
