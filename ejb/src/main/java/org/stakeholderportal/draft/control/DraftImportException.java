package org.stakeholderportal.draft.control;

import java.util.Objects;

/**
 * A draft file was refused, as a whole: nothing of it is imported. Says why with a message key and arguments (for
 * the translated page), where (line and column, or the provision), and in English through {@link #getMessage()}.
 */
public class DraftImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String location;
    private final transient Object[] arguments;

    /**
     * @param messageKey key in {@code org/stakeholderportal/draft/ImportMessages.properties}
     * @param location   where the problem is ("line 12, column 5", "article 5"), or null when it is the whole file
     */
    public DraftImportException(String messageKey, String location, Object... arguments) {
        this(messageKey, location, null, arguments);
    }

    public DraftImportException(String messageKey, String location, Throwable cause, Object... arguments) {
        super(ImportMessages.english(messageKey, arguments), cause);
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.location = location;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }

    /** Where the problem is, or null when it concerns the whole file. */
    public String getLocation() {
        return location;
    }
}
