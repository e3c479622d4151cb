package org.stakeholderportal.draft.control;

import java.util.Objects;

/**
 * Something the importer accepted but the person importing should know, such as a pre-release namespace or articles
 * without numbers. Carries a message key and arguments for translation, and an English text.
 */
public final class ImportNotice {

    private final String messageKey;
    private final Object[] arguments;

    public ImportNotice(String messageKey, Object... arguments) {
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    /** Key in {@code org/stakeholderportal/draft/ImportMessages.properties}. */
    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }

    /** The notice in English. */
    public String getMessage() {
        return ImportMessages.english(messageKey, arguments);
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
