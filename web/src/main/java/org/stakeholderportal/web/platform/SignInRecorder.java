package org.stakeholderportal.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.stakeholderportal.platform.boundary.People;
import org.stakeholderportal.platform.entity.Person;

/**
 * Records the signed-in person (name and e-mail from Keycloak's token) on the first request of each session,
 * whichever page it is, so that receipts and decisions can be mailed to them, and brings back the language
 * they chose on another browser. Bearer-token requests have no session and are not recorded here (the API does it).
 */
@WebFilter(urlPatterns = "/*")
public class SignInRecorder extends HttpFilter {

    private static final String RECORDED = SignInRecorder.class.getName();

    @Inject
    People people;

    @Inject
    SignedInUser signedIn;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getUserPrincipal() == null ? null : request.getSession(false);
        if (session != null && session.getAttribute(RECORDED) == null) {
            Person person = people.recordVisit(signedIn.getUsername(), signedIn.getDisplayName(), signedIn.getEmail());
            session.setAttribute(RECORDED, Boolean.TRUE);
            rememberedLanguage(request, person).ifPresent(response::addCookie);
        }
        chain.doFilter(request, response);
    }

    /** A browser without a language choice gets the one the person made on another browser. */
    static java.util.Optional<Cookie> rememberedLanguage(HttpServletRequest request, Person person) {
        boolean chosenHere = request.getCookies() != null
                && java.util.Arrays.stream(request.getCookies()).anyMatch(c -> Languages.COOKIE.equals(c.getName()));
        if (chosenHere || person.getPreferredLocale() == null || Languages.offered(person.getPreferredLocale()).isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Languages.cookie(request, person.getPreferredLocale()));
    }
}
