package org.stakeholderportal.web.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.stakeholderportal.platform.Refusal;

/** Messages for the person at the page, in their language: labels from the web bundle, refusals from the domain's. */
public final class Messages {

    public static final String BUNDLE = "org.stakeholderportal.web.i18n.messages";

    private Messages() {
    }

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public static String text(String key, Object... arguments) {
        return text(locale(), key, arguments);
    }

    /** A label in a language; never in the server's default locale: English when the language lacks it. */
    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_FALLBACK);
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** Whether no error was reported in this request so far. */
    public static boolean noErrors() {
        FacesMessage.Severity worst = FacesContext.getCurrentInstance().getMaximumSeverity();
        return worst == null || worst.getOrdinal() < FacesMessage.SEVERITY_ERROR.getOrdinal();
    }

    /** Keeps this request's messages for the page a redirect leads to. */
    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    /** A refusal, tied to a field when {@code clientId} is given, with where in the input it happened. */
    public static void refused(String clientId, Refusal refusal) {
        String message = refusal.message(locale());
        if (refusal.getLocation() != null) {
            message = message + " (" + refusal.getLocation() + ")";
        }
        add(clientId, FacesMessage.SEVERITY_ERROR, message);
    }

    /**
     * A refusal while a page loads what its address names: for "no such thing" (which is also what another
     * organisation's unpublished input is to the caller) the page answers 404, so that nothing tells a guessed id
     * that exists from one that does not.
     */
    public static void refusedLoading(Refusal refusal) {
        refused(null, refusal);
        FacesContext context = FacesContext.getCurrentInstance();
        if (refusal.getMessageKey().endsWith(".unknown") && !context.isPostback()) {
            context.getExternalContext().setResponseStatus(404);
        }
    }

    public static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }

    public static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getViewRoot() == null ? Locale.ENGLISH : context.getViewRoot().getLocale();
    }
}
