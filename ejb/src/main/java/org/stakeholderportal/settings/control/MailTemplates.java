package org.stakeholderportal.settings.control;

import java.text.Format;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.stakeholderportal.platform.Refusal;

/**
 * The mails the portal sends, each with the placeholders its sender fills ({0}, {1}, … in MessageFormat), a check
 * that a wording the secretariat writes can be formatted, and a preview with sample values.
 */
public final class MailTemplates {

    /** The languages a mail can be worded in: the six UN languages. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru", "ar", "zh");
    public static final int MAX_SUBJECT = 300;
    public static final int MAX_BODY = 10_000;

    /** Template key → the names of its placeholders, in argument order (names are keys "placeholder.NAME" of the pages). */
    private static final Map<String, List<String>> PLACEHOLDERS = new LinkedHashMap<>();

    static {
        PLACEHOLDERS.put("contribution.receipt", List.of("submissionNumber", "title", "receivedAt", "checksum"));
        PLACEHOLDERS.put("review.PUBLISH", List.of("submissionNumber", "title", "organisation", "message", "reason"));
        PLACEHOLDERS.put("review.RETURN_FOR_REVISION", List.of("submissionNumber", "title", "organisation", "message", "reason"));
        PLACEHOLDERS.put("review.REJECT", List.of("submissionNumber", "title", "organisation", "message", "reason"));
        PLACEHOLDERS.put("accreditation.decided", List.of("organisation", "decision", "process", "reason"));
        PLACEHOLDERS.put("joint.invitation", List.of("title", "organisation"));
        PLACEHOLDERS.put("joint.submitted", List.of("submissionNumber", "title", "organisation"));
        PLACEHOLDERS.put("nonObjection.circulated", List.of("process", "listTitle", "count", "deadline"));
        PLACEHOLDERS.put("session.registered", List.of("name", "organisation", "session", "date", "seat"));
        PLACEHOLDERS.put("speakers.namedInCoalition", List.of("organisation", "lead", "item", "session"));
        PLACEHOLDERS.put("speakers.confirmed", List.of("name", "organisation", "item", "session", "place", "minutes"));
    }

    /** What a preview fills each placeholder with. */
    private static final Map<String, String> SAMPLES = Map.ofEntries(
            Map.entry("submissionNumber", "AHC-2026-000123"),
            Map.entry("title", "Comment on article 5"),
            Map.entry("receivedAt", "2026-03-01T10:15:00Z"),
            Map.entry("checksum", "3f7a9c0e5b1d2a4c6e8f0a1b3c5d7e9f1a2b3c4d5e6f708192a3b4c5d6e7f809"),
            Map.entry("organisation", "Digital Rights Watch"),
            Map.entry("message", "Please shorten the second paragraph."),
            Map.entry("reason", "off topic"),
            Map.entry("decision", "accredited"),
            Map.entry("process", "Ad Hoc Committee"),
            Map.entry("listTitle", "First list of applicants without ECOSOC status"),
            Map.entry("count", "4"),
            Map.entry("deadline", "2026-03-15 18:00 (America/New_York)"),
            Map.entry("name", "Amina Diallo"),
            Map.entry("session", "Sixth session"),
            Map.entry("date", "2026-04-02"),
            Map.entry("seat", "in the room"),
            Map.entry("lead", "Arab Digital Rights Foundation"),
            Map.entry("item", "3 Consideration of the revised draft text"),
            Map.entry("place", "2"),
            Map.entry("minutes", "3"));

    private MailTemplates() {
    }

    public static Set<String> keys() {
        return PLACEHOLDERS.keySet();
    }

    public static boolean known(String key) {
        return PLACEHOLDERS.containsKey(key);
    }

    public static List<String> placeholders(String key) {
        List<String> names = PLACEHOLDERS.get(key);
        if (names == null) {
            throw new Refusal("template.unknown", (Object) key);
        }
        return names;
    }

    /**
     * Refuses a subject or body that MessageFormat cannot read (an unbalanced brace, a lone apostrophe before a
     * brace), that names a placeholder the mail does not have, or that is empty or too long.
     */
    public static void check(String key, String subject, String body) {
        int arguments = placeholders(key).size();
        if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT || subject.contains("\n")) {
            throw new Refusal("template.subjectInvalid", MAX_SUBJECT);
        }
        if (body == null || body.isBlank() || body.length() > MAX_BODY) {
            throw new Refusal("template.bodyInvalid", MAX_BODY);
        }
        checkPattern(subject, arguments);
        checkPattern(body, arguments);
    }

    private static void checkPattern(String pattern, int arguments) {
        MessageFormat format;
        try {
            format = new MessageFormat(pattern, Locale.ENGLISH);
        } catch (IllegalArgumentException e) {
            throw new Refusal("template.formatInvalid");
        }
        Format[] used = format.getFormatsByArgumentIndex();
        if (used.length > arguments) {
            throw new Refusal("template.placeholderUnknown", used.length - 1, arguments - 1);
        }
    }

    /** The portal's own wording of a mail in a language (MailMessages), as the secretariat starts editing it. */
    public static Preview standard(String key, String language) {
        placeholders(key);
        ResourceBundle bundle = ResourceBundle.getBundle("org.stakeholderportal.notification.MailMessages", Locale.forLanguageTag(language),
                MailTemplates.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Preview(bundle.getString(key + ".subject"), bundle.getString(key + ".body"));
    }

    /** The subject and body filled with sample values, as plain text (the mails are plain text). */
    public static Preview preview(String key, String subject, String body, Locale locale) {
        check(key, subject, body);
        Object[] samples = placeholders(key).stream().map(SAMPLES::get).toArray();
        return new Preview(new MessageFormat(subject, locale).format(samples), new MessageFormat(body, locale).format(samples));
    }

    /** A filled subject and body. */
    public static final class Preview implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final String subject;
        private final String body;

        public Preview(String subject, String body) {
            this.subject = subject;
            this.body = body;
        }

        public String getSubject() { return subject; }
        public String getBody() { return body; }
    }
}
