package org.stakeholderportal.publication.control;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.io.ScratchFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.stakeholderportal.draft.control.DiffSegment;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The digest as a tagged PDF (PDF/UA style: a structure tree, marked content, the document's language and title)
 * with its fonts embedded, so that Latin, Cyrillic, right-to-left shaped Arabic and Chinese print on any machine.
 * <p>
 * <b>Why openhtmltopdf on PDFBox, not PDFBox alone.</b> PDFBox draws glyphs where it is told: line breaking,
 * Arabic shaping, the bidirectional algorithm, tables, lists, page breaks and the structure tree would all have to
 * be written here. openhtmltopdf does that layout from XHTML and CSS, takes ICU4J (openhtmltopdf-rtl-support) for
 * shaping and bidi, and writes the tags itself in its PDF/UA mode. The document is built as a DOM, never as markup
 * text, so a comment's characters can only ever be text; and every external resource is refused.
 * <p>
 * <b>Memory.</b> A layout engine holds its whole document, so the digest is laid out in chunks of
 * {@code entriesPerChunk} contributions. Each chunk is rendered into a PDFBox document whose stream data lives in
 * scratch files ({@link ScratchFile}, temp-file-only) in a temporary directory, and is then written straight to the
 * output by {@link PdfChunkAssembler} and dropped. PDFBox's own {@code PDFMergerUtility} was tried first: it keeps
 * the merged document's object graph (mostly the structure tree) in the heap until it is saved, about 60 KB per
 * contribution, which for 20,000 contributions is more than a gigabyte. The temporary directory is deleted in
 * {@link #close()}, also when writing failed.
 * <p>
 * <b>What survives the joining of chunks.</b> The result is one tagged PDF: one page tree, one structure tree (a
 * Document element with one Part per chunk, holding that chunk's structure elements), one parent tree with the
 * chunks' StructParents renumbered, so marked content stays linked to its structure elements; role maps are
 * joined; bookmarks of the statistics and of every article form one outline. The catalog's language, MarkInfo,
 * DisplayDocTitle and the XMP metadata (PDF/UA identification, dc:title) are the first chunk's, and the document
 * information gets the title. Each chunk embeds its own subsets of the fonts, which costs some size, and starts on
 * a new page; page numbers continue across chunks. The result passes {@code qpdf --check} and poppler reads its
 * structure tree back with the text of every element, but it has not been checked with a PDF/UA validator (none is
 * available here): it is PDF/UA in style, not certified.
 */
public final class DigestPdf implements DigestWriter {

    public static final int DEFAULT_ENTRIES_PER_CHUNK = 250;

    static {
        // openhtmltopdf reports every font load and layout phase at INFO; its warnings still reach the log.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String FONT_FAMILIES = "'" + DigestFonts.LATIN + "', '" + DigestFonts.ARABIC + "', '"
            + DigestFonts.CHINESE + "'";

    private final OutputStream out;
    private final Map<DigestFonts.Face, Path> fonts;
    private final Path temporaryParent;
    private final int entriesPerChunk;
    private final DocumentBuilder documents;
    /** Font metrics are read once per writer, not once per chunk. */
    private final FSCacheEx<String, FSCacheValue> fontMetrics = new FSDefaultCacheStore();

    private final Map<DigestFonts.Face, TrueTypeFont> parsedFonts = new LinkedHashMap<>();
    private Path workDirectory;
    private PdfChunkAssembler assembler;
    private DigestHeading heading;
    private DigestTexts texts;
    private Document chunk;
    private Element body;
    private Element bookmarks;
    private int entriesInChunk;
    private String sectionTitle;
    private int sectionNumber;
    private boolean finished;

    /** Fonts from {@link DigestFonts#defaultDirectory()}, temporary files in java.io.tmpdir. */
    public DigestPdf(OutputStream out) {
        this(out, DigestFonts.defaultDirectory(), Path.of(System.getProperty("java.io.tmpdir")),
                DEFAULT_ENTRIES_PER_CHUNK);
    }

    /**
     * @param fontsDirectory where the Debian fonts are (see {@link DigestFonts}); a missing font fails here
     * @param temporaryDirectory where the writer makes its own directory for the scratch files of its chunks
     * @param entriesPerChunk how many contributions are laid out at once; memory grows with it
     */
    public DigestPdf(OutputStream out, Path fontsDirectory, Path temporaryDirectory, int entriesPerChunk) {
        this.out = Objects.requireNonNull(out, "out");
        this.fonts = DigestFonts.locate(fontsDirectory);
        this.temporaryParent = Objects.requireNonNull(temporaryDirectory, "temporaryDirectory");
        if (entriesPerChunk < 1) {
            throw new IllegalArgumentException("entriesPerChunk must be positive: " + entriesPerChunk);
        }
        this.entriesPerChunk = entriesPerChunk;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            this.documents = factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No DOM implementation", e);
        }
    }

    @Override
    public void begin(DigestHeading digestHeading) throws IOException {
        if (heading != null) {
            throw new IllegalStateException("The digest has already begun");
        }
        heading = Objects.requireNonNull(digestHeading, "heading");
        texts = new DigestTexts(heading.locale(), heading.officialZone());
        workDirectory = Files.createTempDirectory(temporaryParent, "digest-pdf-");
        for (Map.Entry<DigestFonts.Face, Path> font : fonts.entrySet()) {
            TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBufferedFile(font.getValue().toFile()));
            parsed.setEnableGsub(false);
            parsedFonts.put(font.getKey(), parsed);
        }
        startChunk();
        writeCover();
        writeStatistics();
    }

    @Override
    public void article(String articleHeading, String text) throws IOException {
        requireOpen();
        if (entriesInChunk >= entriesPerChunk) {
            renderChunk();
            startChunk();
        }
        sectionNumber++;
        sectionTitle = articleHeading == null ? texts.text("section.general") : DigestTexts.printable(articleHeading);
        String id = "section-" + sectionNumber;
        Element section = element(body, "h1", "section", sectionTitle);
        section.setAttribute("id", id);
        direction(section, sectionTitle);
        bookmark(sectionTitle, id);
        if (text != null && !text.isBlank()) {
            Element provision = element(body, "div", "provision", null);
            element(provision, "p", "provision-label", texts.text("section.text"));
            plainParagraphs(provision, text);
        }
    }

    @Override
    public void entry(DigestEntry entry) throws IOException {
        requireOpen();
        if (sectionTitle == null) {
            throw new IllegalStateException("An entry needs a section: call article(...) first");
        }
        if (entriesInChunk >= entriesPerChunk) {
            renderChunk();
            startChunk();
            element(body, "p", "continued", texts.text("section.continued", sectionTitle));
        }
        entriesInChunk++;
        writeEntry(Objects.requireNonNull(entry, "entry"));
    }

    @Override
    public void finish() throws IOException {
        requireOpen();
        renderChunk();
        finished = true;
        assembler.finish(documentTitle(), "Stakeholder Portal");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        chunk = null;
        body = null;
        IOException failure = null;
        List<Closeable> open = new ArrayList<>(parsedFonts.values());
        parsedFonts.clear();
        for (Closeable resource : open) {
            try {
                if (resource != null) {
                    resource.close();
                }
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (workDirectory != null) {
            try {
                deleteRecursively(workDirectory);
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
            workDirectory = null;
        }
        if (failure != null) {
            throw failure;
        }
    }

    // --- the document ---

    private void writeCover() {
        Element cover = element(body, "div", "cover", null);
        element(cover, "p", "process", DigestTexts.printable(heading.processName()));
        Element title = element(cover, "h1", "title", texts.text("digest.title"));
        title.setAttribute("id", "digest");
        Element list = element(cover, "table", "cover-facts", null);
        coverFact(list, "cover.draft", heading.draftTitle());
        if (heading.draftLabel() != null) {
            coverFact(list, "cover.version", heading.draftLabel());
        }
        coverFact(list, "cover.generated", texts.dateTime(heading.generatedAt()));
        coverFact(list, "cover.total", texts.number(heading.total()));
        element(cover, "p", "legend", texts.text("redline.legend"));
    }

    private void coverFact(Element table, String labelKey, String value) {
        Element row = element(table, "tr", null, null);
        cells(row, List.of(
                cell -> element(cell, "th", null, texts.text(labelKey)).setAttribute("scope", "row"),
                cell -> direction(element(cell, "td", null, DigestTexts.printable(value)), value)));
    }

    /**
     * Adds a row's cells in reading order, or mirrored in a right-to-left document: openhtmltopdf lays out table
     * columns left to right whatever the direction, so an Arabic table would otherwise start on the wrong side.
     */
    private void cells(Element row, List<Consumer<Element>> cells) {
        List<Consumer<Element>> ordered = new ArrayList<>(cells);
        if (texts.rightToLeft()) {
            Collections.reverse(ordered);
        }
        ordered.forEach(cell -> cell.accept(row));
    }

    private void writeStatistics() {
        Element statistics = element(body, "h1", "statistics", texts.text("statistics.heading"));
        statistics.setAttribute("id", "statistics");
        bookmark(texts.text("statistics.heading"), "statistics");
        if (heading.total() == 0) {
            element(body, "p", null, texts.text("statistics.none"));
            return;
        }
        statisticsTable("statistics.byArticle", "column.article", heading.byArticle());
        statisticsTable("statistics.byCategory", "column.category", heading.byCategory());
        statisticsTable("statistics.byRegion", "column.region", heading.byRegion());
        statisticsTable("statistics.byType", "column.type", heading.byType());
        statisticsTable("statistics.byLanguage", "column.language", heading.byLanguage());
    }

    /** A table of counts with a bar per row, drawn to the scale of the largest count; the numbers carry the meaning. */
    private void statisticsTable(String titleKey, String columnKey, Map<String, Long> counts) {
        if (counts.isEmpty()) {
            return;
        }
        element(body, "h2", "statistics", texts.text(titleKey));
        long largest = Math.max(1, Collections.max(counts.values()));
        Element table = element(body, "table", "statistics", null);
        Element head = element(element(table, "thead", null, null), "tr", null, null);
        List<Consumer<Element>> headers = new ArrayList<>();
        for (String column : List.of(columnKey, "column.count", "column.share")) {
            headers.add(row -> element(row, "th", column.equals("column.count") ? "count" : null, texts.text(column))
                    .setAttribute("scope", "col"));
        }
        cells(head, headers);
        Element rows = element(table, "tbody", null, null);
        for (Map.Entry<String, Long> count : counts.entrySet()) {
            Element row = element(rows, "tr", null, null);
            String label = DigestTexts.printable(count.getKey());
            cells(row, List.of(
                    cell -> direction(element(cell, "td", "label", label), label),
                    cell -> element(cell, "td", "count", texts.number(count.getValue())),
                    cell -> {
                        Element share = element(cell, "td", "share", null);
                        Element bar = element(element(share, "div", "track", null), "div", "bar", null);
                        bar.setAttribute("style",
                                String.format(Locale.ROOT, "width: %.1f%%", 100.0 * count.getValue() / largest));
                        element(share, "span", "percent", texts.percent(count.getValue(), heading.total()));
                    }));
        }
    }

    private void writeEntry(DigestEntry entry) {
        Element container = element(body, "div", "entry", null);
        String title = DigestTexts.printable(entry.submissionNumber())
                + (entry.title() == null || entry.title().isBlank() ? "" : " — " + DigestTexts.printable(entry.title()));
        direction(element(container, "h2", "entry", title), entry.title());

        // Two plain lines rather than a table or labelled spans: every element becomes a structure element that the
        // merged document keeps in memory, and there are tens of thousands of entries.
        Element facts = element(container, "p", "facts", null);
        facts.appendChild(chunk.createTextNode(facts(new String[][] {{"entry.organisation", entry.organisation()},
                {"entry.category", entry.category()}, {"entry.region", entry.region()}})));
        facts.appendChild(chunk.createElementNS(XHTML, "br"));
        facts.appendChild(chunk.createTextNode(facts(new String[][] {{"entry.type", entry.type()},
                {"entry.language", entry.language()}, {"entry.published", texts.date(entry.published())}})));
        if (entry.organisationSuspendedSince() != null) {
            element(container, "p", "suspended",
                    texts.text("entry.suspended", texts.date(entry.organisationSuspendedSince())));
        }

        String plainComment = CommentHtmlReader.plainText(entry.commentHtml());
        if (!plainComment.isBlank()) {
            element(container, "h3", null, texts.text("entry.comment"));
            Element comment = element(container, "div", "comment", null);
            direction(comment, plainComment);
            CommentHtmlReader.read(entry.commentHtml(), new CommentToDom(comment));
        }
        if (!entry.redline().isEmpty()) {
            element(container, "h3", null, texts.text("entry.proposedWording"));
            Element redline = element(container, "p", "redline", null);
            StringBuilder wording = new StringBuilder();
            for (DiffSegment segment : entry.redline()) {
                String text = DigestTexts.printable(segment.getText());
                wording.append(text);
                switch (segment.getType()) {
                    case INSERTED -> element(redline, "ins", null, text);
                    case DELETED -> element(redline, "del", null, text);
                    default -> redline.appendChild(chunk.createTextNode(text));
                }
            }
            direction(redline, wording.toString());
        }
        if (entry.rationale() != null && !entry.rationale().isBlank()) {
            element(container, "h3", null, texts.text("entry.rationale"));
            Element rationale = element(container, "div", "rationale", null);
            direction(rationale, entry.rationale());
            plainParagraphs(rationale, entry.rationale());
        }
    }

    /** "Label: value · Label: value", leaving out what is empty; the bidi algorithm places mixed scripts. */
    private String facts(String[][] labelledValues) {
        StringBuilder line = new StringBuilder();
        for (String[] labelled : labelledValues) {
            if (labelled[1] == null || labelled[1].isBlank()) {
                continue;
            }
            if (line.length() > 0) {
                line.append(" · ");
            }
            line.append(texts.text(labelled[0])).append(": ").append(DigestTexts.printable(labelled[1]));
        }
        return line.toString();
    }

    /** Plain text with blank lines between paragraphs and single line ends kept as breaks. */
    private void plainParagraphs(Element parent, String text) {
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            Element p = element(parent, "p", null, null);
            direction(p, paragraph);
            String[] lines = paragraph.split("\\R");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    p.appendChild(chunk.createElementNS(XHTML, "br"));
                }
                p.appendChild(chunk.createTextNode(DigestTexts.printable(lines[i])));
            }
        }
    }

    /** Builds the comment's formatting as elements of the chunk; its text only ever becomes text nodes. */
    private final class CommentToDom implements CommentHtmlReader.Handler {
        private final Deque<Element> open = new ArrayDeque<>();
        private final Deque<String> links = new ArrayDeque<>();
        private final Deque<StringBuilder> linkTexts = new ArrayDeque<>();

        CommentToDom(Element root) {
            open.push(root);
        }

        @Override
        public void open(CommentHtmlReader.Tag tag, String href) {
            String name = switch (tag) {
                case P -> "p";
                case STRONG -> "strong";
                case EM -> "em";
                case U -> "u";
                case UL -> "ul";
                case OL -> "ol";
                case LI -> "li";
                case BLOCKQUOTE -> "blockquote";
                case A -> "span";
            };
            Element element = element(open.peek(), name, tag == CommentHtmlReader.Tag.A ? "link" : null, null);
            open.push(element);
            if (tag == CommentHtmlReader.Tag.A) {
                links.push(href == null ? "" : href);
                linkTexts.push(new StringBuilder());
            }
        }

        @Override
        public void close(CommentHtmlReader.Tag tag) {
            open.pop();
            if (tag == CommentHtmlReader.Tag.A) {
                String href = DigestTexts.printable(links.pop());
                String text = linkTexts.pop().toString().strip();
                // A printed document cannot be clicked through: the address is shown beside the words.
                if (!href.isEmpty() && !href.equals(text) && !href.equals("mailto:" + text)) {
                    element(open.peek(), "span", "address", " (" + href + ")");
                }
            }
        }

        @Override
        public void text(String text) {
            String printable = DigestTexts.printable(text);
            open.peek().appendChild(chunk.createTextNode(printable));
            linkTexts.forEach(linkText -> linkText.append(printable));
        }

        @Override
        public void lineBreak() {
            open.peek().appendChild(chunk.createElementNS(XHTML, "br"));
        }
    }

    // --- chunks ---

    private void startChunk() {
        chunk = documents.newDocument();
        entriesInChunk = 0;
        Element html = chunk.createElementNS(XHTML, "html");
        chunk.appendChild(html);
        html.setAttribute("lang", texts.languageTag());
        html.setAttribute("dir", texts.rightToLeft() ? "rtl" : "ltr");
        Element head = element(html, "head", null, null);
        element(head, "title", null, documentTitle());
        Element subject = element(head, "meta", null, null);
        subject.setAttribute("name", "subject");
        subject.setAttribute("content", DigestTexts.printable(heading.processName()));
        element(head, "style", null, css());
        bookmarks = element(head, "bookmarks", null, null);
        body = element(html, "body", null, null);
    }

    /**
     * Lays the chunk out into a new PDF whose streams live in scratch files and writes its pages, tags and
     * bookmarks to the output; the chunk's own document is closed at once.
     */
    private void renderChunk() throws IOException {
        if (bookmarks.getFirstChild() == null) {
            bookmarks.getParentNode().removeChild(bookmarks);
        }
        if (assembler == null) {
            assembler = new PdfChunkAssembler(new BufferedOutputStream(out, 1 << 16));
        }
        List<PDFont> loaded = new ArrayList<>();
        try (PDDocument pages = new PDDocument(scratch())) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(pages);
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.withProducer("Stakeholder Portal");
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(heading.locale()));
            builder.useUnicodeCharacterBreaker(new ICUBreakers.ICUCharacterBreaker(heading.locale()));
            builder.defaultTextDirection(texts.rightToLeft() ? TextDirection.RTL : TextDirection.LTR);
            builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            for (Map.Entry<DigestFonts.Face, TrueTypeFont> font : parsedFonts.entrySet()) {
                DigestFonts.Face face = font.getKey();
                builder.useFont(new ChunkFont(pages, font.getValue(), loaded), face.family(), face.weight(),
                        face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
            }
            builder.useInitialPageNumber(assembler.pageCount() + 1);
            builder.withW3cDocument(chunk, null);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            // Saving would subset the fonts; this document is appended instead, so it is done here.
            for (PDFont font : loaded) {
                font.subset();
            }
            assembler.append(pages);
        }
        chunk = null;
        body = null;
        bookmarks = null;
    }

    /**
     * Loads a font into one chunk's document when the layout first asks for it, from a font parsed once per
     * writer. Its GSUB table is ignored: PDFBox would run its Latin ligature rules on every string it draws (slow,
     * and ligatures make text harder to search), and Arabic arrives already shaped by ICU.
     */
    private static final class ChunkFont extends PDFontSupplier {
        private final PDDocument pages;
        private final TrueTypeFont font;
        private final List<PDFont> loaded;
        private PDFont supplied;

        ChunkFont(PDDocument pages, TrueTypeFont font, List<PDFont> loaded) {
            super(null);
            this.pages = pages;
            this.font = font;
            this.loaded = loaded;
        }

        @Override
        public PDFont supply() {
            if (supplied == null) {
                try {
                    supplied = PDType0Font.load(pages, font, true);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot load a font of the digest", e);
                }
                loaded.add(supplied);
            }
            return supplied;
        }
    }

    private StreamCacheCreateFunction scratch() {
        Path directory = workDirectory;
        return () -> new ScratchFile(directory.toFile());
    }

    // --- helpers ---

    /** An entry of the PDF's outline, for the parts a reader jumps to (not every contribution). */
    private void bookmark(String name, String id) {
        Element bookmark = element(bookmarks, "bookmark", null, null);
        bookmark.setAttribute("name", name);
        bookmark.setAttribute("href", "#" + id);
    }

    private String documentTitle() {
        return texts.text("digest.title") + " — " + DigestTexts.printable(heading.draftTitle());
    }

    private Element element(Node parent, String name, String cssClass, String text) {
        Element element = chunk.createElementNS(XHTML, name);
        if (cssClass != null) {
            element.setAttribute("class", cssClass);
        }
        if (text != null) {
            element.appendChild(chunk.createTextNode(DigestTexts.printable(text)));
        }
        parent.appendChild(element);
        return element;
    }

    /** Gives an element the writing direction of its own text, so an Arabic comment runs right to left anywhere. */
    private void direction(Element element, String text) {
        element.setAttribute("dir", DigestTexts.isRightToLeft(text, texts.rightToLeft()) ? "rtl" : "ltr");
    }

    private String css() {
        String start = texts.rightToLeft() ? "right" : "left";
        String end = texts.rightToLeft() ? "left" : "right";
        return """
                @page { size: A4; margin: 20mm 18mm 22mm 18mm;
                  @bottom-center { content: counter(page); font-family: %1$s; font-size: 8.5pt; color: #555555; } }
                html, body { font-family: %1$s; font-size: 10pt; line-height: 1.4; color: #1a1a1a; }
                body { word-wrap: break-word; text-align: %2$s; }
                [dir="rtl"] { direction: rtl; text-align: right; }
                [dir="ltr"] { direction: ltr; text-align: left; }
                p { margin: 0 0 5pt 0; }
                h1, h2, h3 { font-weight: bold; page-break-after: avoid; }
                h1 { font-size: 16pt; margin: 0 0 10pt 0; }
                h1.section { page-break-before: always; border-bottom: 1pt solid #1f3a63; padding-bottom: 3pt; }
                h1.statistics { page-break-before: always; }
                h2 { font-size: 12pt; margin: 12pt 0 4pt 0; }
                h3 { font-size: 10pt; margin: 6pt 0 2pt 0; color: #1f3a63; }
                .cover { margin-top: 60mm; }
                .cover .process { font-size: 13pt; color: #1f3a63; }
                h1.title { font-size: 24pt; margin-bottom: 16pt; }
                table { border-collapse: collapse; width: 100%%; margin-bottom: 10pt; }
                th, td { padding: 3pt 5pt; vertical-align: top; text-align: %2$s; }
                table.cover-facts th { width: 35%%; color: #555555; }
                table.statistics th { border-bottom: 1pt solid #1f3a63; }
                table.statistics td { border-bottom: 0.5pt solid #cccccc; }
                .count { text-align: %3$s; width: 18%%; }
                td.share { width: 32%%; }
                .track { background-color: #e6e9ef; height: 7pt; margin: 3pt 0 2pt 0; }
                .bar { background-color: #1f3a63; height: 7pt; }
                .percent { font-size: 8.5pt; color: #444444; }
                .legend { margin-top: 30mm; font-size: 9pt; color: #444444; }
                .continued { color: #555555; font-style: italic; }
                .provision { border-%2$s: 2pt solid #9aa7bd; padding-%2$s: 6pt; margin: 0 0 8pt 0; }
                .provision-label { font-size: 8.5pt; color: #555555; }
                .entry { border-top: 0.5pt solid #9aa7bd; margin-top: 10pt; padding-top: 2pt; }
                .facts { font-size: 8.5pt; color: #333333; }
                .suspended { font-weight: bold; color: #8a1c1c; }
                blockquote { margin: 4pt 12pt; padding-%2$s: 6pt; border-%2$s: 1.5pt solid #bbbbbb; }
                ul, ol { margin: 0 0 5pt 0; padding-%2$s: 16pt; }
                u { text-decoration: underline; }
                strong { font-weight: bold; }
                em { font-style: italic; }
                .address { color: #1f3a63; }
                ins { text-decoration: underline; color: #0b6623; }
                del { text-decoration: line-through; color: #a4161a; }
                """.formatted(FONT_FAMILIES, start, end);
    }

    private void requireOpen() {
        if (heading == null) {
            throw new IllegalStateException("begin(...) first");
        }
        if (finished) {
            throw new IllegalStateException("The digest is finished");
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(directory)) {
            paths = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Path path : paths) {
            Files.deleteIfExists(path);
        }
    }
}
