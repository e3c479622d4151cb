package org.stakeholderportal.draft.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link DraftOutline} as an Akoma Ntoso 3.0 {@code act} or {@code bill}, for delegations and tools that
 * take the standard format. Identification (FRBR) metadata are placeholders under the portal's own URIs; eIds follow
 * the Akoma Ntoso naming convention and are derived from the anchors ({@code art-5-para-1} becomes
 * {@code art_5__para_1}), so an exported file read back by {@link AkomaNtosoImporter} gives the same outline.
 */
public class AkomaNtosoExporter {

    private static final Map<String, String> THREE_LETTER_LANGUAGES = Map.of("en", "eng", "fr", "fra", "es", "spa",
            "ar", "ara", "ru", "rus", "zh", "zho");
    /** Anchor words of groupings and the elements they are written as. */
    private static final Map<String, String> CONTAINER_ELEMENTS = Map.ofEntries(Map.entry("part", "part"),
            Map.entry("book", "book"), Map.entry("tome", "tome"), Map.entry("subpart", "subpart"),
            Map.entry("title", "title"), Map.entry("subtitle", "subtitle"), Map.entry("ch", "chapter"),
            Map.entry("subch", "subchapter"), Map.entry("sec", "section"), Map.entry("subsec", "subsection"),
            Map.entry("div", "division"), Map.entry("subdiv", "subdivision"), Map.entry("hc", "hcontainer"));
    private static final Map<String, String> EID_ABBREVIATIONS = Map.of("ch", "chp", "subch", "subchp");
    private static final String ANNEX_ANCHOR = "annex-";
    private static final String INDENT = "  ";

    private final Clock clock;

    public AkomaNtosoExporter() {
        this(Clock.systemUTC());
    }

    /** @param clock gives the date written in the FRBR metadata */
    public AkomaNtosoExporter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Writes the outline as an {@code act}, UTF-8. The stream is flushed, not closed. */
    public void write(DraftOutline outline, OutputStream out) throws IOException {
        write(outline, out, "act");
    }

    /**
     * Writes the outline as the given document type, UTF-8. The stream is flushed, not closed.
     *
     * @param documentType {@code "act"} or {@code "bill"}
     */
    public void write(DraftOutline outline, OutputStream out, String documentType) throws IOException {
        if (!"act".equals(documentType) && !"bill".equals(documentType)) {
            throw new IllegalArgumentException("documentType must be act or bill, not " + documentType);
        }
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(writer);
            new Writing(xml, outline, documentType, LocalDate.now(clock).toString()).document();
            xml.flush();
            writer.flush();
        } catch (XMLStreamException e) {
            throw new IOException("Could not write Akoma Ntoso: " + e.getMessage(), e);
        }
    }

    /** The state of one {@link #write} call. */
    private static final class Writing {

        private final XMLStreamWriter xml;
        private final DraftOutline outline;
        private final String documentType;
        private final String date;
        private int depth;

        Writing(XMLStreamWriter xml, DraftOutline outline, String documentType, String date) {
            this.xml = xml;
            this.outline = outline;
            this.documentType = documentType;
            this.date = date;
        }

        void document() throws XMLStreamException {
            xml.writeStartDocument("UTF-8", "1.0");
            newline();
            xml.setDefaultNamespace(AkomaNtosoImporter.NAMESPACE);
            start("akomaNtoso");
            xml.writeDefaultNamespace(AkomaNtosoImporter.NAMESPACE);
            start(documentType);
            xml.writeAttribute("name", "draft");
            meta();
            preface();
            OutlineNode preamble = null;
            for (OutlineNode node : outline.getNodes()) {
                if (node.getKind() == NodeKind.PREAMBLE && preamble == null) {
                    preamble = node;
                }
            }
            if (preamble != null) {
                preamble(preamble);
            }
            start("body");
            for (OutlineNode node : outline.getNodes()) {
                if (node != preamble && !node.getAnchor().startsWith(ANNEX_ANCHOR)) {
                    node(node, null, null);
                }
            }
            end();
            annexes();
            end();
            end();
            xml.writeEndDocument();
        }

        /** Annexes as attached documents, where the importer finds them again. */
        private void annexes() throws XMLStreamException {
            List<OutlineNode> annexes = outline.getNodes().stream()
                    .filter(node -> node.getAnchor().startsWith(ANNEX_ANCHOR)).toList();
            if (annexes.isEmpty()) {
                return;
            }
            start("attachments");
            for (OutlineNode annex : annexes) {
                String eId = "att_" + underscored(annex.getAnchor().substring(ANNEX_ANCHOR.length()));
                start("attachment");
                xml.writeAttribute("eId", eId);
                start("doc");
                xml.writeAttribute("name", "annex");
                start("meta");
                identification("/akn/un/doc/" + date + "/" + workName() + "-" + annex.getAnchor());
                end();
                start("preface");
                if (!annex.getNum().isEmpty()) {
                    start("p");
                    inline("docNumber", annex.getNum());
                    end();
                }
                if (!annex.getHeading().isEmpty()) {
                    start("p");
                    inline("docTitle", annex.getHeading());
                    end();
                }
                end();
                start("mainBody");
                if (!annex.getText().isEmpty() || annex.getChildren().isEmpty()) {
                    inline("p", annex.getText());
                }
                for (OutlineNode child : annex.getChildren()) {
                    node(child, annex, eId);
                }
                end();
                end();
                end();
            }
            end();
        }

        private void meta() throws XMLStreamException {
            start("meta");
            identification("/akn/un/" + documentType + "/" + date + "/" + workName());
            start("references");
            xml.writeAttribute("source", "#stakeholderPortal");
            empty("TLCOrganization", "eId", "secretariat", "href", "/ontology/organization/un/secretariat",
                    "showAs", "Secretariat");
            empty("TLCOrganization", "eId", "stakeholderPortal",
                    "href", "/ontology/organization/un/stakeholderPortal", "showAs", "Stakeholder Portal");
            end();
            end();
        }

        private void identification(String work) throws XMLStreamException {
            String language = outline.getLanguages().isEmpty() ? "en" : outline.getLanguages().get(0);
            String expression = work + "/" + threeLetter(language) + "@";
            start("identification");
            xml.writeAttribute("source", "#stakeholderPortal");
            start("FRBRWork");
            empty("FRBRthis", "value", work + "/!main");
            empty("FRBRuri", "value", work);
            empty("FRBRalias", "value", outline.getTitle(), "name", "title");
            empty("FRBRdate", "date", date, "name", "export");
            empty("FRBRauthor", "href", "#secretariat");
            empty("FRBRcountry", "value", "un");
            if (outline.getDocumentSymbol() != null) {
                empty("FRBRnumber", "value", outline.getDocumentSymbol());
            }
            end();
            start("FRBRExpression");
            empty("FRBRthis", "value", expression + "/!main");
            empty("FRBRuri", "value", expression);
            empty("FRBRdate", "date", date, "name", "export");
            empty("FRBRauthor", "href", "#secretariat");
            for (String code : outline.getLanguages().isEmpty() ? List.of("en") : outline.getLanguages()) {
                empty("FRBRlanguage", "language", threeLetter(code));
            }
            end();
            start("FRBRManifestation");
            empty("FRBRthis", "value", expression + "/!main.xml");
            empty("FRBRuri", "value", expression + ".akn");
            empty("FRBRdate", "date", date, "name", "export");
            empty("FRBRauthor", "href", "#stakeholderPortal");
            end();
            end();
        }

        private String workName() {
            String symbol = outline.getDocumentSymbol();
            String named = symbol == null ? outline.getTitle() : symbol;
            String slug = ProvisionNumber.asciiSlug(ProvisionNumber.folded(named));
            return slug.isEmpty() ? "draft" : slug;
        }

        private void preface() throws XMLStreamException {
            start("preface");
            start("p");
            xml.writeAttribute("class", "title");
            inline("docTitle", outline.getTitle());
            end();
            if (outline.getDocumentSymbol() != null) {
                start("p");
                xml.writeAttribute("class", "number");
                inline("docNumber", outline.getDocumentSymbol());
                end();
            }
            end();
        }

        private void preamble(OutlineNode preamble) throws XMLStreamException {
            start("preamble");
            xml.writeAttribute("eId", "preamble");
            if (!preamble.getText().isEmpty() || preamble.getChildren().isEmpty()) {
                inline("p", preamble.getText());
            }
            if (!preamble.getChildren().isEmpty()) {
                start("recitals");
                for (OutlineNode recital : preamble.getChildren()) {
                    start("recital");
                    xml.writeAttribute("eId", "preamble__" + underscored(ownPart(recital.getAnchor(), "preamble")));
                    numAndHeading(recital);
                    inline("p", recital.getFullText());
                    end();
                }
                end();
            }
            end();
        }

        private void node(OutlineNode node, OutlineNode parent, String parentEid) throws XMLStreamException {
            String eId;
            String element;
            switch (node.getKind()) {
                case ARTICLE -> {
                    element = "article";
                    eId = "art_" + underscored(node.getAnchor().substring("art-".length()));
                }
                case PARAGRAPH, SUBPARAGRAPH -> {
                    element = node.getKind() == NodeKind.PARAGRAPH ? "paragraph" : "subparagraph";
                    String own = parent == null ? node.getAnchor() : ownPart(node.getAnchor(), parent.getAnchor());
                    String abbreviation = node.getKind() == NodeKind.PARAGRAPH ? "" : own.startsWith("sub-")
                            ? "subpara_" : "point_";
                    own = own.startsWith("sub-") ? own.substring("sub-".length()) : own;
                    eId = (parentEid == null ? "" : parentEid + "__") + abbreviation + underscored(own);
                }
                case PREAMBLE -> {
                    element = "hcontainer";
                    eId = "hcontainer_" + underscored(node.getAnchor());
                }
                default -> {
                    int hyphen = node.getAnchor().indexOf('-');
                    String label = hyphen < 0 ? node.getAnchor() : node.getAnchor().substring(0, hyphen);
                    element = CONTAINER_ELEMENTS.getOrDefault(label, "section");
                    eId = EID_ABBREVIATIONS.getOrDefault(label, label) + "_"
                            + underscored(hyphen < 0 ? "1" : node.getAnchor().substring(hyphen + 1));
                }
            }
            start(element);
            xml.writeAttribute("eId", eId);
            if (element.equals("hcontainer")) {
                xml.writeAttribute("name", node.getKind() == NodeKind.PREAMBLE ? "preamble" : "group");
            }
            numAndHeading(node);
            if (node.getChildren().isEmpty()) {
                start("content");
                inline("p", node.getText());
                end();
            } else {
                if (!node.getText().isEmpty()) {
                    start("intro");
                    inline("p", node.getText());
                    end();
                }
                for (OutlineNode child : node.getChildren()) {
                    node(child, node, eId);
                }
            }
            end();
        }

        private void numAndHeading(OutlineNode node) throws XMLStreamException {
            if (!node.getNum().isEmpty()) {
                inline("num", node.getNum());
            }
            if (!node.getHeading().isEmpty()) {
                inline("heading", node.getHeading());
            }
        }

        private static String ownPart(String anchor, String parentAnchor) {
            return anchor.startsWith(parentAnchor + "-") ? anchor.substring(parentAnchor.length() + 1) : anchor;
        }

        private static String underscored(String anchorPart) {
            return anchorPart.replace('-', '_');
        }

        private static String threeLetter(String code) {
            return THREE_LETTER_LANGUAGES.getOrDefault(code.toLowerCase(Locale.ROOT), code);
        }

        private void start(String element) throws XMLStreamException {
            newline();
            xml.writeStartElement(AkomaNtosoImporter.NAMESPACE, element);
            depth++;
        }

        private void end() throws XMLStreamException {
            depth--;
            newline();
            xml.writeEndElement();
        }

        private void empty(String element, String... attributes) throws XMLStreamException {
            newline();
            xml.writeEmptyElement(AkomaNtosoImporter.NAMESPACE, element);
            for (int i = 0; i + 1 < attributes.length; i += 2) {
                xml.writeAttribute(attributes[i], attributes[i + 1]);
            }
        }

        /** An element holding only text, on one line. */
        private void inline(String element, String text) throws XMLStreamException {
            newline();
            xml.writeStartElement(AkomaNtosoImporter.NAMESPACE, element);
            xml.writeCharacters(text);
            xml.writeEndElement();
        }

        private void newline() throws XMLStreamException {
            xml.writeCharacters("\n" + INDENT.repeat(Math.max(depth, 0)));
        }
    }
}
