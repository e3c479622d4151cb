package org.stakeholderportal.notification.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.stakeholderportal.notification.entity.OutgoingMail;
import org.stakeholderportal.platform.control.PortalClock;
import org.stakeholderportal.platform.control.PortalMetrics;

/** Sends one queued mail through WildFly's mail session and records the outcome. */
@Stateless
@PermitAll
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource(lookup = "java:jboss/mail/Portal")
    Session session;

    @Inject
    PortalClock clock;

    @Inject
    PortalMetrics metrics;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sendOne(long mailId) {
        OutgoingMail mail = em.find(OutgoingMail.class, mailId, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null || mail.getStatus() != OutgoingMail.Status.PENDING) {
            return;
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipient(), true));
            message.setSubject(mail.getSubject(), "UTF-8");
            message.setText(mail.getBody(), "UTF-8");
            Transport.send(message);
            mail.sent(clock.now());
            metrics.mailSent();
        } catch (MessagingException | RuntimeException e) {
            mail.failed(e.getMessage(), clock.now());
            metrics.mailFailed();
            LOG.warning(() -> "Mail " + mailId + " not sent (attempt " + mail.getAttempts() + "): " + e.getMessage());
        }
    }
}
