package org.stakeholderportal.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The six UN languages of the interface and the one this request is shown in: the reader's choice
 * (a cookie set by the switcher), else the browser's preference, else English.
 */
@Named
@RequestScoped
public class Languages {

    public static final String COOKIE = "portal_lang";

    static final List<Language> OFFERED = List.of(
            new Language("ar", "العربية", true),
            new Language("zh", "中文", false),
            new Language("en", "English", false),
            new Language("fr", "Français", false),
            new Language("ru", "Русский", false),
            new Language("es", "Español", false));

    @Inject
    HttpServletRequest request;

    private Language current;

    public List<Language> getOffered() {
        return OFFERED;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(current().getCode());
    }

    public String getCode() {
        return current().getCode();
    }

    public String getDirection() {
        return current().isRightToLeft() ? "rtl" : "ltr";
    }

    /** An instant as a date and time in the reader's language, in UTC (the reader's own zone is added in the page). */
    public String formatInstant(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(ZoneId.of("UTC"))
                .format(instant) + " UTC";
    }

    /** The cookie that keeps a language choice in this browser for a year. */
    public static Cookie cookie(HttpServletRequest request, String code) {
        Cookie cookie = new Cookie(COOKIE, code);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    public static Optional<Language> offered(String code) {
        return OFFERED.stream().filter(l -> l.getCode().equals(code)).findFirst();
    }

    private Language current() {
        if (current == null) {
            current = of(request);
        }
        return current;
    }

    /** The language a request is shown in; the public page cache keys its pages by it, so this is the only place deciding it. */
    public static Language of(HttpServletRequest request) {
        return fromCookie(request).or(() -> fromBrowser(request)).orElse(offered("en").orElseThrow());
    }

    private static Optional<Language> fromCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return offered(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private static Optional<Language> fromBrowser(HttpServletRequest request) {
        for (Locale locale : Collections.list(request.getLocales())) {
            Optional<Language> match = offered(locale.getLanguage());
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }
}
