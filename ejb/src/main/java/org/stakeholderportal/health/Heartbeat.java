package org.stakeholderportal.health;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * When the mail delivery timer last fired: the domain's timer reports here, the liveness check reads it. A class of
 * the EAR's library, so the EJB jar and the checks share it.
 */
public final class Heartbeat {

    private static final AtomicLong MAIL_DELIVERY = new AtomicLong(System.nanoTime());

    private Heartbeat() {
    }

    public static void mailDelivery() {
        MAIL_DELIVERY.set(System.nanoTime());
    }

    public static Duration sinceMailDelivery() {
        return Duration.ofNanos(System.nanoTime() - MAIL_DELIVERY.get());
    }
}
