package org.stakeholderportal.web.publication;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.stakeholderportal.platform.control.Fingerprint;
import org.stakeholderportal.publication.boundary.PublicGeneration;
import org.stakeholderportal.web.platform.Languages;

/**
 * Serves the public pages to anonymous readers from memory ({@link RenderedPages}): a page is rendered once per
 * address, query string and interface language, and then sent as bytes until something public changes (the public
 * generation, {@link PublicGeneration}) or it is {@value #DEFAULT_MAX_AGE_SECONDS} s old. Each page carries a strong
 * ETag (SHA-256 of its bytes; If-None-Match gives 304), Last-Modified (when it was rendered) and
 * {@code Cache-Control: public, max-age=0, must-revalidate}, so browsers and proxies revalidate on every view.
 * <p>
 * Anonymous means: no Authorization header, no HTTP session, no signed-in person. Signed-in people (whose name is in
 * the header, and whose forms carry their state) are never served from the cache, and nothing rendered for them is
 * kept. A page is only kept if it is a 200 text/html answer that set no cookie and made no session.
 * <p>
 * Declared in web.xml after the database outage filter: a miss while the database is down fails as before (503, never
 * kept), and a page is not served from the cache when the generation cannot be read.
 */
public class PublicPageCache extends HttpFilter {

    static final int DEFAULT_MAX_ENTRIES = 2000;
    static final int DEFAULT_MAX_MEGABYTES = 64;
    static final int DEFAULT_MAX_AGE_SECONDS = 30;
    static final String CACHE_CONTROL = "public, max-age=0, must-revalidate";
    /** The language comes from the portal_lang cookie, else Accept-Language (Languages.of). */
    static final String VARY = "Cookie, Accept-Language";

    /** The public pages (web.xml leaves them open to everyone); everything else passes untouched. */
    static final Set<String> PAGES = Set.of("/", "/index.xhtml", "/drafts/index.xhtml", "/drafts/draft.xhtml",
            "/drafts/article.xhtml", "/drafts/digest.xhtml", "/search.xhtml", "/organisations.xhtml",
            "/organisations/input.xhtml", "/sessions.xhtml", "/privacy.xhtml");

    @Inject
    PublicGeneration generations;

    @Inject
    MeterRegistry registry;

    private RenderedPages pages;
    private Counter hits;
    private Counter misses;

    @Override
    public void init() {
        pages = new RenderedPages(setting("PORTAL_PAGE_CACHE_ENTRIES", "portal.pageCache.entries", DEFAULT_MAX_ENTRIES),
                setting("PORTAL_PAGE_CACHE_MB", "portal.pageCache.megabytes", DEFAULT_MAX_MEGABYTES) * 1024L * 1024L,
                TimeUnit.SECONDS.toNanos(setting("PORTAL_PAGE_CACHE_MAX_AGE_SECONDS", "portal.pageCache.maxAgeSeconds", DEFAULT_MAX_AGE_SECONDS)));
        // registry.counter/gauge, not the builders: see PortalMetrics for why.
        hits = registry.counter("portal.page.cache.requests", Tags.of("result", "hit"));
        misses = registry.counter("portal.page.cache.requests", Tags.of("result", "miss"));
        registry.gauge("portal.page.cache.entries", Tags.empty(), pages, RenderedPages::size);
        registry.gauge("portal.page.cache.bytes", Tags.empty(), pages, RenderedPages::bytes);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        boolean head = "HEAD".equals(method);
        if (!("GET".equals(method) || head) || !PAGES.contains(request.getRequestURI().substring(request.getContextPath().length()))) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Vary", VARY);
        OptionalLong generation = shareable(request) ? generations.current() : OptionalLong.empty();
        if (generation.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(request);
        long startedNanos = System.nanoTime();
        long startedMillis = System.currentTimeMillis();
        Optional<RenderedPages.Page> cached = pages.get(key, generation.getAsLong(), startedNanos);
        if (cached.isPresent()) {
            hits.increment();
            send(request, response, cached.get(), "hit");
            return;
        }
        if (head) {
            chain.doFilter(request, response);
            return;
        }
        CapturedResponse captured = new CapturedResponse(response);
        chain.doFilter(request, captured);
        if (captured.answeredElsewhere()) {
            return;
        }
        byte[] body = captured.body();
        if (!keepable(request, captured)) {
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        misses.increment();
        RenderedPages.Page page = new RenderedPages.Page(body, response.getContentType(), response.getHeader("Content-Language"),
                "\"" + Fingerprint.sha256(body) + "\"", startedMillis, generation.getAsLong(), startedNanos);
        pages.put(key, page);
        send(request, response, page, "miss");
    }

    /**
     * Whether a shared page may answer: nobody signed in or sending credentials, nobody with a session, and no
     * language switch (?lang= answers with a cookie and a redirect, LanguageSwitch).
     */
    static boolean shareable(HttpServletRequest request) {
        return request.getHeader("Authorization") == null && request.getSession(false) == null
                && request.getUserPrincipal() == null && request.getParameter("lang") == null;
    }

    /** Address, query string and the language the page is shown in: everything the page depends on for a reader. */
    static String key(HttpServletRequest request) {
        String query = request.getQueryString();
        return Languages.of(request).getCode() + " " + request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    private static boolean keepable(HttpServletRequest request, CapturedResponse response) {
        String type = response.getContentType();
        return response.getStatus() == HttpServletResponse.SC_OK && type != null && type.startsWith("text/html")
                && !response.setCookie() && request.getSession(false) == null && response.getHeader("Cache-Control") == null;
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, RenderedPages.Page page, String state)
            throws IOException {
        response.setHeader("ETag", page.etag());
        response.setDateHeader("Last-Modified", page.renderedAtMillis());
        response.setHeader("Cache-Control", CACHE_CONTROL);
        response.setHeader("X-Cache", state);
        if (matches(request.getHeader("If-None-Match"), page.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(page.contentType());
        if (page.contentLanguage() != null) {
            response.setHeader("Content-Language", page.contentLanguage());
        }
        response.setContentLength(page.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(page.body());
        }
    }

    /** If-None-Match compares weakly (RFC 9110 13.1.2): W/ is ignored; "*" matches any page. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }

    private static int setting(String variable, String property, int fallback) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            value = System.getProperty(property);
        }
        try {
            return value == null || value.isBlank() ? fallback : Math.max(0, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalStateException(variable + " must be a whole number, not " + value, e);
        }
    }
}
