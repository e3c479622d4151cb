package org.stakeholderportal.notification.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import org.stakeholderportal.notification.entity.OutgoingMail;
import org.stakeholderportal.platform.control.PortalClock;

/** The state of outgoing mail, for the readiness check: the outbox in the database and the SMTP server it goes to. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class MailQueue {

    private static final int SMTP_TIMEOUT_MILLIS = 1500;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource(lookup = "java:jboss/mail/Portal")
    Session session;

    @Inject
    PortalClock clock;

    /** What the outbox holds: mails waiting, mails given up on, and how long the oldest waiting one has waited. */
    public record Backlog(long pending, long failed, Duration oldestPendingAge) {
    }

    public Backlog backlog() {
        long pending = count(OutgoingMail.Status.PENDING);
        long failed = count(OutgoingMail.Status.FAILED);
        Instant oldest = em.createQuery("select min(m.createdAt) from OutgoingMail m where m.status = :pending", Instant.class)
                .setParameter("pending", OutgoingMail.Status.PENDING).getSingleResult();
        return new Backlog(pending, failed, oldest == null ? Duration.ZERO : Duration.between(oldest, clock.now()));
    }

    /** The SMTP server's address as WildFly's mail session has it (host:port). */
    public String smtpAddress() {
        return session.getProperty("mail.smtp.host") + ":" + session.getProperty("mail.smtp.port");
    }

    /** Whether the SMTP server accepts a connection: enough to know that queued mail can leave. */
    public boolean smtpReachable() {
        String host = session.getProperty("mail.smtp.host");
        String port = session.getProperty("mail.smtp.port");
        if (host == null || port == null) {
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, Integer.parseInt(port)), SMTP_TIMEOUT_MILLIS);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private long count(OutgoingMail.Status status) {
        return em.createQuery("select count(m) from OutgoingMail m where m.status = :s", Long.class).setParameter("s", status)
                .getSingleResult();
    }
}
