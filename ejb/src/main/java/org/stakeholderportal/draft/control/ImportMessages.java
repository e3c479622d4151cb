package org.stakeholderportal.draft.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * English texts of import refusals and notices, from the same bundle the web module translates, so a log line and
 * the page say the same thing.
 */
final class ImportMessages {

    static final String BUNDLE = "org.stakeholderportal.draft.ImportMessages";

    private ImportMessages() {
    }

    static String english(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return new MessageFormat(pattern, Locale.ENGLISH).format(arguments == null ? new Object[0] : arguments);
    }
}
