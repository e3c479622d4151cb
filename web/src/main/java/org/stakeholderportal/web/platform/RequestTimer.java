package org.stakeholderportal.web.platform;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Request latency as the metric {@code portal.http.requests} (Prometheus: portal_http_requests_seconds_*), by method,
 * status and area of the portal. Areas, not paths: ids in paths would make a series per contribution.
 */
public class RequestTimer extends HttpFilter {

    @Inject
    MeterRegistry registry;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            // registry.timer(…), not Timer.builder: see PortalMetrics for why.
            registry.timer("portal.http.requests", Tags.of("method", request.getMethod(), "status", String.valueOf(response.getStatus()),
                            "area", area(request.getRequestURI().substring(request.getContextPath().length()))))
                    .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    static String area(String path) {
        if (path.startsWith("/api/")) {
            return "api";
        }
        if (path.startsWith("/secretariat/")) {
            return "secretariat";
        }
        if (path.startsWith("/workspace/")) {
            return "workspace";
        }
        if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")) {
            return "resources";
        }
        return "public";
    }
}
