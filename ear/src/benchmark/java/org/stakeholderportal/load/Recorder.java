package org.stakeholderportal.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The latencies and errors of one measure, fed from the simulations' session hooks. Its throughput is over the measure's
 * own window, from the first request sent to the last answer received, so Gatling's start-up and report writing, and
 * the other phases of the same run, do not dilute it.
 */
final class Recorder {

    final String name;
    private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger errors = new AtomicInteger();
    private final List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong first = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong last = new AtomicLong(Long.MIN_VALUE);

    Recorder(String name) {
        this.name = name;
    }

    void ok(long started) {
        nanos.add(stop(started) - started);
    }

    void error(long started, String what) {
        nanos.add(stop(started) - started);
        errors.incrementAndGet();
        if (firstErrors.size() < 3) {
            firstErrors.add(what == null ? "?" : what.length() > 300 ? what.substring(0, 300) : what);
        }
    }

    private long stop(long started) {
        long now = System.nanoTime();
        first.accumulateAndGet(started, Math::min);
        last.accumulateAndGet(now, Math::max);
        return now;
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

    double windowSeconds() {
        return count() == 0 ? 0 : (last.get() - first.get()) / 1e9;
    }

    /** Successful requests per second of the measure's window. */
    double throughput() {
        double window = windowSeconds();
        return window <= 0 ? 0 : (count() - errors()) / window;
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
