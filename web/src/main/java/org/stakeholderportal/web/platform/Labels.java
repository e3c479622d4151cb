package org.stakeholderportal.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import org.stakeholderportal.settings.boundary.Settings;

/**
 * Labels built from data, where word order differs between languages ("Article 5", "第5条"), and the labels of
 * stakeholder categories and reason codes, which the secretariat may word itself (settings page).
 */
@Named
@RequestScoped
public class Labels {

    @Inject
    Settings settings;

    /** The secretariat's own labels by language, read once per request. */
    private final Map<String, Map<String, String>> own = new HashMap<>();

    /** An article's label: the number as the draft wrote it when it carries its own word, else "Article n". */
    public String article(String num, boolean numberWithWord) {
        return numberWithWord ? num : Messages.text("article.numbered", num);
    }

    public String category(String code) {
        return code == null ? "" : label("category." + code, code);
    }

    /** A country or member State by its ISO code, named in the page's language. */
    public String country(String code) {
        return code == null ? "" : new Locale("", code).getDisplayCountry(locale());
    }

    public String reason(String code) {
        return code == null ? "" : label("reason." + code, code);
    }

    /**
     * The secretariat's label in the page's language, else the bundle's, else its English one (an entry it added
     * may have no other), else the code.
     */
    private String label(String key, String code) {
        Locale locale = locale();
        String mine = ownIn(locale.getLanguage()).get(key);
        if (mine != null) {
            return mine;
        }
        try {
            return Messages.text(locale, key);
        } catch (MissingResourceException unknown) {
            return ownIn("en").getOrDefault(key, code);
        }
    }

    private Map<String, String> ownIn(String language) {
        return own.computeIfAbsent(language, settings::labelsIn);
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null ? Locale.ENGLISH : context.getViewRoot().getLocale();
    }
}
