package org.stakeholderportal.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The domain's messages (refusals, importer notices) in the reader's language. Lookups never fall back to the
 * server's default locale: a language without a text gets the English one, whatever the machine's locale is.
 */
public final class DomainMessages {

    /** General rules first, then the draft importer's own. */
    private static final String[] BUNDLES = {
        "org.stakeholderportal.platform.RefusalMessages", "org.stakeholderportal.draft.ImportMessages"};

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private DomainMessages() {
    }

    public static String format(String key, Object[] arguments, Locale locale) {
        for (String bundle : BUNDLES) {
            try {
                String pattern = ResourceBundle.getBundle(bundle, locale, DomainMessages.class.getClassLoader(), NO_FALLBACK)
                        .getString(key);
                return new MessageFormat(pattern, locale).format(arguments);
            } catch (MissingResourceException e) {
                // Not in this bundle: try the next.
            }
        }
        return key;
    }
}
