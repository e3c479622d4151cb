package org.stakeholderportal.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses a state-changing request (POST, PUT, PATCH, DELETE) that a browser sent from another site: a page or API
 * call authenticated by the session cookie could otherwise be forged by any page the signed-in person visits (the
 * API accepts the session as well as bearer tokens, and attachments accept any content type, so a plain cross-site
 * form could post one). The session cookie is SameSite=Lax and JSF forms carry a view state; this is the third,
 * browser-independent line. Requests with a bearer token are not ambient credentials and pass; so do requests
 * without Origin and Referer and without a session (programs, Keycloak's back-channel).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SameOriginStateChanges extends HttpFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT)) || bearer(request) || sameOrigin(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    private static boolean bearer(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    private static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            origin = request.getHeader("Referer");
        }
        if (origin == null) {
            return request.getRequestedSessionId() == null;
        }
        try {
            URI from = URI.create(origin.trim());
            if (from.getScheme() == null || from.getHost() == null) {
                return false;
            }
            return from.getScheme().equalsIgnoreCase(request.getScheme())
                    && from.getHost().equalsIgnoreCase(request.getServerName())
                    && port(from) == request.getServerPort();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
