package org.stakeholderportal.publication.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.stakeholderportal.draft.control.DiffSegment;

/**
 * The digest as a Word document the secretariat edits: Title, Heading 1 (statistics, articles) and Heading 2 (each
 * contribution) styles, so Word's navigation pane lists them; the statistics as tables; the proposed wording as a
 * redline; right-to-left paragraphs ({@code w:bidi}) and runs ({@code w:rtl}) for Arabic, and mirrored tables
 * ({@code w:bidiVisual}) in an Arabic document.
 * <p>
 * <b>Why WordprocessingML is written here and not with Apache POI.</b> POI's XWPF keeps the whole document as an
 * XMLBeans tree until it is saved, far more than the text itself; with 20,000 contributions that is gigabytes of
 * heap. POI's streaming writers (SXSSF) exist for spreadsheets only. So the package is written as a stream: the
 * small fixed parts first, then {@code word/document.xml} with a StAX {@link XMLStreamWriter} straight into the ZIP,
 * contribution by contribution. Memory stays flat whatever the number of contributions. The tests open the result
 * with POI as an independent reader.
 * <p>
 * <b>The redline</b> is written as direct formatting by default ({@link Redline#FORMATTED}: inserted text underlined
 * in green, deleted text struck through in red), which stays what it is when the secretariat edits the document. With
 * {@link Redline#TRACKED_CHANGES} it is written as Word revisions ({@code w:ins}, {@code w:del}) by the contributing
 * organisation at its publication time, which Word shows in its review pane; but "Accept all changes" then removes
 * the deletions from the digest, so that mode suits reading, not editing.
 * <p>
 * Comments use the fonts a Word installation has (Calibri, Arial for Arabic, Microsoft YaHei for Chinese); lists in
 * comments are written as indented paragraphs with their bullet or number as text, since Word's numbering parts
 * would have to know every list before the document is written.
 */
public final class DigestDocx implements DigestWriter {

    /** How the proposed wording's changes are written. */
    public enum Redline {
        /** Underlined and struck-through runs: plain formatting that survives editing. */
        FORMATTED,
        /** Word revisions ({@code w:ins}/{@code w:del}) by the contributing organisation. */
        TRACKED_CHANGES
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String INSERTED_COLOUR = "0B6623";
    private static final String DELETED_COLOUR = "A4161A";
    /** Indent per list or quotation level, in twentieths of a point. */
    private static final int INDENT = 360;

    private final OutputStream out;
    private final Redline redline;
    private final XMLOutputFactory xml = XMLOutputFactory.newFactory();

    private ZipOutputStream zip;
    private XMLStreamWriter document;
    private DigestHeading heading;
    private DigestTexts texts;
    private boolean rtl;
    private boolean inSection;
    private int revisionId;
    private boolean finished;

    /** With the redline as formatting ({@link Redline#FORMATTED}). */
    public DigestDocx(OutputStream out) {
        this(out, Redline.FORMATTED);
    }

    public DigestDocx(OutputStream out, Redline redline) {
        this.out = Objects.requireNonNull(out, "out");
        this.redline = Objects.requireNonNull(redline, "redline");
    }

    @Override
    public void begin(DigestHeading digestHeading) throws IOException {
        if (heading != null) {
            throw new IllegalStateException("The digest has already begun");
        }
        heading = Objects.requireNonNull(digestHeading, "heading");
        texts = new DigestTexts(heading.locale(), heading.officialZone());
        rtl = texts.rightToLeft();
        zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        fixedPart("[Content_Types].xml", CONTENT_TYPES);
        fixedPart("_rels/.rels", PACKAGE_RELATIONSHIPS);
        fixedPart("word/_rels/document.xml.rels", DOCUMENT_RELATIONSHIPS);
        fixedPart("word/styles.xml", styles());
        fixedPart("word/footer1.xml", footer());
        part("docProps/core.xml", this::writeCoreProperties);
        zip.putNextEntry(new ZipEntry("word/document.xml"));
        write(() -> {
            document = xml.createXMLStreamWriter(zip, "UTF-8");
            document.writeStartDocument("UTF-8", "1.0");
            document.setPrefix("w", W);
            document.setPrefix("r", R);
            document.writeStartElement("w", "document", W);
            document.writeNamespace("w", W);
            document.writeNamespace("r", R);
            document.writeStartElement("w", "body", W);
            writeCover();
            writeStatistics();
        });
    }

    @Override
    public void article(String articleHeading, String text) throws IOException {
        requireOpen();
        inSection = true;
        String title = articleHeading == null ? texts.text("section.general") : articleHeading;
        write(() -> {
            paragraph("Heading1", title, true);
            if (text != null && !text.isBlank()) {
                paragraph("Provision", texts.text("section.text"), false);
                plainParagraphs("Provision", text);
            }
        });
    }

    @Override
    public void entry(DigestEntry entry) throws IOException {
        requireOpen();
        if (!inSection) {
            throw new IllegalStateException("An entry needs a section: call article(...) first");
        }
        Objects.requireNonNull(entry, "entry");
        write(() -> writeEntry(entry));
    }

    @Override
    public void finish() throws IOException {
        requireOpen();
        write(() -> {
            start("sectPr");
            empty("footerReference", "type", "default", R, "id", "rIdFooter");
            empty("pgSz", "w", "11906", "h", "16838");
            empty("pgMar", "top", "1134", "right", "1020", "bottom", "1247", "left", "1020", "header", "567",
                    "footer", "567", "gutter", "0");
            if (rtl) {
                empty("bidi");
            }
            end();
            end();
            end();
            document.writeEndDocument();
            document.flush();
            document.close();
        });
        zip.closeEntry();
        zip.finish();
        out.flush();
        finished = true;
    }

    /** Nothing to release but the writers: the caller's stream stays open, an unfinished document incomplete. */
    @Override
    public void close() throws IOException {
        if (document != null) {
            try {
                document.close();
            } catch (XMLStreamException e) {
                throw new IOException(e);
            } finally {
                document = null;
            }
        }
    }

    // --- the document ---

    private void writeCover() throws XMLStreamException {
        paragraph("Subtitle", heading.processName(), false);
        paragraph("Title", texts.text("digest.title"), false);
        coverFact("cover.draft", heading.draftTitle());
        if (heading.draftLabel() != null) {
            coverFact("cover.version", heading.draftLabel());
        }
        coverFact("cover.generated", texts.dateTime(heading.generatedAt()));
        coverFact("cover.total", texts.number(heading.total()));
        paragraph("Facts", texts.text("redline.legend"), false);
    }

    private void coverFact(String labelKey, String value) throws XMLStreamException {
        String text = DigestTexts.printable(value);
        startParagraph(null, DigestTexts.isRightToLeft(text, rtl), false, 0);
        run(texts.text(labelKey) + ": ", Format.BOLD);
        run(text, Format.PLAIN);
        end();
    }

    private void writeStatistics() throws XMLStreamException {
        paragraph("Heading1", texts.text("statistics.heading"), true);
        if (heading.total() == 0) {
            paragraph(null, texts.text("statistics.none"), false);
            return;
        }
        statisticsTable("statistics.byArticle", "column.article", heading.byArticle());
        statisticsTable("statistics.byCategory", "column.category", heading.byCategory());
        statisticsTable("statistics.byRegion", "column.region", heading.byRegion());
        statisticsTable("statistics.byType", "column.type", heading.byType());
        statisticsTable("statistics.byLanguage", "column.language", heading.byLanguage());
    }

    private void statisticsTable(String titleKey, String columnKey, Map<String, Long> counts)
            throws XMLStreamException {
        if (counts.isEmpty()) {
            return;
        }
        paragraph("Heading2", texts.text(titleKey), false);
        int[] widths = {5600, 1800, 1800};
        start("tbl");
        start("tblPr");
        empty("tblStyle", "val", "DigestTable");
        if (rtl) {
            empty("bidiVisual");
        }
        empty("tblW", "w", "5000", "type", "pct");
        start("tblBorders");
        for (String side : List.of("top", "bottom", "insideH")) {
            empty(side, "val", "single", "sz", "4", "space", "0", "color", "9AA7BD");
        }
        end();
        empty("tblLook", "firstRow", "1", "lastRow", "0", "firstColumn", "0", "lastColumn", "0", "noHBand", "1",
                "noVBand", "1");
        end();
        start("tblGrid");
        for (int width : widths) {
            empty("gridCol", "w", String.valueOf(width));
        }
        end();
        start("tr");
        start("trPr");
        empty("tblHeader");
        end();
        cell(widths[0], texts.text(columnKey), false, true);
        cell(widths[1], texts.text("column.count"), true, true);
        cell(widths[2], texts.text("column.share"), true, true);
        end();
        for (Map.Entry<String, Long> count : counts.entrySet()) {
            start("tr");
            cell(widths[0], count.getKey(), false, false);
            cell(widths[1], texts.number(count.getValue()), true, false);
            cell(widths[2], texts.percent(count.getValue(), heading.total()), true, false);
            end();
        }
        end();
        paragraph(null, "", false);
    }

    private void cell(int width, String text, boolean number, boolean header) throws XMLStreamException {
        start("tc");
        start("tcPr");
        empty("tcW", "w", String.valueOf(width), "type", "dxa");
        end();
        String printable = DigestTexts.printable(text);
        // In a right-to-left document the cell's start is already the side numbers line up on.
        startParagraph("TableText", DigestTexts.isRightToLeft(printable, rtl), false, 0, number && !rtl);
        run(printable, header ? Format.BOLD : Format.PLAIN);
        end();
        end();
    }

    private void writeEntry(DigestEntry entry) throws XMLStreamException {
        String title = DigestTexts.printable(entry.submissionNumber())
                + (entry.title() == null || entry.title().isBlank() ? "" : " — " + DigestTexts.printable(entry.title()));
        startParagraph("Heading2", DigestTexts.isRightToLeft(entry.title(), rtl), false, 0);
        run(title, Format.PLAIN);
        end();

        startParagraph("Facts", rtl, false, 0);
        fact("entry.organisation", entry.organisation(), true);
        fact("entry.category", entry.category(), false);
        fact("entry.region", entry.region(), false);
        lineBreak();
        fact("entry.type", entry.type(), true);
        fact("entry.language", entry.language(), false);
        fact("entry.published", texts.date(entry.published()), false);
        end();
        if (entry.organisationSuspendedSince() != null) {
            startParagraph("Suspended", rtl, false, 0);
            run(texts.text("entry.suspended", texts.date(entry.organisationSuspendedSince())), Format.PLAIN);
            end();
        }

        String plainComment = CommentHtmlReader.plainText(entry.commentHtml());
        if (!plainComment.isBlank()) {
            paragraph("Label", texts.text("entry.comment"), false);
            CommentToRuns comment = new CommentToRuns(DigestTexts.isRightToLeft(plainComment, rtl));
            CommentHtmlReader.read(entry.commentHtml(), comment);
            comment.endParagraph();
        }
        if (!entry.redline().isEmpty()) {
            paragraph("Label", texts.text("entry.proposedWording"), false);
            StringBuilder wording = new StringBuilder();
            entry.redline().forEach(segment -> wording.append(segment.getText()));
            startParagraph(null, DigestTexts.isRightToLeft(wording.toString(), rtl), false, 0);
            for (DiffSegment segment : entry.redline()) {
                redlineRun(segment, entry);
            }
            end();
        }
        if (entry.rationale() != null && !entry.rationale().isBlank()) {
            paragraph("Label", texts.text("entry.rationale"), false);
            plainParagraphs(null, entry.rationale());
        }
    }

    private void fact(String labelKey, String value, boolean first) throws XMLStreamException {
        if (value == null || value.isBlank()) {
            return;
        }
        if (!first) {
            run(" · ", Format.PLAIN);
        }
        run(texts.text(labelKey) + ": ", Format.LABEL);
        run(DigestTexts.printable(value), Format.PLAIN);
    }

    private void redlineRun(DiffSegment segment, DigestEntry entry) throws XMLStreamException {
        String text = DigestTexts.printable(segment.getText());
        if (segment.getType() == DiffSegment.Type.EQUAL) {
            run(text, Format.PLAIN);
        } else if (redline == Redline.FORMATTED) {
            run(text, segment.getType() == DiffSegment.Type.INSERTED ? Format.INSERTED : Format.DELETED);
        } else {
            boolean inserted = segment.getType() == DiffSegment.Type.INSERTED;
            start(inserted ? "ins" : "del");
            attribute("id", String.valueOf(++revisionId));
            attribute("author", DigestTexts.printable(entry.organisation()));
            attribute("date", entry.published().truncatedTo(ChronoUnit.SECONDS).toString());
            run(text, inserted ? Format.PLAIN : Format.DELETED_TEXT);
            end();
        }
    }

    /** Plain text with blank lines between paragraphs and single line ends kept as breaks. */
    private void plainParagraphs(String style, String text) throws XMLStreamException {
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            startParagraph(style, DigestTexts.isRightToLeft(paragraph, rtl), false, 0);
            String[] lines = paragraph.split("\\R");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    lineBreak();
                }
                run(DigestTexts.printable(lines[i]), Format.PLAIN);
            }
            end();
        }
    }

    /**
     * Lays the comment's blocks out as Word paragraphs: a paragraph starts with the first text after a block
     * boundary, list items get their bullet or number as text and an indent per level, quotations the Quote style.
     */
    private final class CommentToRuns implements CommentHtmlReader.Handler {
        private final boolean commentRtl;
        private final Deque<int[]> lists = new ArrayDeque<>();
        private final Deque<Boolean> ordered = new ArrayDeque<>();
        private final Deque<String> links = new ArrayDeque<>();
        private final Deque<StringBuilder> linkTexts = new ArrayDeque<>();
        private int quotes;
        private int bold;
        private int italic;
        private int underline;
        private boolean paragraphOpen;
        private String pendingMarker;

        CommentToRuns(boolean commentRtl) {
            this.commentRtl = commentRtl;
        }

        @Override
        public void open(CommentHtmlReader.Tag tag, String href) {
            switch (tag) {
                case STRONG -> bold++;
                case EM -> italic++;
                case U -> underline++;
                case A -> {
                    links.push(href == null ? "" : href);
                    linkTexts.push(new StringBuilder());
                }
                case UL, OL -> {
                    endParagraph();
                    lists.push(new int[1]);
                    ordered.push(tag == CommentHtmlReader.Tag.OL);
                }
                case LI -> {
                    endParagraph();
                    if (lists.isEmpty()) {
                        pendingMarker = "• ";
                    } else {
                        int number = ++lists.peek()[0];
                        pendingMarker = ordered.peek() ? number + ". " : "• ";
                    }
                }
                case BLOCKQUOTE -> {
                    endParagraph();
                    quotes++;
                }
                default -> endParagraph();
            }
        }

        @Override
        public void close(CommentHtmlReader.Tag tag) {
            switch (tag) {
                case STRONG -> bold--;
                case EM -> italic--;
                case U -> underline--;
                case A -> {
                    String href = DigestTexts.printable(links.pop());
                    String text = linkTexts.pop().toString().strip();
                    if (!href.isEmpty() && !href.equals(text) && !href.equals("mailto:" + text)) {
                        text(" (" + href + ")");
                    }
                }
                case UL, OL -> {
                    endParagraph();
                    lists.pop();
                    ordered.pop();
                }
                case BLOCKQUOTE -> {
                    endParagraph();
                    quotes--;
                }
                default -> endParagraph();
            }
        }

        @Override
        public void text(String text) {
            String printable = DigestTexts.printable(text);
            linkTexts.forEach(linkText -> linkText.append(printable));
            if (!paragraphOpen && printable.isBlank()) {
                return;
            }
            writeUnchecked(() -> {
                ensureParagraph();
                run(printable, new Format(bold > 0, italic > 0, underline > 0, false, null, false));
            });
        }

        @Override
        public void lineBreak() {
            if (paragraphOpen) {
                writeUnchecked(DigestDocx.this::lineBreak);
            }
        }

        private void ensureParagraph() throws XMLStreamException {
            if (paragraphOpen) {
                return;
            }
            int level = quotes + Math.max(0, lists.size() - 1) + (pendingMarker != null || !lists.isEmpty() ? 1 : 0);
            startParagraph(quotes > 0 ? "Quote" : null, commentRtl, false, level * INDENT);
            paragraphOpen = true;
            if (pendingMarker != null) {
                run(pendingMarker, Format.PLAIN);
                pendingMarker = null;
            }
        }

        private void endParagraph() {
            if (paragraphOpen) {
                writeUnchecked(DigestDocx.this::end);
                paragraphOpen = false;
            }
        }
    }

    // --- WordprocessingML ---

    /** The character formatting of a run. */
    private record Format(boolean bold, boolean italic, boolean underline, boolean strike, String colour,
            boolean deletedText) {
        static final Format PLAIN = new Format(false, false, false, false, null, false);
        static final Format BOLD = new Format(true, false, false, false, null, false);
        static final Format LABEL = new Format(false, false, false, false, "595959", false);
        static final Format INSERTED = new Format(false, false, true, false, INSERTED_COLOUR, false);
        static final Format DELETED = new Format(false, false, false, true, DELETED_COLOUR, false);
        /** Text inside a tracked deletion, which Word reads from w:delText. */
        static final Format DELETED_TEXT = new Format(false, false, false, false, null, true);
    }

    private void paragraph(String style, String text, boolean pageBreakBefore) throws XMLStreamException {
        String printable = DigestTexts.printable(text);
        startParagraph(style, DigestTexts.isRightToLeft(printable, rtl), pageBreakBefore, 0);
        if (!printable.isEmpty()) {
            run(printable, Format.PLAIN);
        }
        end();
    }

    /** Opens a w:p with its properties in the schema's order; close it with {@link #end()}. */
    private void startParagraph(String style, boolean rightToLeft, boolean pageBreakBefore, int indent)
            throws XMLStreamException {
        startParagraph(style, rightToLeft, pageBreakBefore, indent, false);
    }

    private void startParagraph(String style, boolean rightToLeft, boolean pageBreakBefore, int indent,
            boolean alignRight) throws XMLStreamException {
        start("p");
        if (style == null && !rightToLeft && !pageBreakBefore && indent == 0 && !alignRight) {
            return;
        }
        start("pPr");
        if (style != null) {
            empty("pStyle", "val", style);
        }
        if (pageBreakBefore) {
            empty("pageBreakBefore");
        }
        if (rightToLeft) {
            empty("bidi");
        }
        if (indent > 0) {
            // In transitional WordprocessingML "left" is the start side, the right one in a bidi paragraph.
            empty("ind", "left", String.valueOf(indent));
        }
        if (alignRight) {
            empty("jc", "val", "right");
        }
        end();
    }

    /** A w:r with its properties in the schema's order. */
    private void run(String text, Format format) throws XMLStreamException {
        if (text.isEmpty()) {
            return;
        }
        boolean rightToLeft = containsRightToLeft(text);
        start("r");
        if (!format.equals(Format.PLAIN) || rightToLeft) {
            start("rPr");
            if (format.bold()) {
                empty("b");
                empty("bCs");
            }
            if (format.italic()) {
                empty("i");
                empty("iCs");
            }
            if (format.strike()) {
                empty("strike");
            }
            if (format.colour() != null) {
                empty("color", "val", format.colour());
            }
            if (format.underline()) {
                empty("u", "val", "single");
            }
            if (rightToLeft) {
                empty("rtl");
            }
            end();
        }
        start(format.deletedText() ? "delText" : "t");
        document.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
        document.writeCharacters(text);
        end();
        end();
    }

    private void lineBreak() throws XMLStreamException {
        start("r");
        empty("br");
        end();
    }

    private static boolean containsRightToLeft(String text) {
        for (int i = 0; i < text.length(); i++) {
            byte direction = Character.getDirectionality(text.charAt(i));
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
        }
        return false;
    }

    private void start(String name) throws XMLStreamException {
        document.writeStartElement("w", name, W);
    }

    private void end() throws XMLStreamException {
        document.writeEndElement();
    }

    private void attribute(String name, String value) throws XMLStreamException {
        document.writeAttribute("w", W, name, value);
    }

    /** An empty w: element with w: attributes given as name, value pairs; a namespace before a pair switches it. */
    private void empty(String name, String... attributes) throws XMLStreamException {
        document.writeEmptyElement("w", name, W);
        String namespace = W;
        for (int i = 0; i < attributes.length; i++) {
            if (attributes[i].equals(R)) {
                namespace = R;
                continue;
            }
            document.writeAttribute(namespace.equals(R) ? "r" : "w", namespace, attributes[i], attributes[++i]);
        }
    }

    // --- the fixed parts ---

    private interface XmlWork {
        void run() throws XMLStreamException;
    }

    /** Runs StAX work, reporting its failures as the I/O failures they are. */
    private void write(XmlWork work) throws IOException {
        try {
            work.run();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write the Word document", e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** For the comment handler, whose callbacks cannot throw: {@link #write} unwraps it again. */
    private void writeUnchecked(XmlWork work) {
        try {
            work.run();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException("Cannot write the Word document", e));
        }
    }

    private void fixedPart(String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private void part(String name, XmlWork work) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        write(work);
        zip.closeEntry();
    }

    private void writeCoreProperties() throws XMLStreamException {
        String cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        String dc = "http://purl.org/dc/elements/1.1/";
        String dcterms = "http://purl.org/dc/terms/";
        String xsi = "http://www.w3.org/2001/XMLSchema-instance";
        XMLStreamWriter core = xml.createXMLStreamWriter(zip, "UTF-8");
        core.writeStartDocument("UTF-8", "1.0");
        core.writeStartElement("cp", "coreProperties", cp);
        core.writeNamespace("cp", cp);
        core.writeNamespace("dc", dc);
        core.writeNamespace("dcterms", dcterms);
        core.writeNamespace("xsi", xsi);
        core.writeStartElement("dc", "title", dc);
        core.writeCharacters(texts.text("digest.title") + " — " + DigestTexts.printable(heading.draftTitle()));
        core.writeEndElement();
        core.writeStartElement("dc", "subject", dc);
        core.writeCharacters(DigestTexts.printable(heading.processName()));
        core.writeEndElement();
        core.writeStartElement("dc", "creator", dc);
        core.writeCharacters("Stakeholder Portal");
        core.writeEndElement();
        core.writeStartElement("dc", "language", dc);
        core.writeCharacters(texts.languageTag());
        core.writeEndElement();
        core.writeStartElement("dcterms", "created", dcterms);
        core.writeAttribute("xsi", xsi, "type", "dcterms:W3CDTF");
        core.writeCharacters(heading.generatedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        core.writeEndElement();
        core.writeEndElement();
        core.writeEndDocument();
        core.flush();
        core.close();
    }

    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
            <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
            <Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
            <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
            </Types>
            """;

    private static final String PACKAGE_RELATIONSHIPS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
            </Relationships>
            """;

    private static final String DOCUMENT_RELATIONSHIPS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
            <Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
            </Relationships>
            """;

    /** A footer with the page number, centred. */
    private String footer() {
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:ftr xmlns:w="%s"><w:p><w:pPr><w:pStyle w:val="Footer"/>%s<w:jc w:val="center"/></w:pPr>\
                <w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>
                """.formatted(W, rtl ? "<w:bidi/>" : "");
    }

    /**
     * Styles with Word's own names ("heading 1", "Title", …) so that Word treats them as its built-in ones: the
     * navigation pane, the table of contents and the secretariat's templates then work on the digest.
     */
    private String styles() {
        String language = texts.languageTag();
        String bidi = rtl ? "<w:bidi/>" : "";
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:styles xmlns:w="%1$s">
                <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Microsoft YaHei" w:cs="Arial"/>\
                <w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="%2$s" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>\
                <w:pPrDefault><w:pPr>%3$s<w:spacing w:after="100" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
                <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
                <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/>\
                <w:pPr><w:spacing w:before="240" w:after="360"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr></w:style>
                <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="11"/><w:qFormat/>\
                <w:pPr><w:spacing w:before="2400"/></w:pPr><w:rPr><w:color w:val="1F3A63"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
                <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>\
                <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="200"/><w:outlineLvl w:val="0"/></w:pPr>\
                <w:rPr><w:b/><w:bCs/><w:color w:val="1F3A63"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
                <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>\
                <w:pPr><w:keepNext/><w:keepLines/><w:pBdr><w:top w:val="single" w:sz="4" w:space="4" w:color="9AA7BD"/></w:pBdr><w:spacing w:before="280" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr>\
                <w:rPr><w:b/><w:bCs/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
                <w:style w:type="paragraph" w:customStyle="1" w:styleId="Label"><w:name w:val="Digest label"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>\
                <w:pPr><w:keepNext/><w:spacing w:before="120" w:after="40"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="1F3A63"/></w:rPr></w:style>
                <w:style w:type="paragraph" w:customStyle="1" w:styleId="Facts"><w:name w:val="Digest facts"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>\
                <w:rPr><w:color w:val="333333"/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>
                <w:style w:type="paragraph" w:customStyle="1" w:styleId="Suspended"><w:name w:val="Digest suspension"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>\
                <w:rPr><w:b/><w:bCs/><w:color w:val="8A1C1C"/></w:rPr></w:style>
                <w:style w:type="paragraph" w:customStyle="1" w:styleId="Provision"><w:name w:val="Digest provision"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>\
                <w:pPr><w:pBdr><w:left w:val="single" w:sz="12" w:space="6" w:color="9AA7BD"/></w:pBdr><w:ind w:left="170"/></w:pPr></w:style>
                <w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="29"/><w:qFormat/>\
                <w:pPr><w:pBdr><w:left w:val="single" w:sz="8" w:space="6" w:color="BBBBBB"/></w:pBdr></w:pPr><w:rPr><w:i/><w:iCs/></w:rPr></w:style>
                <w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="Digest table text"/><w:basedOn w:val="Normal"/>\
                <w:pPr><w:spacing w:before="40" w:after="40"/></w:pPr></w:style>
                <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>\
                <w:rPr><w:color w:val="595959"/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>
                <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>\
                <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>\
                <w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
                <w:style w:type="table" w:customStyle="1" w:styleId="DigestTable"><w:name w:val="Digest table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/></w:style>
                </w:styles>
                """.formatted(W, language, bidi);
    }

    private void requireOpen() {
        if (heading == null) {
            throw new IllegalStateException("begin(...) first");
        }
        if (finished) {
            throw new IllegalStateException("The digest is finished");
        }
    }
}
