package org.stakeholderportal.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one source of "now" for every deadline and timestamp. Production uses the system clock in UTC.
 * Tests on a server started with {@code -Dportal.clock.adjustable=true} may fix or move it, so that
 * deadline rules can be proven without waiting; on any other server {@link #set} refuses.
 */
@ApplicationScoped
public class PortalClock {

    static final String ADJUSTABLE_PROPERTY = "portal.clock.adjustable";

    private final AtomicReference<Clock> clock = new AtomicReference<>(Clock.systemUTC());

    public Instant now() {
        return clock.get().instant();
    }

    @Produces
    public Clock clock() {
        return new DelegatingClock();
    }

    /** Fixes the clock at an instant (tests only). */
    public void set(Clock replacement) {
        if (!Boolean.getBoolean(ADJUSTABLE_PROPERTY)) {
            throw new IllegalStateException("The portal clock can only be changed on a test server (" + ADJUSTABLE_PROPERTY + ")");
        }
        clock.set(replacement);
    }

    public void advance(Duration duration) {
        set(Clock.fixed(now().plus(duration), java.time.ZoneOffset.UTC));
    }

    public void reset() {
        clock.set(Clock.systemUTC());
    }

    /** A Clock whose every reading goes through the current setting, so injected clocks never go stale. */
    private final class DelegatingClock extends Clock {
        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return clock.get().withZone(zone);
        }

        @Override
        public Instant instant() {
            return now();
        }
    }
}
