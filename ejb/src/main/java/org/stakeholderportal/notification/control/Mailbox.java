package org.stakeholderportal.notification.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.stakeholderportal.notification.entity.OutgoingMail;
import org.stakeholderportal.platform.entity.Person;
import org.stakeholderportal.platform.control.PortalClock;
import org.stakeholderportal.settings.control.MailTemplates;
import org.stakeholderportal.settings.entity.CodeLabel;
import org.stakeholderportal.settings.entity.CodeList;
import org.stakeholderportal.settings.entity.MailTemplate;

/**
 * Queues a mail in the current transaction: it is sent only if the change it reports commits, and the change
 * never waits for the mail server. Texts come from MailMessages in the recipient's language, unless the secretariat
 * reworded that mail in that language (settings page): its wording is read at each mail, so a change applies at once.
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
        compose(recipient, locale, key, arguments).ifPresent(this::queue);
    }

    /** Queues a mail written with {@link #compose} or {@link #composeToPerson}; the outbox sends it after commit. */
    public void queue(OutgoingMail mail) {
        em.persist(mail);
    }

    /** The mail {@link #send} would queue, written but not queued yet; empty without a recipient. */
    public Optional<OutgoingMail> compose(String recipient, Locale locale, String key, Object... arguments) {
        if (recipient == null || recipient.isBlank()) {
            return Optional.empty();
        }
        Object[] localised = localise(locale, arguments);
        String language = MailTemplates.LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "en";
        Optional<MailTemplate> override = em.createQuery("select t from MailTemplate t where t.templateKey = :k and t.language = :l",
                        MailTemplate.class).setParameter("k", key).setParameter("l", language).getResultStream().findFirst();
        String subject = override.map(t -> new MessageFormat(t.getSubject(), locale).format(localised))
                .orElseGet(() -> text(locale, key + ".subject", localised));
        String body = override.map(t -> new MessageFormat(t.getBody(), locale).format(localised))
                .orElseGet(() -> text(locale, key + ".body", localised));
        return Optional.of(new OutgoingMail(recipient.trim(), subject, body, clock.now()));
    }

    /**
     * Labels put in the recipient's language: the secretariat's own label of a category or reason in that language
     * first, then the bundle's, then (for an entry the secretariat added, which the bundle does not know) its own
     * English label, then the code itself.
     */
    private Object[] localise(Locale locale, Object... arguments) {
        Object[] localised = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            localised[i] = arguments[i] instanceof Label label ? label(locale, label.key()) : arguments[i];
        }
        return localised;
    }

    private String label(Locale locale, String key) {
        int dot = key.indexOf('.');
        Optional<CodeList> list = dot < 0 ? Optional.empty()
                : Arrays.stream(CodeList.values()).filter(l -> l.prefix().equals(key.substring(0, dot))).findFirst();
        if (list.isPresent()) {
            String code = key.substring(dot + 1);
            List<CodeLabel> labels = em.createQuery("select l from CodeLabel l where l.list = :list and l.code = :code", CodeLabel.class)
                    .setParameter("list", list.get()).setParameter("code", code).getResultList();
            Optional<String> own = labels.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst().map(CodeLabel::getLabel);
            if (own.isPresent()) {
                return own.get();
            }
            try {
                return text(locale, key);
            } catch (MissingResourceException unknown) {
                return labels.stream().filter(l -> l.getLanguage().equals("en")).findFirst().map(CodeLabel::getLabel).orElse(code);
            }
        }
        return text(locale, key);
    }

    /**
     * Queues the mail to a person known to the portal, in the language they chose (English if none); a person
     * never seen, or without an address, gets no mail.
     */
    public void sendToPerson(String username, String key, Object... arguments) {
        composeToPerson(username, key, arguments).ifPresent(this::queue);
    }

    /** The mail {@link #sendToPerson} would queue, written but not queued yet. */
    public Optional<OutgoingMail> composeToPerson(String username, String key, Object... arguments) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createQuery("select p from Person p where p.username = :u", Person.class).setParameter("u", username)
                .getResultStream().findFirst()
                .flatMap(person -> compose(person.getEmail(), localeOf(person), key, arguments));
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
