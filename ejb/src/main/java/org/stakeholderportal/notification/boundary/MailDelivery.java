package org.stakeholderportal.notification.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.stakeholderportal.health.Heartbeat;
import org.stakeholderportal.notification.entity.OutgoingMail;
import org.stakeholderportal.platform.control.PortalClock;
import org.stakeholderportal.platform.control.PortalMetrics;

/** Sends queued mail every few seconds, each mail in its own transaction, so one bad address blocks nothing else. */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailDelivery {

    private static final int BATCH = 50;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    MailSender sender;

    @Inject
    PortalClock clock;

    @Inject
    PortalMetrics metrics;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void deliverDue() {
        // The liveness check's sign that the node's timers still work.
        Heartbeat.mailDelivery();
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            metrics.mailBacklog(em.createQuery("select count(m) from OutgoingMail m where m.status = :pending", Long.class)
                    .setParameter("pending", OutgoingMail.Status.PENDING).getSingleResult());
            List<Long> due = em.createQuery("select m.id from OutgoingMail m where m.status = :pending and m.nextAttemptAt <= :now"
                            + " order by m.id", Long.class)
                    .setParameter("pending", OutgoingMail.Status.PENDING).setParameter("now", clock.now())
                    .setMaxResults(BATCH).getResultList();
            due.forEach(sender::sendOne);
        } finally {
            running.set(false);
        }
    }
}
