package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The headers that keep browsers from running, framing or sniffing what the portal serves, on public and signed-in
 * pages, the API, downloads and error pages; HSTS only where the request came over HTTPS (the proxy says so with
 * X-Forwarded-Proto when PORTAL_BEHIND_PROXY is set; the test stack sets it, as a deployment behind TLS does).
 */
class SecurityHeadersIT extends PortalBlackBox {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT_HANDLER = Pattern.compile("<[a-z][^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE_ATTRIBUTE = Pattern.compile("<[a-z][^>]*\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);

    static Stream<String> addresses() {
        return Stream.of("/", "/drafts/index.xhtml", "/search.xhtml?q=data", "/workspace/index.xhtml", "/secretariat/index.xhtml",
                "/api/health", "/api/processes", "/api/me", "/api/audit/verification", "/drafts/draft.xhtml?id=999999",
                "/no-such-page");
    }

    private HttpResponse<String> get(String path, String token, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).header("Accept-Language", "en");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return TestStackAccess.send(request.GET().build());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("addresses")
    void everyAnswerCarriesTheSecurityHeaders(String path) {
        HttpResponse<String> response = get(path, SecurityFixtures.token("sofia"), "Accept", "text/html");
        assertTrue(response.statusCode() < 500, path + " " + response.statusCode());
        assertEquals("nosniff", header(response, "X-Content-Type-Options"), path);
        assertEquals("strict-origin-when-cross-origin", header(response, "Referrer-Policy"), path);
        assertEquals("SAMEORIGIN", header(response, "X-Frame-Options"), path);
        assertTrue(header(response, "Permissions-Policy").contains("camera=()"), path);
        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), "one policy, not two to reconcile: " + policies);
        String policy = policies.get(0);
        for (String directive : List.of("default-src 'self'", "frame-ancestors 'self'", "object-src 'none'", "base-uri 'self'",
                "connect-src 'self'")) {
            assertTrue(policy.contains(directive), path + " lacks " + directive + ": " + policy);
        }
        String scripts = directive(policy, "script-src");
        assertTrue(scripts.startsWith("script-src 'self'"), scripts);
        assertFalse(scripts.contains("http:") || scripts.contains("https:") || scripts.contains("*") || scripts.contains("'unsafe-eval'"),
                "scripts only from the portal itself: " + scripts);
        assertFalse(scripts.contains("'unsafe-inline'"), "no inline scripts: " + scripts);
        String styles = directive(policy, "style-src");
        assertEquals("style-src 'self'", styles, "styles only from the portal's style sheets, none inline");
        assertTrue(header(response, "Strict-Transport-Security").isEmpty(), "no HSTS over plain HTTP: " + path);
        if (header(response, "Content-Type").startsWith("text/html")) {
            assertNothingInline(path, response.body());
        }
    }

    private static void assertNothingInline(String path, String html) {
        assertEquals(List.of(), inlineCode(html), path);
    }

    /** What the policy would block in a page: inline scripts, event-handler attributes, style attributes. */
    static List<String> inlineCode(String html) {
        return Stream.of(INLINE_SCRIPT, EVENT_HANDLER, STYLE_ATTRIBUTE).flatMap(p -> p.matcher(html).results()).map(MatchResult::group).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("addresses")
    void overHttpsThroughTheProxyBrowsersAreToldToStayOnHttps(String path) {
        // As a TLS-terminating proxy forwards it: HTTP/1.1 (the JDK client would otherwise upgrade to h2c).
        HttpResponse<String> response = TestStackAccess.send(HttpRequest.newBuilder(URI.create(url(path))).version(HttpClient.Version.HTTP_1_1)
                .header("Accept", "text/html").header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7").GET().build());
        String hsts = header(response, "Strict-Transport-Security");
        assertTrue(hsts.contains("max-age=31536000"), path + ": " + hsts);
        assertTrue(hsts.contains("includeSubDomains"), hsts);
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static String directive(String policy, String name) {
        return Stream.of(policy.split(";")).map(String::trim).filter(d -> d.startsWith(name + " ")).findFirst().orElse("");
    }
}
