package org.stakeholderportal.contribution.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Converts stakeholder comments between the Markdown subset typed in a plain textarea and the sanitised
 * HTML the server stores. A textarea with Markdown is the editor that stays accessible, works on phones
 * and in every portal language; since stored comments can be edited again, the HTML must turn back into
 * Markdown that renders the same, so both directions live here.
 *
 * <p>{@link #toHtml} emits only the server's allow-list (p, br, strong, em, ul, ol, li, blockquote, a with
 * an http, https or mailto href), so its sanitiser has nothing to remove: typed HTML is escaped, headings,
 * code and thematic breaks stay text, images become their alt text, other links become their text, link
 * titles go, ordered lists start at 1, and structures nested deeper than 32 levels are flattened to text.
 *
 * <p>{@link #toMarkdown} uses a small tolerant tokenizer instead of an HTML parser dependency. Nested lists
 * stay nested. Not kept: {@code <u>} (text only), a line break ending a paragraph, relative or other
 * non-web links (text only), whitespace just inside emphasis (moved outside), touching runs of the same
 * emphasis (joined), a list mixing loose and tight items (made loose), bare text in a block quote or after
 * a nested block in an item (made a paragraph), and emphasis Markdown cannot express, such as emphasis
 * starting with punctuation while touching a letter outside. Text without any tag is legacy plain text:
 * newlines are line breaks, blank lines separate paragraphs.
 *
 * <p>Thread-safe: the commonmark parser and renderer are immutable and built once; all other state is
 * local to a call.
 */
public final class CommentMarkup {

    private static final Parser PARSER = Parser.builder()
            .enabledBlockTypes(Set.of(BlockQuote.class, ListBlock.class))
            .postProcessor(CommentMarkup::restrictToSubset)
            .build();

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .softbreak("<br>")
            .build();

    /**
     * Deeper structures are flattened to text: commonmark renders recursively, and a few thousand
     * nested list markers would otherwise overflow the stack. Real comments stay far below this.
     */
    private static final int MAX_DEPTH = 32;

    private static final Pattern ALLOWED_HREF = Pattern.compile("(?i)(https?|mailto):[^\\s\\x00-\\x1f]*");
    private static final Pattern ALLOWED_SCHEME = Pattern.compile("(?i)(https?|mailto):.*", Pattern.DOTALL);
    private static final Pattern ANY_TAG = Pattern.compile("<(/?[A-Za-z][^<>]*>|!--)");
    private static final Pattern ENTITY_LIKE =
            Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});");
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
    private static final Pattern ORDERED_MARKER_START = Pattern.compile("^([0-9]{1,9})([.)])([ \\t]|$)");
    private static final Pattern CONTROL_WHITESPACE = Pattern.compile("[\\r\\n\\t\\f]");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*\\n[\\s]*");

    /** Tags that shape the tree; any other tag is transparent, so text around it stays one run. */
    private static final Set<String> KNOWN_TAGS =
            Set.of("p", "br", "ul", "ol", "li", "blockquote", "strong", "em", "u", "a");
    private static final Set<String> LIST_PARTS = Set.of("li", "ul", "ol");
    private static final Set<String> CONTAINERS = Set.of("ul", "ol", "li", "blockquote");
    private static final Set<String> BLOCKS = Set.of("p", "ul", "ol", "li", "blockquote");
    /** Block-level tags outside the allow-list: their text is kept, as a paragraph of its own. */
    private static final Set<String> PARAGRAPH_LIKE = Set.of("div", "h1", "h2", "h3", "h4", "h5", "h6",
            "pre", "hr", "table", "tr", "section", "article", "header", "footer", "address", "dl", "dt", "dd",
            "figure", "figcaption", "main", "nav", "aside");

    private static final Map<String, String> NAMED_ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00a0"), Map.entry("ndash", "\u2013"),
            Map.entry("mdash", "\u2014"), Map.entry("hellip", "\u2026"), Map.entry("lsquo", "\u2018"),
            Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201c"), Map.entry("rdquo", "\u201d"),
            Map.entry("laquo", "\u00ab"), Map.entry("raquo", "\u00bb"), Map.entry("euro", "\u20ac"),
            Map.entry("copy", "\u00a9"));

    private CommentMarkup() {
    }

    /**
     * Renders comment Markdown to HTML that the server's allow-list keeps unchanged (apart from the rel
     * it sets on links).
     *
     * @param markdown the text typed by the stakeholder, may be null
     * @return the HTML, or an empty string for null or blank input
     */
    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return RENDERER.render(PARSER.parse(markdown));
    }

    /**
     * Turns stored comment HTML back into Markdown for editing, such that {@code toHtml} of the result
     * is equivalent to the input (ignoring rel attributes and whitespace between blocks), within the
     * limits listed on the class.
     *
     * @param html stored HTML restricted to the allow-list, or legacy plain text; may be null
     * @return the Markdown, or an empty string for null or blank input
     */
    public static String toMarkdown(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Element root = ANY_TAG.matcher(html).find() ? HtmlReader.read(html) : readPlainText(html);
        return new MarkdownWriter().container(root.children, false).strip();
    }

    // ---- Markdown to HTML: keep the AST inside the subset the server allows ----

    private static Node restrictToSubset(Node document) {
        List<Node> outside = new ArrayList<>();
        List<Node> tooDeep = new ArrayList<>();
        Node node = document.getFirstChild();
        int depth = 1;
        while (node != null) {
            boolean descend = node.getFirstChild() != null;
            if (descend && depth >= MAX_DEPTH) {
                tooDeep.add(node);
                descend = false;
            } else if (node instanceof Image || node instanceof Code || node instanceof Link) {
                outside.add(node);
            } else if (node instanceof OrderedList orderedList) {
                orderedList.setMarkerStartNumber(1);
            }
            if (descend) {
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (node != document && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == document ? null : node.getNext();
        }
        tooDeep.forEach(CommentMarkup::flatten);
        for (Node subsetOutsider : outside) {
            if (subsetOutsider instanceof Code code) {
                code.insertBefore(new Text(code.getLiteral()));
                code.unlink();
            } else if (subsetOutsider instanceof Link link
                    && ALLOWED_HREF.matcher(link.getDestination().strip()).matches()) {
                link.setTitle(null);
            } else {
                unwrap(subsetOutsider);
            }
        }
        return document;
    }

    /** Replaces a too deeply nested node by its plain text, walking without recursion. */
    private static void flatten(Node node) {
        StringBuilder text = new StringBuilder();
        Node current = node.getFirstChild();
        while (current != null) {
            if (current instanceof Text plain) {
                text.append(plain.getLiteral());
            } else if (current instanceof Code code) {
                text.append(code.getLiteral());
            } else if (current instanceof SoftLineBreak || current instanceof HardLineBreak
                    || current instanceof Block) {
                text.append(' ');
            }
            if (current.getFirstChild() != null) {
                current = current.getFirstChild();
                continue;
            }
            while (current != node && current.getNext() == null) {
                current = current.getParent();
            }
            current = current == node ? null : current.getNext();
        }
        Text flat = new Text(text.toString().strip().replaceAll(" {2,}", " "));
        if (node instanceof ListItem) {
            while (node.getFirstChild() != null) {
                node.getFirstChild().unlink();
            }
            Paragraph paragraph = new Paragraph();
            paragraph.appendChild(flat);
            node.appendChild(paragraph);
        } else if (node instanceof Block) {
            Paragraph paragraph = new Paragraph();
            paragraph.appendChild(flat);
            node.insertBefore(paragraph);
            node.unlink();
        } else {
            node.insertBefore(flat);
            node.unlink();
        }
    }

    private static void unwrap(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
        node.unlink();
    }

    // ---- HTML to Markdown ----

    /** A node of the small tree read from stored HTML; children are Elements or Strings. */
    private static final class Element {
        final String name;
        final String href;
        final List<Object> children = new ArrayList<>();

        Element(String name, String href) {
            this.name = name;
            this.href = href;
        }

        boolean is(String other) {
            return name.equals(other);
        }

        void addText(String text) {
            if (text.isEmpty()) {
                return;
            }
            int last = children.size() - 1;
            if (last >= 0 && children.get(last) instanceof String previous) {
                children.set(last, previous + text);
            } else {
                children.add(text);
            }
        }
    }

    private static Element readPlainText(String text) {
        Element root = new Element("#root", null);
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        for (String paragraph : BLANK_LINES.split(normalised.strip())) {
            Element p = new Element("p", null);
            String[] lines = paragraph.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    p.children.add(new Element("br", null));
                }
                p.addText(decodeEntities(lines[i]));
            }
            root.children.add(p);
        }
        return root;
    }

    /** Tolerant tokenizer and tree builder for the allow-listed tags; unknown tags are transparent. */
    private static final class HtmlReader {
        private final String html;
        private final Deque<Element> open = new ArrayDeque<>();
        private final StringBuilder pendingText = new StringBuilder();
        private int pos;

        private HtmlReader(String html) {
            this.html = html;
            open.push(new Element("#root", null));
        }

        static Element read(String html) {
            HtmlReader reader = new HtmlReader(html);
            reader.run();
            return reader.open.getLast();
        }

        private void run() {
            while (pos < html.length()) {
                char c = html.charAt(pos);
                if (c == '<' && readMarkup()) {
                    continue;
                }
                pendingText.append(c);
                pos++;
            }
            flushText();
        }

        /** Reads a tag or comment at pos; returns false when the '<' is just text. */
        private boolean readMarkup() {
            int next = pos + 1;
            if (html.startsWith("<!--", pos)) {
                int end = html.indexOf("-->", pos + 4);
                pos = end < 0 ? html.length() : end + 3;
                return true;
            }
            if (next < html.length() && (html.charAt(next) == '!' || html.charAt(next) == '?')) {
                int end = html.indexOf('>', next);
                pos = end < 0 ? html.length() : end + 1;
                return true;
            }
            boolean closing = next < html.length() && html.charAt(next) == '/';
            int nameStart = closing ? next + 1 : next;
            if (nameStart >= html.length() || !isAsciiLetter(html.charAt(nameStart))) {
                return false;
            }
            int nameEnd = nameStart;
            while (nameEnd < html.length() && isNameChar(html.charAt(nameEnd))) {
                nameEnd++;
            }
            String href = null;
            int i = nameEnd;
            while (true) {
                while (i < html.length() && (Character.isWhitespace(html.charAt(i)) || html.charAt(i) == '/')) {
                    i++;
                }
                if (i >= html.length()) {
                    return false;
                }
                if (html.charAt(i) == '>') {
                    break;
                }
                int attrStart = i;
                while (i < html.length() && !Character.isWhitespace(html.charAt(i))
                        && "=>/".indexOf(html.charAt(i)) < 0) {
                    i++;
                }
                if (i == attrStart) {
                    i++;
                    continue;
                }
                String attrName = html.substring(attrStart, i).toLowerCase(Locale.ROOT);
                while (i < html.length() && Character.isWhitespace(html.charAt(i))) {
                    i++;
                }
                String value = "";
                if (i < html.length() && html.charAt(i) == '=') {
                    i++;
                    while (i < html.length() && Character.isWhitespace(html.charAt(i))) {
                        i++;
                    }
                    if (i < html.length() && (html.charAt(i) == '"' || html.charAt(i) == '\'')) {
                        int close = html.indexOf(html.charAt(i), i + 1);
                        if (close < 0) {
                            return false;
                        }
                        value = html.substring(i + 1, close);
                        i = close + 1;
                    } else {
                        int valueStart = i;
                        while (i < html.length() && !Character.isWhitespace(html.charAt(i)) && html.charAt(i) != '>') {
                            i++;
                        }
                        value = html.substring(valueStart, i);
                    }
                }
                if (attrName.equals("href")) {
                    href = decodeEntities(value).strip();
                }
            }
            pos = i + 1;
            String name = canonicalName(html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT));
            if (closing) {
                endTag(name);
            } else {
                startTag(name, href);
            }
            return true;
        }

        private static String canonicalName(String name) {
            return switch (name) {
                case "b" -> "strong";
                case "i" -> "em";
                default -> PARAGRAPH_LIKE.contains(name) ? "p" : name;
            };
        }

        private void startTag(String name, String href) {
            if (!KNOWN_TAGS.contains(name) || (open.size() > MAX_DEPTH && !name.equals("br"))) {
                return;
            }
            flushText();
            switch (name) {
                case "br" -> open.peek().children.add(new Element("br", null));
                case "p" -> {
                    closeParagraph();
                    open.push(append(new Element("p", null)));
                }
                case "ul", "ol", "blockquote" -> {
                    closeParagraph();
                    open.push(append(new Element(name, null)));
                }
                case "li" -> {
                    Element nearest = nearest(LIST_PARTS);
                    if (nearest != null && nearest.is("li")) {
                        popThrough(nearest);
                    } else if (nearest == null) {
                        closeParagraph();
                        open.push(append(new Element("ul", null)));
                    }
                    open.push(append(new Element("li", null)));
                }
                case "strong", "em", "u" -> open.push(append(new Element(name, null)));
                case "a" -> open.push(append(new Element("a", href)));
            }
        }

        private void endTag(String name) {
            if (!KNOWN_TAGS.contains(name)) {
                return;
            }
            flushText();
            switch (name) {
                case "br" -> open.peek().children.add(new Element("br", null));
                case "p" -> closeParagraph();
                case "li" -> {
                    Element nearest = nearest(LIST_PARTS);
                    if (nearest != null && nearest.is("li")) {
                        popThrough(nearest);
                    }
                }
                case "ul", "ol", "blockquote", "strong", "em", "u", "a" -> {
                    Element nearest = nearest(Set.of(name));
                    if (nearest != null) {
                        popThrough(nearest);
                    }
                }
            }
        }

        private Element append(Element element) {
            open.peek().children.add(element);
            return element;
        }

        /** Closes an open paragraph inside the current container, as HTML does for nested blocks. */
        private void closeParagraph() {
            for (Element element : open) {
                if (element.is("p")) {
                    popThrough(element);
                    return;
                }
                if (CONTAINERS.contains(element.name)) {
                    return;
                }
            }
        }

        private Element nearest(Set<String> names) {
            for (Element element : open) {
                if (names.contains(element.name)) {
                    return element;
                }
            }
            return null;
        }

        private void popThrough(Element element) {
            while (open.size() > 1) {
                if (open.pop() == element) {
                    return;
                }
            }
        }

        private void flushText() {
            if (pendingText.length() > 0) {
                open.peek().addText(decodeEntities(pendingText.toString()));
                pendingText.setLength(0);
            }
        }

        private static boolean isAsciiLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        private static boolean isNameChar(char c) {
            return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == ':';
        }
    }

    private static String decodeEntities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        Matcher entity = ENTITY_LIKE.matcher(text);
        int last = 0;
        while (entity.find()) {
            String name = entity.group(1);
            String replacement;
            if (name.charAt(0) == '#') {
                boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
                int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
                boolean valid = codePoint > 0 && codePoint <= Character.MAX_CODE_POINT
                        && !(codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE);
                replacement = valid ? new String(Character.toChars(codePoint)) : "\ufffd";
            } else {
                replacement = NAMED_ENTITIES.get(name);
                if (replacement == null) {
                    continue;
                }
            }
            out.append(text, last, entity.start()).append(replacement);
            last = entity.end();
        }
        return out.append(text, last, text.length()).toString();
    }

    /** Writes the element tree as Markdown; blocks are rendered to strings and indented by their parent. */
    private static final class MarkdownWriter {

        /** A paragraph (explicit p, or loose inline content) or a block element. */
        private record Block(Element element, List<Object> inlines) {
            boolean isParagraph() {
                return inlines != null;
            }
        }

        String container(List<Object> children, boolean tight) {
            List<String> rendered = new ArrayList<>();
            Block previous = null;
            char previousBullet = 0;
            char previousDelimiter = 0;
            for (Block block : blocks(children)) {
                String text;
                if (block.isParagraph()) {
                    text = paragraph(block.inlines());
                } else if (block.element().is("blockquote")) {
                    text = prefixLines(container(block.element().children, false), "> ", "> ", ">");
                } else {
                    boolean ordered = block.element().is("ol");
                    boolean sameKindAsPrevious = previous != null && !previous.isParagraph()
                            && previous.element().is(block.element().name);
                    char bullet = sameKindAsPrevious && previousBullet == '-' ? '*' : '-';
                    char delimiter = sameKindAsPrevious && previousDelimiter == '.' ? ')' : '.';
                    text = list(block.element(), ordered, bullet, delimiter);
                    previousBullet = ordered ? 0 : bullet;
                    previousDelimiter = ordered ? delimiter : 0;
                }
                if (!text.isEmpty()) {
                    rendered.add(text);
                    previous = block;
                }
            }
            return String.join(tight ? "\n" : "\n\n", rendered);
        }

        private static List<Block> blocks(List<Object> children) {
            List<Block> blocks = new ArrayList<>();
            List<Object> run = new ArrayList<>();
            for (Object child : children) {
                if (child instanceof Element element && BLOCKS.contains(element.name)) {
                    flushRun(run, blocks);
                    blocks.add(element.is("p") ? new Block(element, element.children) : new Block(element, null));
                } else {
                    run.add(child);
                }
            }
            flushRun(run, blocks);
            return blocks;
        }

        private static void flushRun(List<Object> run, List<Block> blocks) {
            boolean blank = run.stream().allMatch(node -> node instanceof String s && s.isBlank());
            if (!blank) {
                blocks.add(new Block(null, new ArrayList<>(run)));
            }
            run.clear();
        }

        private String list(Element list, boolean ordered, char bullet, char delimiter) {
            List<Element> items = items(list);
            boolean loose = items.stream().anyMatch(MarkdownWriter::needsLooseList);
            List<String> rendered = new ArrayList<>();
            int number = 1;
            for (Element item : items) {
                String marker = ordered ? (number++) + String.valueOf(delimiter) + " " : bullet + " ";
                String content = container(item.children, !loose);
                rendered.add(prefixLines(content, marker, " ".repeat(marker.length()), ""));
            }
            return String.join(loose ? "\n\n" : "\n", rendered);
        }

        /** The li children; stray content between items becomes an item of its own. */
        private static List<Element> items(Element list) {
            List<Element> items = new ArrayList<>();
            Element stray = null;
            for (Object child : list.children) {
                if (child instanceof Element element && element.is("li")) {
                    items.add(element);
                    stray = null;
                } else if (!(child instanceof String s && s.isBlank())) {
                    if (stray == null) {
                        stray = new Element("li", null);
                        items.add(stray);
                    }
                    stray.children.add(child);
                }
            }
            return items;
        }

        /** Markdown can only render an item as tight when it is one paragraph, optionally followed by blocks. */
        private static boolean needsLooseList(Element item) {
            List<Block> blocks = blocks(item.children);
            for (int i = 0; i < blocks.size(); i++) {
                Block block = blocks.get(i);
                if (block.isParagraph() && (block.element() != null || i > 0)) {
                    return true;
                }
            }
            return false;
        }

        private static String prefixLines(String content, String first, String rest, String blank) {
            if (content.isEmpty()) {
                return first.strip();
            }
            String[] lines = content.split("\n", -1);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    out.append('\n');
                }
                if (lines[i].isEmpty()) {
                    out.append(i == 0 ? first.strip() : blank);
                } else {
                    out.append(i == 0 ? first : rest).append(lines[i]);
                }
            }
            return out.toString();
        }

        private String paragraph(List<Object> inlines) {
            String[] lines = inline(inlines, false).split("\n", -1);
            int end = lines.length;
            while (end > 0 && lines[end - 1].strip().isEmpty()) {
                end--;
            }
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < end; i++) {
                String line = stripSpacesAndTabs(lines[i]);
                if (i > 0) {
                    out.append('\n');
                }
                out.append(line.isEmpty() ? "\\" : escapeLineStart(line));
            }
            return out.toString();
        }

        private static String stripSpacesAndTabs(String line) {
            int start = 0;
            int end = line.length();
            while (start < end && (line.charAt(start) == ' ' || line.charAt(start) == '\t')) {
                start++;
            }
            while (end > start && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
                end--;
            }
            return line.substring(start, end);
        }

        /** Text that would start a list or heading at the beginning of a line is escaped. */
        private static String escapeLineStart(String line) {
            char first = line.charAt(0);
            if (first == '#') {
                return "\\" + line;
            }
            if ((first == '-' || first == '+')
                    && (line.length() == 1 || line.charAt(1) == ' ' || line.charAt(1) == '\t')) {
                return "\\" + line;
            }
            Matcher ordered = ORDERED_MARKER_START.matcher(line);
            if (ordered.find()) {
                return line.substring(0, ordered.end(1)) + "\\" + line.substring(ordered.end(1));
            }
            return line;
        }

        private String inline(List<Object> nodes, boolean insideLink) {
            return inline(nodes, insideLink, null);
        }

        private String inline(List<Object> siblings, boolean insideLink, String parent) {
            List<Object> nodes = mergeAdjacentEmphasis(siblings);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < nodes.size(); i++) {
                Object node = nodes.get(i);
                if (node instanceof String text) {
                    out.append(escapeText(CONTROL_WHITESPACE.matcher(text).replaceAll(" ")));
                    continue;
                }
                Element element = (Element) node;
                switch (element.name) {
                    case "br" -> out.append('\n');
                    case "strong" -> out.append(delimited("**", inline(element.children, insideLink, "strong")));
                    case "em" -> out.append(delimited(emphasisMarker(nodes, i, parent),
                            inline(element.children, insideLink, "em")));
                    case "a" -> out.append(insideLink ? inline(element.children, true, parent) : link(element));
                    default -> out.append(inline(element.children, insideLink, parent));
                }
            }
            return out.toString();
        }

        /** {@code **a****b**} would not parse, and touching runs of one kind look like one run anyway. */
        private static List<Object> mergeAdjacentEmphasis(List<Object> nodes) {
            List<Object> merged = new ArrayList<>(nodes.size());
            for (Object node : nodes) {
                int last = merged.size() - 1;
                if (node instanceof Element element && (element.is("strong") || element.is("em")) && last >= 0
                        && merged.get(last) instanceof Element previous && previous.is(element.name)) {
                    Element joined = new Element(element.name, null);
                    joined.children.addAll(previous.children);
                    joined.children.addAll(element.children);
                    merged.set(last, joined);
                } else {
                    merged.add(node);
                }
            }
            return merged;
        }

        /**
         * Emphasis sharing an edge with enclosing emphasis uses underscores: {@code ***a***} would read
         * back as emphasis around strong, and {@code **a**} as strong.
         */
        private static String emphasisMarker(List<Object> siblings, int index, String parent) {
            if (parent == null) {
                return "*";
            }
            int first = 0;
            int last = siblings.size() - 1;
            while (first < last && siblings.get(first) instanceof String s && s.isBlank()) {
                first++;
            }
            while (last > first && siblings.get(last) instanceof String s && s.isBlank()) {
                last--;
            }
            boolean sole = first == index && last == index;
            boolean atEdge = first == index || last == index;
            return (parent.equals("strong") && sole) || (parent.equals("em") && atEdge) ? "_" : "*";
        }

        private static String delimited(String marker, String content) {
            int start = 0;
            int end = content.length();
            while (start < end && isUnicodeWhitespace(content.charAt(start))) {
                start++;
            }
            while (end > start && isUnicodeWhitespace(content.charAt(end - 1))) {
                end--;
            }
            if (start == end) {
                return content;
            }
            return content.substring(0, start) + marker + content.substring(start, end) + marker
                    + content.substring(end);
        }

        private static boolean isUnicodeWhitespace(char c) {
            return Character.isWhitespace(c) || Character.isSpaceChar(c);
        }

        private String link(Element a) {
            String text = inline(a.children, true);
            String href = a.href;
            if (href == null || !ALLOWED_SCHEME.matcher(href).matches()) {
                return text;
            }
            if (a.children.size() == 1 && a.children.get(0) instanceof String plain) {
                if (plain.equals(href) && href.indexOf('<') < 0 && href.indexOf('>') < 0) {
                    return "<" + href + ">";
                }
                if (href.equalsIgnoreCase("mailto:" + plain) && href.startsWith("mailto:")
                        && EMAIL.matcher(plain).matches()) {
                    return "<" + plain + ">";
                }
            }
            return "[" + text + "](" + destination(href) + ")";
        }

        private static String destination(String href) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < href.length(); i++) {
                char c = href.charAt(i);
                if (c <= ' ' || c == 0x7f) {
                    out.append(String.format("%%%02X", (int) c));
                } else if (c == '\\' || c == '(' || c == ')' || c == '<' || c == '>') {
                    out.append('\\').append(c);
                } else if (c == '&' && ENTITY_LIKE.matcher(href).region(i, href.length()).lookingAt()) {
                    out.append("\\&");
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }

        /** Escapes what Markdown would read as markup, leaving intraword underscores alone. */
        private static String escapeText(String text) {
            StringBuilder out = new StringBuilder(text.length() + 8);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                char before = i > 0 ? text.charAt(i - 1) : ' ';
                char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
                switch (c) {
                    case '*', '[', ']', '<', '>', '`' -> out.append('\\').append(c);
                    case '_' -> out.append(Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)
                            ? "_" : "\\_");
                    case '\\' -> out.append(i + 1 < text.length() && !isAsciiPunctuation(after) ? "\\" : "\\\\");
                    case '&' -> out.append(ENTITY_LIKE.matcher(text).region(i, text.length()).lookingAt()
                            ? "\\&" : "&");
                    default -> out.append(c);
                }
            }
            return out.toString();
        }

        private static boolean isAsciiPunctuation(char c) {
            return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
        }
    }
}
