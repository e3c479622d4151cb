package org.stakeholderportal.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.stakeholderportal.platform.boundary.People;

/**
 * The language switcher: {@code ?lang=fr} on any page remembers the choice in a cookie and sends the
 * reader back to the same address without the parameter, so pages stay cacheable and sessionless. For a
 * signed-in person the choice is also kept with their account, for their mail and their other browsers.
 */
@WebFilter(urlPatterns = "/*")
public class LanguageSwitch extends HttpFilter {

    @Inject
    People people;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String requested = request.getParameter("lang");
        if (requested == null || !"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        if (Languages.offered(requested).isPresent()) {
            response.addCookie(Languages.cookie(request, requested));
            if (request.getUserPrincipal() != null) {
                people.rememberLanguage(request.getUserPrincipal().getName(), requested);
            }
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", withoutLang(request.getRequestURI(), request.getQueryString()));
    }

    /** The same address without the lang parameter; only a local path, so it can never redirect elsewhere. */
    static String withoutLang(String requestUri, String queryString) {
        String query = queryString == null ? "" : Arrays.stream(queryString.split("&"))
                .filter(p -> !p.startsWith("lang=") && !p.isEmpty())
                .collect(Collectors.joining("&"));
        // The request URI is a path on this server; "//host" would make it another server's address.
        String path = "/" + requestUri.replaceFirst("^/+", "");
        return path + (query.isEmpty() ? "" : "?" + query);
    }
}
