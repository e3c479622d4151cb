package org.stakeholderportal.contribution.control;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The small safe set of formatting a comment may carry: paragraphs, line breaks, emphasis, lists, quotations
 * and links (web addresses only, opened with rel="nofollow noopener"). Everything else is removed, scripts and
 * event handlers included, whatever a browser or an API client sends.
 */
public final class CommentSanitizer {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "blockquote", "a")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener")
            .toFactory();

    private CommentSanitizer() {
    }

    public static String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html).trim();
    }

    /** The comment's text without markup, for limits, emptiness checks and checksums of meaning. */
    public static String text(String html) {
        return html == null ? "" : html.replaceAll("<[^>]*>", " ").replaceAll("&nbsp;|&#160;", " ")
                .replaceAll("\\s+", " ").trim();
    }
}
