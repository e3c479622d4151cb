package org.stakeholderportal.publication.control;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a comment's HTML for the digest renderers without trusting it. Only the comment formatting the portal
 * allows is recognised (p, br, strong/b, em/i, u, ul, ol, li, blockquote, a with an http, https or mailto address);
 * any other tag, a comment or a stray angle bracket is handed on as the literal text it is, so nothing in a
 * comment can become markup of the PDF or the Word document. Tags are balanced for the handler: a closing tag
 * without its opening is ignored, and what is still open at the end is closed. A comment without any of these tags
 * is plain text from before comments had formatting: its blank lines separate paragraphs and its line ends break
 * lines, as {@link org.stakeholderportal.contribution.control.CommentMarkup} reads it.
 */
final class CommentHtmlReader {

    /** The formatting a comment may carry; b and i are read as strong and em. */
    enum Tag {
        P, STRONG, EM, U, UL, OL, LI, BLOCKQUOTE, A;

        boolean isBlock() {
            return this == P || this == UL || this == OL || this == LI || this == BLOCKQUOTE;
        }
    }

    /** Receives a comment as balanced events; every text is decoded plain text, never markup. */
    interface Handler {
        /** @param href the checked address for {@link Tag#A}, otherwise null; null too for an unusable address */
        void open(Tag tag, String href);

        void close(Tag tag);

        void text(String text);

        void lineBreak();
    }

    private static final Map<String, Tag> TAGS = Map.ofEntries(Map.entry("p", Tag.P), Map.entry("strong", Tag.STRONG),
            Map.entry("b", Tag.STRONG), Map.entry("em", Tag.EM), Map.entry("i", Tag.EM), Map.entry("u", Tag.U),
            Map.entry("ul", Tag.UL), Map.entry("ol", Tag.OL), Map.entry("li", Tag.LI),
            Map.entry("blockquote", Tag.BLOCKQUOTE), Map.entry("a", Tag.A));

    private static final Map<String, String> ENTITIES = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", "\u00a0", "ndash", "\u2013", "mdash", "\u2014", "hellip", "\u2026");

    private CommentHtmlReader() {
    }

    static void read(String html, Handler handler) {
        String source = html == null ? "" : html;
        if (!hasAllowedTag(source)) {
            readPlainText(source, handler);
            return;
        }
        Deque<Tag> open = new ArrayDeque<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '<') {
                int end = tagEnd(source, i);
                ParsedTag tag = end < 0 ? null : parse(source.substring(i + 1, end));
                if (tag != null) {
                    flush(text, handler);
                    apply(tag, open, handler);
                    i = end + 1;
                    continue;
                }
                // Not a tag the portal allows: shown as written.
                int literalEnd = end < 0 ? i + 1 : end + 1;
                text.append(source, i, literalEnd);
                i = literalEnd;
            } else if (c == '&') {
                i = decodeEntity(source, i, text);
            } else {
                text.append(c);
                i++;
            }
        }
        flush(text, handler);
        while (!open.isEmpty()) {
            handler.close(open.pop());
        }
    }

    /** The comment without its markup, for measuring and choosing a writing direction. */
    static String plainText(String html) {
        StringBuilder plain = new StringBuilder();
        read(html, new Handler() {
            @Override
            public void open(Tag tag, String href) {
                if (tag.isBlock()) {
                    plain.append('\n');
                }
            }

            @Override
            public void close(Tag tag) {
                if (tag.isBlock()) {
                    plain.append('\n');
                }
            }

            @Override
            public void text(String text) {
                plain.append(text);
            }

            @Override
            public void lineBreak() {
                plain.append('\n');
            }
        });
        return plain.toString();
    }

    private static boolean hasAllowedTag(String source) {
        for (int i = source.indexOf('<'); i >= 0; i = source.indexOf('<', i + 1)) {
            int end = tagEnd(source, i);
            if (end > 0 && parse(source.substring(i + 1, end)) != null) {
                return true;
            }
        }
        return false;
    }

    private static void readPlainText(String source, Handler handler) {
        for (String paragraph : source.strip().split("\\R[ \\t]*\\R\\s*")) {
            if (paragraph.isBlank()) {
                continue;
            }
            handler.open(Tag.P, null);
            String[] lines = paragraph.split("\\R");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    handler.lineBreak();
                }
                StringBuilder text = new StringBuilder();
                for (int j = 0; j < lines[i].length();) {
                    j = lines[i].charAt(j) == '&' ? decodeEntity(lines[i], j, text) : appendChar(lines[i], j, text);
                }
                flush(text, handler);
            }
            handler.close(Tag.P);
        }
    }

    private record ParsedTag(String name, boolean closing, String href) {
    }

    private static void apply(ParsedTag parsed, Deque<Tag> open, Handler handler) {
        if (parsed.name().equals("br")) {
            if (!parsed.closing()) {
                handler.lineBreak();
            }
            return;
        }
        Tag tag = TAGS.get(parsed.name());
        if (!parsed.closing()) {
            open.push(tag);
            handler.open(tag, tag == Tag.A ? parsed.href() : null);
        } else if (open.contains(tag)) {
            Tag closed;
            do {
                closed = open.pop();
                handler.close(closed);
            } while (closed != tag);
        }
    }

    /** The index of the '>' that ends the tag starting at {@code start}, skipping quoted attribute values. */
    private static int tagEnd(String source, int start) {
        char quote = 0;
        for (int i = start + 1; i < source.length(); i++) {
            char c = source.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            } else if (c == '<') {
                return -1;
            }
        }
        return -1;
    }

    /** A recognised tag, or null when the text between the brackets is anything else. */
    private static ParsedTag parse(String inside) {
        String body = inside.strip();
        boolean closing = body.startsWith("/");
        if (closing) {
            body = body.substring(1).stripLeading();
        }
        if (body.endsWith("/")) {
            body = body.substring(0, body.length() - 1).stripTrailing();
        }
        int nameEnd = 0;
        while (nameEnd < body.length() && Character.isLetterOrDigit(body.charAt(nameEnd))) {
            nameEnd++;
        }
        String name = body.substring(0, nameEnd).toLowerCase(Locale.ROOT);
        if (nameEnd == 0 || !(TAGS.containsKey(name) || name.equals("br"))) {
            return null;
        }
        String attributes = body.substring(nameEnd);
        if (!attributes.isEmpty() && !Character.isWhitespace(attributes.charAt(0))) {
            return null;
        }
        return new ParsedTag(name, closing, name.equals("a") && !closing ? href(attributes) : null);
    }

    /** The href attribute's value if it is a web or mail address; anything else (javascript:, data:) is dropped. */
    private static String href(String attributes) {
        int i = 0;
        while (i < attributes.length()) {
            while (i < attributes.length() && Character.isWhitespace(attributes.charAt(i))) {
                i++;
            }
            int nameStart = i;
            while (i < attributes.length() && attributes.charAt(i) != '=' && !Character.isWhitespace(attributes.charAt(i))) {
                i++;
            }
            String name = attributes.substring(nameStart, i).toLowerCase(Locale.ROOT);
            while (i < attributes.length() && Character.isWhitespace(attributes.charAt(i))) {
                i++;
            }
            String value = "";
            if (i < attributes.length() && attributes.charAt(i) == '=') {
                i++;
                while (i < attributes.length() && Character.isWhitespace(attributes.charAt(i))) {
                    i++;
                }
                if (i < attributes.length() && (attributes.charAt(i) == '"' || attributes.charAt(i) == '\'')) {
                    char quote = attributes.charAt(i++);
                    int valueEnd = attributes.indexOf(quote, i);
                    valueEnd = valueEnd < 0 ? attributes.length() : valueEnd;
                    value = attributes.substring(i, valueEnd);
                    i = valueEnd + 1;
                } else {
                    int valueStart = i;
                    while (i < attributes.length() && !Character.isWhitespace(attributes.charAt(i))) {
                        i++;
                    }
                    value = attributes.substring(valueStart, i);
                }
            }
            if (name.equals("href")) {
                StringBuilder decoded = new StringBuilder();
                for (int j = 0; j < value.length();) {
                    j = value.charAt(j) == '&' ? decodeEntity(value, j, decoded) : appendChar(value, j, decoded);
                }
                String address = decoded.toString().strip();
                String lower = address.toLowerCase(Locale.ROOT);
                boolean allowed = lower.startsWith("https://") || lower.startsWith("http://")
                        || lower.startsWith("mailto:");
                return allowed ? address : null;
            }
            if (i == nameStart) {
                i++;
            }
        }
        return null;
    }

    private static int appendChar(String source, int index, StringBuilder target) {
        target.append(source.charAt(index));
        return index + 1;
    }

    /** Decodes the character reference at {@code start} into {@code target}; returns where reading goes on. */
    private static int decodeEntity(String source, int start, StringBuilder target) {
        int semicolon = source.indexOf(';', start);
        if (semicolon > start + 1 && semicolon - start <= 12) {
            String name = source.substring(start + 1, semicolon);
            if (name.startsWith("#")) {
                try {
                    int cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                            ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                    boolean valid = cp > 0 && cp <= Character.MAX_CODE_POINT
                            && !(cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE);
                    target.appendCodePoint(valid ? cp : 0xFFFD);
                    return semicolon + 1;
                } catch (NumberFormatException e) {
                    // Not a number: the ampersand is literal text.
                }
            } else if (ENTITIES.containsKey(name)) {
                target.append(ENTITIES.get(name));
                return semicolon + 1;
            }
        }
        target.append('&');
        return start + 1;
    }

    private static void flush(StringBuilder text, Handler handler) {
        if (text.length() > 0) {
            handler.text(text.toString());
            text.setLength(0);
        }
    }
}
