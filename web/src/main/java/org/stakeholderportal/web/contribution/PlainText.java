package org.stakeholderportal.web.contribution;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The comment field is plain text on the page: blank lines separate paragraphs. Stored as simple HTML
 * paragraphs (escaped here, sanitised again in the domain), so the API and the page store the same thing.
 */
final class PlainText {

    private PlainText() {
    }

    static String toHtml(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return Arrays.stream(text.strip().split("\\R\\s*\\R"))
                .map(p -> "<p>" + escape(p.strip()).replaceAll("\\R", "<br>") + "</p>")
                .collect(Collectors.joining());
    }

    static String fromHtml(String html) {
        if (html == null) {
            return "";
        }
        return html.replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("(?i)</p>\\s*<p>", "\n\n").replaceAll("<[^>]*>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&#34;", "\"")
                .replace("&amp;", "&").strip();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
