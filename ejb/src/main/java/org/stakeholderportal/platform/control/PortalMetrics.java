package org.stakeholderportal.platform.control;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The portal's own metrics, kept in WildFly's Micrometer registry and scraped from the management port
 * (README, "Health and metrics"). Events count once their transaction has committed, so a refused or rolled-back
 * submission or decision is never counted.
 */
@ApplicationScoped
public class PortalMetrics {

    @Inject
    MeterRegistry registry;

    @Inject
    AfterCommit afterCommit;

    private final AtomicLong mailBacklog = new AtomicLong();
    private Counter submissions;
    private Counter mailSent;
    private Counter mailFailures;

    /*
     * Meters are made through the registry's own methods, not Counter.builder(…).register(registry): WildFly hands each
     * deployment a registry whose builder path keeps meters to itself, and only these methods reach the exported one.
     */
    @PostConstruct
    void register() {
        submissions = registry.counter("portal.submissions.received", Tags.empty());
        mailSent = registry.counter("portal.mail.sent", Tags.empty());
        mailFailures = registry.counter("portal.mail.failures", Tags.empty());
        registry.gauge("portal.mail.backlog", Tags.empty(), mailBacklog, AtomicLong::get);
    }

    public void submissionReceived() {
        afterCommit.run(submissions::increment);
    }

    /** A review decision; {@code outcome} is the status it led to (PUBLISHED, REJECTED, RETURNED_FOR_REVISION). */
    public void decision(String outcome) {
        Counter counter = registry.counter("portal.decisions", Tags.of("outcome", outcome));
        afterCommit.run(counter::increment);
    }

    public void mailSent() {
        afterCommit.run(mailSent::increment);
    }

    public void mailFailed() {
        afterCommit.run(mailFailures::increment);
    }

    /** The number of mails waiting to be sent, as the delivery job last counted them. */
    public void mailBacklog(long pending) {
        mailBacklog.set(pending);
    }
}
