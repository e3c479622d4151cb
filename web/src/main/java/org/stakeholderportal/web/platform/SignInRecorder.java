package org.stakeholderportal.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.stakeholderportal.platform.boundary.People;

/**
 * Records the signed-in person (name and e-mail from Keycloak's token) on the first request of each session,
 * whichever page it is, so that receipts and decisions can be mailed to them. Bearer-token requests have no
 * session and are not recorded here.
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
            people.recordVisit(signedIn.getUsername(), signedIn.getDisplayName(), signedIn.getEmail());
            session.setAttribute(RECORDED, Boolean.TRUE);
        }
        chain.doFilter(request, response);
    }
}
