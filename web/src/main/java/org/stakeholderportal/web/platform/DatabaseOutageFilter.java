package org.stakeholderportal.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * While the database is unreachable, a request that needed it gets 503 with a "try again" message in the caller's
 * language instead of a server error: the API as JSON {error, message} (like a refusal), a page as the friendly
 * errors/unavailable page (JAX-RS resources are answered by {@link DatabaseOutageMappers}). Declared first in web.xml so it also covers the filters that read the database.
 */
public class DatabaseOutageFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(DatabaseOutageFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            Optional<DatabaseOutage.Trouble> found = DatabaseOutage.Trouble.of(failure);
            if (found.isEmpty() || response.isCommitted()) {
                throw failure;
            }
            DatabaseOutage.Trouble trouble = found.get();
            LOG.log(Level.WARNING, trouble.logText + ", answered 503 to {0} {1}: {2}",
                    new Object[] {request.getMethod(), request.getRequestURI(), failure.toString()});
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", String.valueOf(trouble.retryAfterSeconds));
            response.setHeader("Cache-Control", "no-store");
            request.setAttribute("portalBusy", trouble == DatabaseOutage.Trouble.BUSY);
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                Locale locale = Languages.offered(request.getLocale().getLanguage()).isPresent() ? request.getLocale() : Locale.ENGLISH;
                response.setContentType("application/json");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write(jakarta.json.Json.createObjectBuilder(Map.of("error", trouble.error,
                        "message", Messages.text(locale, trouble.messageKey))).build().toString());
            } else {
                request.getRequestDispatcher("/errors/unavailable.xhtml").forward(request, response);
            }
        }
    }
}
