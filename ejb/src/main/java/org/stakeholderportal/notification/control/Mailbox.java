package org.stakeholderportal.notification.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.stakeholderportal.notification.entity.OutgoingMail;
import org.stakeholderportal.platform.entity.Person;
import org.stakeholderportal.platform.control.PortalClock;

/**
 * Queues a mail in the current transaction: it is sent only if the change it reports commits, and the change
 * never waits for the mail server. Texts come from MailMessages in the recipient's language.
 */
@Dependent
public class Mailbox {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PortalClock clock;

    /** Queues the mail "{key}.subject" / "{key}.body" to one recipient; no recipient, no mail. */
    public void send(String recipient, Locale locale, String key, Object... arguments) {
        if (recipient == null || recipient.isBlank()) {
            return;
        }
        em.persist(new OutgoingMail(recipient.trim(), text(locale, key + ".subject", arguments), text(locale, key + ".body", arguments),
                clock.now()));
    }

    /**
     * Queues the mail to a person known to the portal, in the language they chose (English if none); a person
     * never seen, or without an address, gets no mail.
     */
    public void sendToPerson(String username, String key, Object... arguments) {
        if (username == null) {
            return;
        }
        em.createQuery("select p from Person p where p.username = :u", Person.class).setParameter("u", username)
                .getResultStream().findFirst()
                .ifPresent(person -> send(person.getEmail(), localeOf(person), key, arguments));
    }

    public static Locale localeOf(Person person) {
        return person.getPreferredLocale() == null ? Locale.ENGLISH : Locale.forLanguageTag(person.getPreferredLocale());
    }

    /** An argument that is itself a text of MailMessages, put in the recipient's language (e.g. a reason's label). */
    public record Label(String key) {
    }

    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle;
        try {
            bundle = ResourceBundle.getBundle("org.stakeholderportal.notification.MailMessages", locale, Mailbox.class.getClassLoader(),
                    NO_FALLBACK);
        } catch (MissingResourceException e) {
            bundle = ResourceBundle.getBundle("org.stakeholderportal.notification.MailMessages", Locale.ENGLISH,
                    Mailbox.class.getClassLoader(), NO_FALLBACK);
        }
        Object[] localised = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            localised[i] = arguments[i] instanceof Label label ? text(locale, label.key()) : arguments[i];
        }
        return new MessageFormat(bundle.getString(key), locale).format(localised);
    }
}
