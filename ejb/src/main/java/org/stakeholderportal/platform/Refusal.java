package org.stakeholderportal.platform;

import jakarta.ejb.ApplicationException;
import java.util.Locale;

/**
 * A business rule said no. Carries a message key and arguments so each page and API answer can say why
 * in the reader's language; the transaction is rolled back, so nothing is half-written.
 */
@ApplicationException(rollback = true)
public class Refusal extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;
    private final String location;

    public Refusal(String messageKey, Object... arguments) {
        this(messageKey, arguments, null);
    }

    /*
     * Not a public (key, location, arguments...) constructor: with one, a refusal made with a key and one string meant the
     * string as the message's argument but silently made it the location.
     */
    private Refusal(String messageKey, Object[] arguments, String location) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
        this.location = location;
    }

    /** A refusal about a place in the input (e.g. "line 12, column 5"), shown beside the message. */
    public static Refusal at(String location, String messageKey, Object... arguments) {
        return new Refusal(messageKey, arguments, location);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }

    /** Where in the input the problem is (e.g. "line 12, column 5"), or null. */
    public String getLocation() {
        return location;
    }

    /** The message in a language, from the domain's bundles; English when the language has no text for it. */
    public String message(Locale locale) {
        return DomainMessages.format(messageKey, arguments, locale);
    }

    @Override
    public String getMessage() {
        return message(Locale.ENGLISH);
    }
}
