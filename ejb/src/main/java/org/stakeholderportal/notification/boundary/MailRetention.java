package org.stakeholderportal.notification.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.stakeholderportal.notification.entity.OutgoingMail;
import org.stakeholderportal.platform.control.PortalClock;

/**
 * Keeps mail no longer than the privacy page says: a mail sent (or given up on) more than {@link #DAYS} days ago is
 * deleted, every night; the decision it reported stays in its own record and in the audit trail.
 */
@Stateless
@PermitAll
public class MailRetention {

    public static final int DAYS = 90;
    private static final Logger LOG = Logger.getLogger(MailRetention.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PortalClock clock;

    @Schedule(hour = "3", minute = "17", persistent = false)
    public void purgeNightly() {
        purge();
    }

    /** Deletes the mail past its retention; returns how many. */
    public int purge() {
        Instant before = clock.now().minus(Duration.ofDays(DAYS));
        int sent = em.createQuery("delete from OutgoingMail m where m.status = :sent and m.sentAt < :before")
                .setParameter("sent", OutgoingMail.Status.SENT).setParameter("before", before).executeUpdate();
        int failed = em.createQuery("delete from OutgoingMail m where m.status = :failed and m.createdAt < :before")
                .setParameter("failed", OutgoingMail.Status.FAILED).setParameter("before", before).executeUpdate();
        if (sent + failed > 0) {
            LOG.info(() -> "Mail retention: " + (sent + failed) + " mails older than " + DAYS + " days deleted");
        }
        return sent + failed;
    }
}
