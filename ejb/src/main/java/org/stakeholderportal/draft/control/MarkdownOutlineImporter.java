package org.stakeholderportal.draft.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a draft written in Markdown, for secretariats that draft in a text editor rather than an XML one. The
 * structure comes from the CommonMark tree, under this convention:
 * <pre>
 * # Draft convention on the subject          first level-1 heading: the title
 * Symbol: A/AC.291/22                        optional, right after the title (also "Languages: en, fr")
 *
 * ## Preamble                                preamble: paragraphs are its text, list items its recitals
 * ## Part One. General                       part; "Chapter", "Section" and "Annex" likewise; other level-2
 *                                            headings are unnumbered chapters
 * ### Article 5. Respect for human rights    article 5; also "Article 40 bis. Heading", "Article 5 — Heading"
 * Plain paragraphs under the heading are the article's text.
 * 1. An ordered list item is a paragraph, numbered as written ("1.").
 *    (a) A line starting with a letter in brackets is a subparagraph,
 *    (b) and so is each item of a list nested in a paragraph.
 * </pre>
 * Refused, with the line: an empty file, no article, an article heading without a number, a level-3 heading that is
 * not an article, two articles with the same number.
 */
public class MarkdownOutlineImporter {

    private static final String INSERTIONS = "bis|ter|quater|quinquies|sexies|septies|octies|novies|decies";
    private static final Pattern ARTICLE_HEADING = Pattern.compile("^(?i:article|art\\.)(?![\\p{L}\\d])\\s*(.*)$");
    private static final Pattern NUMBER_AND_HEADING = Pattern.compile(
            "^(\\d+[a-z]?|[IVXLCDM]+)((?:[ -](?:" + INSERTIONS + "))?)(?![\\p{L}\\d])\\s*(?:[.:—–-]\\s*)?(.*)$");
    private static final Pattern GROUPING_HEADING = Pattern.compile(
            "^(?i)(part|chapter|section|annex|schedule)\\s+([^\\s.:—–]+(?:\\s+(?:" + INSERTIONS + "))?)"
                    + "\\s*(?:[.:—–-]\\s*)?(.*)$");
    private static final Pattern SUBPARAGRAPH_LINE =
            Pattern.compile("^(\\(?(?:[a-z]{1,3}|\\d{1,3})\\))[ \\t]+(.*)$", Pattern.MULTILINE);
    private static final Pattern METADATA_LINE = Pattern.compile("^(?i)(symbol|languages?)\\s*:\\s*(.+)$");
    private static final Pattern ORDERED_MARKER = Pattern.compile("^\\s*(\\d{1,9}[.)])");

    /**
     * Reads one Markdown draft.
     *
     * @param fileName used as the title when there is no level-1 heading, and in messages
     */
    public DraftOutline read(String markdown, String fileName) throws DraftImportException {
        String name = fileName == null || fileName.isBlank() ? "draft" : fileName;
        if (markdown == null || markdown.isBlank()) {
            throw new DraftImportException("import.md.empty", null, name);
        }
        Node document = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build().parse(markdown);
        return new Reading(markdown, name).outline(document);
    }

    /** The state of one {@link #read} call, block by block. */
    private static final class Reading {

        private final String source;
        private final String fileName;
        private final List<ProvisionDraft> roots = new ArrayList<>();
        private final Map<String, ProvisionDraft> articlesByNumber = new LinkedHashMap<>();
        private final Set<String> languages = new LinkedHashSet<>();
        private String title;
        private String symbol;
        private ProvisionDraft grouping;
        private ProvisionDraft preamble;
        private ProvisionDraft article;
        private final StringBuilder text = new StringBuilder();
        private int looseBlocks;
        private int firstLooseLine;

        Reading(String source, String fileName) {
            this.source = source;
            this.fileName = fileName;
        }

        DraftOutline outline(Node document) throws DraftImportException {
            for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
                if (block instanceof Heading) {
                    heading((Heading) block);
                } else {
                    block(block);
                }
            }
            closeText();
            if (articlesByNumber.isEmpty()) {
                throw new DraftImportException("import.md.noArticle", null, fileName);
            }
            List<ImportNotice> notices = new ArrayList<>();
            if (looseBlocks > 0) {
                notices.add(new ImportNotice("notice.text.outsideProvision", looseBlocks, firstLooseLine));
            }
            return new DraftOutline(title == null ? fileName : title, symbol, new ArrayList<>(languages), notices,
                    new OutlineAssembler().assemble(roots));
        }

        private void heading(Heading heading) throws DraftImportException {
            closeText();
            String written = AkomaNtosoImporter.normalised(inlineText(heading));
            int line = line(heading);
            if (heading.getLevel() == 1) {
                if (title != null) {
                    throw new DraftImportException("import.md.unexpectedHeading", "line " + line, line, written);
                }
                title = written;
            } else if (heading.getLevel() == 2) {
                grouping(written, line);
            } else {
                article(written, line);
            }
        }

        private void grouping(String written, int line) {
            article = null;
            preamble = null;
            grouping = null;
            if (written.equalsIgnoreCase("preamble")) {
                preamble = new ProvisionDraft(NodeKind.PREAMBLE, "", "", null, line);
                roots.add(preamble);
                return;
            }
            Matcher numbered = GROUPING_HEADING.matcher(written);
            NodeKind kind = NodeKind.CHAPTER;
            String label = null;
            String num = "";
            String headingText = written;
            if (numbered.matches()) {
                String word = numbered.group(1).toLowerCase(Locale.ROOT);
                kind = word.equals("part") ? NodeKind.PART
                        : word.equals("chapter") ? NodeKind.CHAPTER : NodeKind.SECTION;
                label = word.equals("annex") || word.equals("schedule") ? "annex" : null;
                num = numbered.group(2);
                headingText = numbered.group(3);
            }
            grouping = new ProvisionDraft(kind, num, headingText, label, line);
            roots.add(grouping);
        }

        private void article(String written, int line) throws DraftImportException {
            Matcher labelled = ARTICLE_HEADING.matcher(written);
            if (!labelled.matches()) {
                throw new DraftImportException("import.md.unexpectedHeading", "line " + line, line, written);
            }
            Matcher numbered = NUMBER_AND_HEADING.matcher(labelled.group(1));
            if (!numbered.matches()) {
                throw new DraftImportException("import.md.articleWithoutNumber", "line " + line, line, written);
            }
            String num = numbered.group(1) + numbered.group(2);
            ProvisionDraft draft = new ProvisionDraft(NodeKind.ARTICLE, num, numbered.group(3), null, line);
            ProvisionDraft first = articlesByNumber.putIfAbsent(ProvisionNumber.sortKey(num, NodeKind.ARTICLE), draft);
            if (first != null) {
                throw new DraftImportException("import.md.duplicateArticle", "line " + line, "Article " + num,
                        first.line, line);
            }
            preamble = null;
            article = draft;
            (grouping == null ? roots : grouping.children).add(draft);
        }

        private void block(Node block) {
            if (block instanceof ThematicBreak) {
                return;
            }
            ProvisionDraft owner = article != null ? article : preamble != null ? preamble : grouping;
            if (owner == null) {
                if (!(block instanceof Paragraph) || !metadata((Paragraph) block)) {
                    looseBlocks++;
                    firstLooseLine = firstLooseLine == 0 ? line(block) : firstLooseLine;
                }
                return;
            }
            if (block instanceof ListBlock && owner.kind != NodeKind.CHAPTER && owner.kind != NodeKind.PART) {
                NodeKind kind = owner.kind == NodeKind.PREAMBLE ? NodeKind.SUBPARAGRAPH : NodeKind.PARAGRAPH;
                listItems((ListBlock) block, owner, kind, owner.kind == NodeKind.PREAMBLE ? "rec" : null);
            } else if (block instanceof Paragraph && owner.kind == NodeKind.ARTICLE) {
                linesWithSubparagraphs(inlineText(block), owner, text);
            } else {
                text.append(' ').append(flatText(block));
            }
        }

        /** "Symbol:" and "Languages:" lines after the title; false when the paragraph is something else. */
        private boolean metadata(Paragraph paragraph) {
            if (title == null || !roots.isEmpty()) {
                return false;
            }
            String[] lines = inlineText(paragraph).split("\n");
            for (String line : lines) {
                if (!METADATA_LINE.matcher(line.strip()).matches()) {
                    return false;
                }
            }
            for (String line : lines) {
                Matcher field = METADATA_LINE.matcher(line.strip());
                field.matches();
                if (field.group(1).equalsIgnoreCase("symbol")) {
                    symbol = field.group(2).strip();
                } else {
                    for (String code : field.group(2).split("[,;\\s]+")) {
                        languages.add(AkomaNtosoImporter.languageCode(code));
                    }
                }
            }
            return true;
        }

        private void closeText() {
            ProvisionDraft owner = article != null ? article : preamble != null ? preamble : grouping;
            if (owner != null && text.length() > 0) {
                String joined = AkomaNtosoImporter.normalised(owner.text + " " + text);
                owner.text = joined;
            }
            text.setLength(0);
        }

        private void listItems(ListBlock list, ProvisionDraft owner, NodeKind kind, String anchorLabel) {
            int index = 0;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (!(item instanceof ListItem)) {
                    continue;
                }
                String num = list instanceof OrderedList ? orderedMarker((OrderedList) list, (ListItem) item, index)
                        : "";
                index++;
                Node block = item.getFirstChild();
                String firstLines = block instanceof Paragraph ? inlineText(block) : null;
                if (num.isEmpty() && firstLines != null) {
                    // A bulleted "(a) text" is a lettered subparagraph written as a list.
                    Matcher lettered = SUBPARAGRAPH_LINE.matcher(firstLines.stripLeading());
                    if (lettered.lookingAt()) {
                        num = lettered.group(1);
                        firstLines = firstLines.stripLeading().substring(lettered.start(2));
                    }
                }
                ProvisionDraft draft = new ProvisionDraft(kind, num, "", anchorLabel, line(item));
                StringBuilder itemText = new StringBuilder();
                for (; block != null; block = block.getNext()) {
                    if (block instanceof ListBlock) {
                        listItems((ListBlock) block, draft, NodeKind.SUBPARAGRAPH, null);
                    } else if (block instanceof Paragraph) {
                        String lines = firstLines != null ? firstLines : inlineText(block);
                        linesWithSubparagraphs(lines, draft, itemText);
                    } else {
                        itemText.append(' ').append(flatText(block));
                    }
                    firstLines = null;
                }
                draft.text = AkomaNtosoImporter.normalised(itemText);
                owner.children.add(draft);
            }
        }

        /** The list number as the author wrote it, read from the source because CommonMark renumbers items. */
        private String orderedMarker(OrderedList list, ListItem item, int index) {
            List<SourceSpan> spans = item.getSourceSpans();
            if (!spans.isEmpty()) {
                int start = spans.get(0).getInputIndex();
                Matcher marker = ORDERED_MARKER.matcher(source.substring(start, Math.min(source.length(), start + 12)));
                if (marker.find()) {
                    return marker.group(1);
                }
            }
            int startNumber = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
            String delimiter = list.getMarkerDelimiter() == null ? "." : list.getMarkerDelimiter();
            return (startNumber + index) + delimiter;
        }

        /**
         * Lines before the first "(a)" line are the owner's text; each "(a)" line opens a subparagraph, and the
         * lines after it continue that subparagraph.
         */
        private static void linesWithSubparagraphs(String lines, ProvisionDraft owner, StringBuilder ownerText) {
            ProvisionDraft current = null;
            StringBuilder currentText = new StringBuilder();
            for (String line : lines.split("\n")) {
                Matcher lettered = SUBPARAGRAPH_LINE.matcher(line.strip());
                if (lettered.matches()) {
                    finish(current, currentText);
                    current = new ProvisionDraft(NodeKind.SUBPARAGRAPH, lettered.group(1), "", null, owner.line);
                    owner.children.add(current);
                    currentText = new StringBuilder(lettered.group(2));
                } else if (current != null) {
                    currentText.append(' ').append(line);
                } else {
                    ownerText.append(' ').append(line);
                }
            }
            finish(current, currentText);
        }

        private static void finish(ProvisionDraft subparagraph, StringBuilder text) {
            if (subparagraph != null) {
                subparagraph.text = AkomaNtosoImporter.normalised(text);
            }
        }

        private int line(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
        }

        /** Text of a block and everything in it, one space between blocks. */
        private static String flatText(Node block) {
            if (block instanceof HtmlBlock) {
                return "";
            }
            if (block instanceof FencedCodeBlock) {
                return ((FencedCodeBlock) block).getLiteral();
            }
            if (block instanceof IndentedCodeBlock) {
                return ((IndentedCodeBlock) block).getLiteral();
            }
            if (block instanceof Paragraph || block instanceof Heading) {
                return inlineText(block).replace('\n', ' ');
            }
            StringBuilder text = new StringBuilder();
            for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
                text.append(' ').append(flatText(child));
            }
            return text.toString();
        }

        /** Text of a paragraph or heading with line breaks kept as "\n"; raw HTML is not text. */
        private static String inlineText(Node node) {
            StringBuilder text = new StringBuilder();
            appendInline(node, text);
            return text.toString();
        }

        private static void appendInline(Node node, StringBuilder text) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Text) {
                    text.append(((Text) child).getLiteral());
                } else if (child instanceof Code) {
                    text.append(((Code) child).getLiteral());
                } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                    text.append('\n');
                } else if (!(child instanceof HtmlInline)) {
                    appendInline(child, text);
                }
            }
        }
    }
}
