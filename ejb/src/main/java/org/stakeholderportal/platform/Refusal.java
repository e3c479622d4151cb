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
        this(messageKey, null, arguments);
    }

    public Refusal(String messageKey, String location, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
        this.location = location;
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
