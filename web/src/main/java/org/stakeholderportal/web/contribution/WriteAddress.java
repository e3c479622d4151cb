package org.stakeholderportal.web.contribution;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * /workspace/write/{draft}/{article}[/{paragraph}]: where "Comment on this article/paragraph" leads. The
 * place is in the path because WildFly's OIDC client returns from the sign-in page to the path without its
 * query string; the request is then handed to workspace/contribution.xhtml with the same place as parameters.
 */
@WebFilter("/workspace/write/*")
public class WriteAddress extends HttpFilter {

    private static final Pattern PLACE = Pattern.compile("/(\\d{1,18})(?:/([a-z0-9-]{1,190}))?(?:/([a-z0-9-]{1,190}))?/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getPathInfo() != null ? request.getPathInfo()
                : request.getRequestURI().substring(request.getContextPath().length() + "/workspace/write".length());
        Matcher place = PLACE.matcher(path);
        if (!place.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StringBuilder target = new StringBuilder("/workspace/contribution.xhtml?draft=").append(place.group(1));
        if (place.group(2) != null) {
            target.append("&article=").append(place.group(2));
        }
        if (place.group(3) != null) {
            target.append("&paragraph=").append(place.group(3));
        }
        request.getRequestDispatcher(target.toString()).forward(request, response);
    }
}
