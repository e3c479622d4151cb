package org.stakeholderportal.draft.control;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a draft from an Akoma Ntoso 3.0 file into a {@link DraftOutline}, or refuses the whole file with a
 * {@link DraftImportException} that names the construct and where it is. Never imports half a file.
 * <p>
 * What it takes:
 * <ul>
 * <li>the 3.0 namespace bound as default or to any prefix; pre-release 3.0 namespaces ({@code …/akn/3.0/CSD06})
 * with a notice; 1.0/2.0 namespaces and foreign roots are refused. Foreign elements and attributes are ignored.</li>
 * <li>{@code act}, {@code bill}, {@code doc}, {@code amendment} and {@code documentCollection} (whose components'
 * provisions are taken in order, whether written inline or referenced from the collection body and carried in the
 * file's {@code components}), with {@code body}, {@code mainBody} or {@code amendmentBody}; annexes
 * ({@code attachments}) follow the body as {@link NodeKind#SECTION}s titled with the annex heading, and so do
 * schedules written in the body as {@code hcontainer name="schedule"}.</li>
 * <li>articles as the commentable provisions; in a document with no article anywhere, numbered {@code section}s
 * (and {@code rule}s) are, as in common-law acts; failing both, {@code hcontainer}s named as provisions
 * ({@code name="regulation"}, as UK statutory instruments write them). Elements marked {@code status="editorial"}
 * are never provisions. Everything below them becomes paragraphs and subparagraphs; a
 * list's lead-in and closing words become unnumbered subparagraphs; an {@code intro}, {@code content} or
 * {@code wrapUp} of the provision itself is its text.</li>
 * <li>text with footnotes ({@code authorialNote}) and deletions ({@code del}) left out, insertions kept, tables
 * flattened cell by cell, and quoted law ({@code mod/quotedStructure}, {@code quotedText}) kept in quotes as text,
 * never as provisions of the draft.</li>
 * </ul>
 * Anchors are derived from the structure, never from eId or xml:id: {@code art-5}, {@code art-40-bis},
 * {@code art-5-para-1}, {@code art-5-para-3-a}, {@code art-5-para-2-sub-1} for an unnumbered node (its position),
 * {@code ch-iv}, {@code annex-i}, {@code preamble-rec-2}; ASCII only; a repeated anchor gets {@code -2}, {@code -3}.
 * <p>
 * Thread-safe: each call keeps its state to itself.
 */
public class AkomaNtosoImporter {

    /** The Akoma Ntoso 3.0 namespace, as published by OASIS. */
    public static final String NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    private static final String LEGACY_NAMESPACE_START = "http://www.akomantoso.org/";

    private static final Set<String> DOCUMENT_TYPES = Set.of("act", "bill", "doc", "amendment",
            "documentCollection", "amendmentList", "officialGazette", "statement", "portion", "judgment", "debate",
            "debateReport");
    private static final List<String> BODIES = List.of("body", "mainBody", "amendmentBody", "judgmentBody",
            "debateBody", "portionBody");
    /** How a grouping element is kept: its kind and the word its anchors start with. */
    private record Grouping(NodeKind kind, String anchorWord) {
    }

    private static final Grouping UNNAMED_GROUPING = new Grouping(NodeKind.SECTION, "hc");
    /**
     * Generic containers named as an annex ({@code hcontainer name="schedule"}, as UK acts write their schedules in
     * the body): kept as groupings even when they hold only text or a table, since they are part of the draft.
     */
    private static final Map<String, Grouping> NAMED_ANNEXES = Map.of(
            "schedules", new Grouping(NodeKind.SECTION, "scheds"),
            "schedule", new Grouping(NodeKind.SECTION, "sched"),
            "annex", new Grouping(NodeKind.SECTION, "annex"),
            "appendix", new Grouping(NodeKind.SECTION, "app"));
    /**
     * Names given to an {@code hcontainer} that is the provision itself, as UK statutory instruments write their
     * regulations ({@code hcontainer name="regulation"}) where the standard would have articles.
     */
    private static final Set<String> PROVISION_CONTAINER_NAMES = Set.of("regulation", "article", "rule", "section");

    /**
     * Which elements are the commentable provisions of a body: articles when there are any; otherwise numbered
     * sections and rules (common-law acts); otherwise provisions written as named {@code hcontainer}s.
     */
    private enum ProvisionStyle {
        ARTICLES, SECTIONS, NAMED_CONTAINERS;

        static ProvisionStyle of(XmlElement body) {
            for (ProvisionStyle style : values()) {
                if (Reading.containsOutsideQuotes(body, style)) {
                    return style;
                }
            }
            return SECTIONS;
        }

        boolean isProvision(XmlElement element) {
            if (element.attribute("status").equals("editorial")) {
                // An editor's insertion (a page reference in a printed statute) is not a provision of the text.
                return false;
            }
            return switch (this) {
                case ARTICLES -> element.name.equals("article");
                case SECTIONS -> element.name.equals("section") || element.name.equals("rule");
                case NAMED_CONTAINERS -> element.name.equals("hcontainer")
                        && PROVISION_CONTAINER_NAMES.contains(element.attribute("name").toLowerCase(Locale.ROOT));
            };
        }
    }
    /** Groupings above the provision. */
    private static final Map<String, Grouping> CONTAINERS = Map.ofEntries(
            Map.entry("book", new Grouping(NodeKind.PART, "book")),
            Map.entry("tome", new Grouping(NodeKind.PART, "tome")),
            Map.entry("part", new Grouping(NodeKind.PART, "part")),
            Map.entry("subpart", new Grouping(NodeKind.PART, "subpart")),
            Map.entry("title", new Grouping(NodeKind.PART, "title")),
            Map.entry("subtitle", new Grouping(NodeKind.PART, "subtitle")),
            Map.entry("chapter", new Grouping(NodeKind.CHAPTER, "ch")),
            Map.entry("subchapter", new Grouping(NodeKind.CHAPTER, "subch")),
            Map.entry("section", new Grouping(NodeKind.SECTION, "sec")),
            Map.entry("subsection", new Grouping(NodeKind.SECTION, "subsec")),
            Map.entry("division", new Grouping(NodeKind.SECTION, "div")),
            Map.entry("subdivision", new Grouping(NodeKind.SECTION, "subdiv")));
    /** Hierarchical elements below a provision. */
    private static final Set<String> BELOW_PROVISION = Set.of("paragraph", "subparagraph", "alinea", "point",
            "clause", "subclause", "item", "indent", "subrule", "proviso", "subsection", "level", "hcontainer",
            "transitional", "article", "section", "rule");
    private static final Set<String> GENERIC_CONTAINERS = Set.of("hcontainer", "level", "container");
    private static final Set<String> LISTS = Set.of("list", "blockList");
    private static final Set<String> LIST_WORDS = Set.of("intro", "listIntroduction", "wrapUp", "listWrapUp");
    private static final Set<String> QUOTED_STRUCTURES = Set.of("quotedStructure", "embeddedStructure");
    private static final Set<String> LEFT_OUT = Set.of("authorialNote", "del", "noteRef", "meta", "img", "marker",
            "popup", "componentRef", "documentRef");
    private static final Set<String> LINE_BREAKS = Set.of("eol", "eop", "br");
    /** Elements whose boundaries separate words; every other element is inline and joins text as it stands. */
    private static final Set<String> BLOCKS = Set.of("p", "blockContainer", "tblock", "container", "ul", "ol", "li",
            "table", "tr", "td", "th", "caption", "blockList", "list", "item", "listIntroduction", "listWrapUp",
            "intro", "wrapUp", "num", "heading", "subheading", "content", "citation", "citations", "recital",
            "recitals", "formula", "longTitle", "toc", "tocItem", "crossHeading", "hcontainer", "paragraph",
            "subparagraph", "alinea", "point", "clause", "article", "section", "rule", "indent", "level",
            "quotedStructure", "embeddedStructure", "component", "attachment");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B]+");
    private static final String QUOTE_CHARACTERS = "\"'“”„‘’«»‹›「」『』";

    /** Language codes written as ISO 639-2 (or a country code) that are safely two-letter codes. */
    private static final Map<String, String> LANGUAGE_CODES = Map.ofEntries(
            Map.entry("eng", "en"), Map.entry("fra", "fr"), Map.entry("fre", "fr"), Map.entry("spa", "es"),
            Map.entry("esp", "es"),
            Map.entry("ara", "ar"), Map.entry("rus", "ru"), Map.entry("zho", "zh"), Map.entry("chi", "zh"),
            Map.entry("ita", "it"), Map.entry("deu", "de"), Map.entry("ger", "de"), Map.entry("por", "pt"),
            Map.entry("nld", "nl"), Map.entry("dut", "nl"), Map.entry("ell", "el"), Map.entry("gre", "el"),
            Map.entry("gr", "el"), Map.entry("swa", "sw"), Map.entry("afr", "af"), Map.entry("zul", "zu"));

    /**
     * Reads one file.
     *
     * @param fileName used as the title when the file has none, and in messages
     * @throws DraftImportException when any part of the file cannot be taken
     */
    public DraftOutline read(InputStream in, String fileName) throws DraftImportException {
        List<ImportNotice> notices = new ArrayList<>();
        XmlElement root = HardenedXmlReader.read(in, (namespace, localName, location) ->
                checkRoot(namespace, localName, location, notices));
        return new Reading(fileName, notices).outline(root);
    }

    private static void checkRoot(String namespace, String localName, String location, List<ImportNotice> notices)
            throws DraftImportException {
        if (namespace.startsWith(LEGACY_NAMESPACE_START)) {
            throw new DraftImportException("import.xml.namespace.legacy", location, namespace);
        }
        if (namespace.startsWith(NAMESPACE + "/")) {
            notices.add(new ImportNotice("notice.namespace.prerelease",
                    namespace.substring(NAMESPACE.length() + 1), namespace));
        } else if (!namespace.equals(NAMESPACE)) {
            throw new DraftImportException("import.xml.namespace.foreign", location,
                    namespace.isEmpty() ? "(none)" : namespace, localName);
        }
        if (!localName.equals("akomaNtoso")) {
            throw new DraftImportException("import.xml.root", location, localName);
        }
    }

    /** "eng", "en-GB" and "EN" all become "en"; a code that is not well known is kept in lower case. */
    static String languageCode(String written) {
        String code = written == null ? "" : written.strip().toLowerCase(Locale.ROOT);
        int subtag = code.indexOf('-') >= 0 ? code.indexOf('-') : code.indexOf('_');
        if (subtag > 0) {
            code = code.substring(0, subtag);
        }
        return LANGUAGE_CODES.getOrDefault(code, code);
    }

    static String normalised(CharSequence text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /** The state of one {@link #read} call. */
    private static final class Reading {

        private final String fileName;
        private final List<ImportNotice> notices;
        private final Set<String> languages = new LinkedHashSet<>();
        private int unnumberedArticles;
        private int firstUnnumberedLine;
        private int looseTexts;
        private int firstLooseLine;
        /** Text met in the main body outside any provision or grouping: reported, with where it first is. */
        private final StringBuilder looseText = new StringBuilder();
        /** Components written at the end of the file ({@code akomaNtoso/components}), found by reference. */
        private final List<XmlElement> sharedComponents = new ArrayList<>();
        /** Components already read, so that one referenced and also listed as an annex is read once. */
        private final Set<XmlElement> componentsRead = Collections.newSetFromMap(new IdentityHashMap<>());
        /** The first component referenced but not in the file, to name it if nothing else can be imported. */
        private String firstMissingComponent;

        Reading(String fileName, List<ImportNotice> notices) {
            this.fileName = fileName == null || fileName.isBlank() ? "draft" : fileName;
            this.notices = notices;
        }

        DraftOutline outline(XmlElement root) throws DraftImportException {
            XmlElement document = null;
            for (XmlElement child : root.elements()) {
                if (DOCUMENT_TYPES.contains(child.name)) {
                    document = child;
                    break;
                }
            }
            if (document == null) {
                throw new DraftImportException("import.xml.nobody", "line " + root.line, "akomaNtoso", root.line);
            }
            XmlElement components = root.child("components");
            if (components != null) {
                sharedComponents.addAll(components.elements("component"));
            }
            List<ProvisionDraft> drafts = document(document, looseText);
            if (!containsArticle(drafts)) {
                if (firstMissingComponent != null) {
                    throw new DraftImportException("import.xml.componentsNotIncluded", null, fileName,
                            firstMissingComponent);
                }
                throw new DraftImportException("import.xml.noprovisions", null, fileName);
            }
            addNotices(root);
            String title = title(document);
            return new DraftOutline(title == null ? fileName : title, symbol(document), new ArrayList<>(languages),
                    notices, new OutlineAssembler().assemble(drafts));
        }

        private void addNotices(XmlElement root) {
            if (unnumberedArticles > 0) {
                notices.add(new ImportNotice("notice.article.unnumbered", unnumberedArticles, firstUnnumberedLine));
            }
            if (looseTexts > 0) {
                notices.add(new ImportNotice("notice.text.outsideProvision", looseTexts, firstLooseLine));
            }
            List<String> repeated = new ArrayList<>();
            collectRepeatedIdentifiers(root, repeated);
            if (!repeated.isEmpty()) {
                notices.add(new ImportNotice("notice.eId.duplicate", repeated.size(), repeated.get(0)));
            }
        }

        /**
         * The provisions of one document: preamble, body, then annexes. Text straight in the body, outside any
         * provision or grouping, is appended to {@code bodyText}: an annex's introduction, or in the main document
         * something the importer reports.
         */
        private List<ProvisionDraft> document(XmlElement document, StringBuilder bodyText)
                throws DraftImportException {
            collectLanguages(document);
            List<ProvisionDraft> drafts = new ArrayList<>();
            ProvisionDraft preamble = preamble(document);
            if (preamble != null) {
                drafts.add(preamble);
            }
            if (document.name.equals("documentCollection")) {
                XmlElement collectionBody = document.child("collectionBody");
                if (collectionBody == null) {
                    throw new DraftImportException("import.xml.nobody", "line " + document.line, document.name,
                            document.line);
                }
                for (XmlElement component : collectionBody.elements()) {
                    components(component, drafts, bodyText);
                }
                // Components the collection body does not reference are still part of the file: never lose them.
                for (XmlElement component : sharedComponents) {
                    if (!componentsRead.contains(component)) {
                        components(component, drafts, bodyText);
                    }
                }
            } else {
                XmlElement body = body(document);
                if (body == null) {
                    throw new DraftImportException("import.xml.nobody", "line " + document.line, document.name,
                            document.line);
                }
                ProvisionStyle style = ProvisionStyle.of(body);
                List<ProvisionDraft> bodyDrafts = new ArrayList<>();
                walkGroupings(body, bodyDrafts, style, bodyText);
                refuseRepeatedArticles(bodyDrafts, new LinkedHashMap<>());
                drafts.addAll(bodyDrafts);
            }
            annexes(document, drafts);
            return drafts;
        }

        private void components(XmlElement component, List<ProvisionDraft> drafts, StringBuilder bodyText)
                throws DraftImportException {
            componentsRead.add(component);
            if (DOCUMENT_TYPES.contains(component.name)) {
                drafts.addAll(document(component, bodyText));
                return;
            }
            for (XmlElement inner : component.elements()) {
                if (DOCUMENT_TYPES.contains(inner.name)) {
                    drafts.addAll(document(inner, bodyText));
                } else if (inner.name.equals("documentRef")) {
                    XmlElement referenced = referencedComponent(inner.attribute("href"));
                    if (referenced != null) {
                        components(referenced, drafts, bodyText);
                    } else {
                        notices.add(new ImportNotice("notice.component.notIncluded", reference(inner)));
                        firstMissingComponent = firstMissingComponent == null ? reference(inner)
                                : firstMissingComponent;
                    }
                }
            }
        }

        /**
         * The component a collection's {@code documentRef} points to when the file carries it further down, in
         * {@code akomaNtoso/components} (as EU proposals and Uruguayan bills do): by its identifier ({@code #cmp_1})
         * or by its FRBR address. Null when the file does not include it.
         */
        private XmlElement referencedComponent(String href) {
            if (href.isEmpty()) {
                return null;
            }
            for (XmlElement component : sharedComponents) {
                if (!componentsRead.contains(component) && isReferencedBy(component, href)) {
                    return component;
                }
            }
            return null;
        }

        private static boolean isReferencedBy(XmlElement component, String href) {
            XmlElement document = DOCUMENT_TYPES.contains(component.name) ? component : null;
            for (XmlElement inner : component.elements()) {
                if (document == null && DOCUMENT_TYPES.contains(inner.name)) {
                    document = inner;
                }
            }
            if (href.startsWith("#")) {
                String id = href.substring(1);
                return hasIdentifier(component, id) || (document != null && hasIdentifier(document, id));
            }
            if (document == null) {
                return false;
            }
            XmlElement identification = document.path("meta", "identification");
            if (identification == null) {
                return false;
            }
            String wanted = withoutManifestationSuffix(href);
            for (XmlElement level : identification.elements()) {
                for (XmlElement address : level.elements()) {
                    if ((address.name.equals("FRBRthis") || address.name.equals("FRBRuri"))
                            && !address.attribute("value").isEmpty()
                            && withoutManifestationSuffix(address.attribute("value")).equals(wanted)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static boolean hasIdentifier(XmlElement element, String id) {
            for (String attribute : List.of("eId", "wId", "GUID", "id")) {
                if (element.attribute(attribute).equals(id)) {
                    return true;
                }
            }
            return false;
        }

        /** "/akn/…/bill", "/akn/…/bill/!main" and "/akn/…/bill.akn" name the same document. */
        private static String withoutManifestationSuffix(String address) {
            String stripped = address.strip();
            boolean changed = true;
            while (changed) {
                changed = false;
                for (String suffix : List.of(".xml", ".akn", "/!main", "/main", "/")) {
                    if (stripped.endsWith(suffix) && stripped.length() > suffix.length()) {
                        stripped = stripped.substring(0, stripped.length() - suffix.length());
                        changed = true;
                    }
                }
            }
            return stripped;
        }

        private void annexes(XmlElement document, List<ProvisionDraft> drafts) throws DraftImportException {
            for (XmlElement wrapper : document.elements()) {
                if (!wrapper.name.equals("attachments") && !wrapper.name.equals("components")) {
                    continue;
                }
                for (XmlElement attachment : wrapper.elements()) {
                    if (componentsRead.contains(attachment)) {
                        continue;
                    }
                    if (attachment.name.equals("documentRef")) {
                        notices.add(new ImportNotice("notice.annex.notIncluded", reference(attachment)));
                        continue;
                    }
                    XmlElement annexDocument = DOCUMENT_TYPES.contains(attachment.name) ? attachment : null;
                    for (XmlElement inner : attachment.elements()) {
                        if (annexDocument == null && DOCUMENT_TYPES.contains(inner.name)) {
                            annexDocument = inner;
                        } else if (inner.name.equals("documentRef")) {
                            notices.add(new ImportNotice("notice.annex.notIncluded", reference(inner)));
                        }
                    }
                    if (annexDocument != null) {
                        drafts.add(annex(annexDocument, attachment));
                    }
                }
            }
        }

        private ProvisionDraft annex(XmlElement annexDocument, XmlElement attachment) throws DraftImportException {
            String num = prefaceText(annexDocument, "docNumber");
            String heading = prefaceText(annexDocument, "docTitle");
            if (heading.isEmpty()) {
                heading = prefaceText(annexDocument, "shortTitle");
            }
            if (heading.isEmpty()) {
                heading = !attachment.attribute("showAs").isEmpty() ? attachment.attribute("showAs")
                        : annexDocument.attribute("name");
            }
            ProvisionDraft annex = new ProvisionDraft(NodeKind.SECTION, num, heading, "annex", annexDocument.line);
            StringBuilder introduction = new StringBuilder();
            annex.children.addAll(document(annexDocument, introduction));
            annex.text = normalised(introduction);
            return annex;
        }

        private static String reference(XmlElement documentRef) {
            String showAs = documentRef.attribute("showAs");
            return showAs.isEmpty() ? documentRef.attribute("href") : showAs;
        }

        private static XmlElement body(XmlElement document) {
            for (String name : BODIES) {
                XmlElement body = document.child(name);
                if (body != null) {
                    return body;
                }
            }
            return null;
        }

        private ProvisionDraft preamble(XmlElement document) {
            XmlElement preamble = document.child("preamble");
            if (preamble == null) {
                return null;
            }
            ProvisionDraft draft = new ProvisionDraft(NodeKind.PREAMBLE, "", "", null, preamble.line);
            StringBuilder text = new StringBuilder();
            for (Object item : preamble.content) {
                if (item instanceof XmlElement && ((XmlElement) item).name.equals("recitals")) {
                    for (Object recitalsItem : ((XmlElement) item).content) {
                        if (recitalsItem instanceof XmlElement
                                && ((XmlElement) recitalsItem).name.equals("recital")) {
                            XmlElement recital = (XmlElement) recitalsItem;
                            ProvisionDraft recitalDraft = new ProvisionDraft(NodeKind.SUBPARAGRAPH, num(recital),
                                    heading(recital), "rec", recital.line);
                            StringBuilder recitalText = new StringBuilder();
                            below(recital, recitalDraft, 2, recitalText);
                            recitalDraft.text = normalised(recitalText);
                            draft.children.add(recitalDraft);
                        } else {
                            appendText(recitalsItem, text, null, 0);
                        }
                    }
                } else {
                    appendText(item, text, null, 0);
                }
            }
            draft.text = normalised(text);
            return draft.text.isEmpty() && draft.children.isEmpty() ? null : draft;
        }

        /**
         * Walks the levels above the provisions. Text found here belongs to the grouping (an annex's introduction),
         * or, straight in the body, to nothing: it is counted for a notice rather than dropped unseen.
         */
        private void walkGroupings(XmlElement element, List<ProvisionDraft> out, ProvisionStyle style,
                                   StringBuilder groupingText) {
            for (Object item : element.content) {
                if (!(item instanceof XmlElement)) {
                    keepGroupingText(item, groupingText, element.line);
                    continue;
                }
                XmlElement child = (XmlElement) item;
                String name = child.name;
                if (name.equals("num") || name.equals("heading") || name.equals("subheading")) {
                    continue;
                }
                if (style.isProvision(child)) {
                    out.add(provision(child));
                } else if (child.attribute("status").equals("editorial")) {
                    // Not the text's own words; reported with the other text outside provisions.
                    keepGroupingText(child, groupingText, child.line);
                } else if (CONTAINERS.containsKey(name) || isGenericGrouping(child, style)) {
                    Grouping kept = CONTAINERS.getOrDefault(name,
                            NAMED_ANNEXES.getOrDefault(annexName(child), UNNAMED_GROUPING));
                    ProvisionDraft grouping = new ProvisionDraft(kept.kind(), num(child), heading(child),
                            kept.anchorWord(), child.line);
                    StringBuilder text = new StringBuilder();
                    walkGroupings(child, grouping.children, style, text);
                    grouping.text = normalised(text);
                    out.add(grouping);
                } else if (BELOW_PROVISION.contains(name) && !GENERIC_CONTAINERS.contains(name)) {
                    // Numbered paragraphs straight in an annex or a grouping, outside any article.
                    out.add(belowProvision(child, NodeKind.PARAGRAPH, 2));
                } else if (containsOutsideQuotes(child, style)) {
                    // A wrapper the importer does not know (amendmentContent): never lose what it holds.
                    walkGroupings(child, out, style, groupingText);
                } else {
                    keepGroupingText(child, groupingText, child.line);
                }
            }
        }

        /**
         * Appends text met above the provisions to the grouping's text; when that is the main body's, where the text
         * belongs to nothing, counts the place and remembers the first line, so the notice points at it.
         */
        private void keepGroupingText(Object item, StringBuilder groupingText, int line) {
            int start = groupingText.length();
            appendText(item, groupingText, null, 0);
            if (groupingText == looseText
                    && !normalised(groupingText.subSequence(start, groupingText.length())).isEmpty()) {
                looseTexts++;
                firstLooseLine = firstLooseLine == 0 ? line : firstLooseLine;
            }
        }

        /**
         * An {@code hcontainer} (or {@code level}, {@code container}) above the provisions is kept as a grouping when
         * it holds provisions or numbered paragraphs, or is named as an annex: UK acts put their schedules in the
         * body this way, and reading them as loose text would drop whole schedules.
         */
        private static boolean isGenericGrouping(XmlElement element, ProvisionStyle style) {
            if (!GENERIC_CONTAINERS.contains(element.name)) {
                return false;
            }
            return NAMED_ANNEXES.containsKey(annexName(element)) || containsOutsideQuotes(element, style)
                    || containsNumberedHierarchy(element);
        }

        private static String annexName(XmlElement element) {
            return GENERIC_CONTAINERS.contains(element.name) ? element.attribute("name").toLowerCase(Locale.ROOT) : "";
        }

        /** True when a paragraph, point or similar numbered unit sits inside, outside quoted law. */
        private static boolean containsNumberedHierarchy(XmlElement element) {
            for (XmlElement child : element.elements()) {
                if (QUOTED_STRUCTURES.contains(child.name)) {
                    continue;
                }
                if ((BELOW_PROVISION.contains(child.name) && !GENERIC_CONTAINERS.contains(child.name))
                        || containsNumberedHierarchy(child)) {
                    return true;
                }
            }
            return false;
        }

        private ProvisionDraft provision(XmlElement element) {
            ProvisionDraft article = new ProvisionDraft(NodeKind.ARTICLE, num(element), heading(element), null,
                    element.line);
            if (article.num.isEmpty()) {
                unnumberedArticles++;
                firstUnnumberedLine = firstUnnumberedLine == 0 ? element.line : firstUnnumberedLine;
            }
            StringBuilder text = new StringBuilder();
            below(element, article, 1, text);
            article.text = normalised(text);
            return article;
        }

        private ProvisionDraft belowProvision(XmlElement element, NodeKind kind, int depth) {
            ProvisionDraft draft = new ProvisionDraft(kind, num(element), heading(element), null, element.line);
            StringBuilder text = new StringBuilder();
            below(element, draft, depth + 1, text);
            draft.text = normalised(text);
            return draft;
        }

        /**
         * Reads what is inside a provision or one of its parts. {@code depth} is 1 for the provision's own children:
         * only there is a {@code paragraph} (or common-law {@code subsection}) a {@link NodeKind#PARAGRAPH}.
         */
        private void below(XmlElement element, ProvisionDraft owner, int depth, StringBuilder text) {
            for (Object item : element.content) {
                if (!(item instanceof XmlElement)) {
                    text.append((String) item);
                    continue;
                }
                XmlElement child = (XmlElement) item;
                String name = child.name;
                if (name.equals("num") || name.equals("heading") || name.equals("subheading")) {
                    continue;
                }
                if (LISTS.contains(name)) {
                    listItems(child, owner, depth, text);
                } else if (BELOW_PROVISION.contains(name)) {
                    boolean paragraph = depth == 1 && (name.equals("paragraph") || name.equals("subsection"));
                    owner.children.add(belowProvision(child,
                            paragraph ? NodeKind.PARAGRAPH : NodeKind.SUBPARAGRAPH, depth));
                } else {
                    appendText(child, text, owner, depth);
                }
            }
        }

        private void listItems(XmlElement list, ProvisionDraft owner, int depth, StringBuilder ownerText) {
            for (Object item : list.content) {
                if (!(item instanceof XmlElement)) {
                    ownerText.append((String) item);
                    continue;
                }
                XmlElement child = (XmlElement) item;
                if (child.name.equals("num") || child.name.equals("heading")) {
                    continue;
                }
                if (LIST_WORDS.contains(child.name)) {
                    StringBuilder words = new StringBuilder();
                    appendText(child, words, null, 0);
                    if (!normalised(words).isEmpty()) {
                        ProvisionDraft draft = new ProvisionDraft(NodeKind.SUBPARAGRAPH, "", "", null, child.line);
                        draft.text = normalised(words);
                        owner.children.add(draft);
                    }
                } else {
                    owner.children.add(belowProvision(child, NodeKind.SUBPARAGRAPH, Math.max(depth, 2)));
                }
            }
        }

        /**
         * Appends the plain text of a node. With an {@code owner}, lists met inside content become its children;
         * without one (quoted law, headings) everything is flattened to text.
         */
        private void appendText(Object item, StringBuilder text, ProvisionDraft owner, int depth) {
            if (!(item instanceof XmlElement)) {
                text.append((String) item);
                return;
            }
            XmlElement element = (XmlElement) item;
            String name = element.name;
            if (LEFT_OUT.contains(name)) {
                return;
            }
            if (LINE_BREAKS.contains(name)) {
                text.append(' ');
                return;
            }
            if (name.equals("quotedText") || QUOTED_STRUCTURES.contains(name)) {
                StringBuilder quoted = new StringBuilder();
                for (Object inner : element.content) {
                    appendText(inner, quoted, null, 0);
                }
                quote(element, normalised(quoted), text);
                return;
            }
            if (LISTS.contains(name) && owner != null) {
                text.append(' ');
                listItems(element, owner, depth + 1, text);
                return;
            }
            if (name.equals("table")) {
                table(element, text);
                return;
            }
            boolean block = BLOCKS.contains(name);
            if (block) {
                text.append(' ');
            }
            for (Object inner : element.content) {
                appendText(inner, text, owner, depth);
            }
            if (block) {
                text.append(' ');
            }
        }

        private static void quote(XmlElement element, String quoted, StringBuilder text) {
            boolean structure = QUOTED_STRUCTURES.contains(element.name);
            String start = element.attribute("startQuote");
            String end = element.attribute("endQuote");
            boolean alreadyQuoted = !quoted.isEmpty() && QUOTE_CHARACTERS.indexOf(quoted.charAt(0)) >= 0;
            if (start.isEmpty() && !alreadyQuoted) {
                start = "“";
            }
            if (end.isEmpty() && !alreadyQuoted) {
                end = "”";
            }
            text.append(structure ? " " : "").append(start).append(quoted).append(end).append(structure ? " " : "");
        }

        /** Cells joined by " | ", rows by " / ": readable as a line and still diffable word by word. */
        private void table(XmlElement table, StringBuilder text) {
            List<String> rows = new ArrayList<>();
            for (XmlElement part : table.elements()) {
                if (part.name.equals("tr")) {
                    List<String> cells = new ArrayList<>();
                    for (XmlElement cell : part.elements()) {
                        StringBuilder cellText = new StringBuilder();
                        appendText(cell, cellText, null, 0);
                        cells.add(normalised(cellText));
                    }
                    rows.add(String.join(" | ", cells));
                } else {
                    StringBuilder caption = new StringBuilder();
                    appendText(part, caption, null, 0);
                    if (!normalised(caption).isEmpty()) {
                        rows.add(normalised(caption));
                    }
                }
            }
            text.append(' ').append(String.join(" / ", rows)).append(' ');
        }

        private String num(XmlElement element) {
            List<String> nums = new ArrayList<>();
            for (XmlElement num : element.elements("num")) {
                String written = flatText(num);
                if (!written.isEmpty()) {
                    nums.add(written);
                }
            }
            return String.join(" ", nums);
        }

        private String heading(XmlElement element) {
            XmlElement heading = element.child("heading");
            String text = heading == null ? "" : flatText(heading);
            if (text.isEmpty() && element.child("subheading") != null) {
                text = flatText(element.child("subheading"));
            }
            return text;
        }

        private String flatText(XmlElement element) {
            StringBuilder text = new StringBuilder();
            for (Object item : element.content) {
                appendText(item, text, null, 0);
            }
            return normalised(text);
        }

        static boolean containsOutsideQuotes(XmlElement element, ProvisionStyle style) {
            for (XmlElement child : element.elements()) {
                if (QUOTED_STRUCTURES.contains(child.name)) {
                    continue;
                }
                if (style.isProvision(child) || containsOutsideQuotes(child, style)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean containsArticle(List<ProvisionDraft> drafts) {
            for (ProvisionDraft draft : drafts) {
                if (draft.kind == NodeKind.ARTICLE || containsArticle(draft.children)) {
                    return true;
                }
            }
            return false;
        }

        /** Two articles numbered alike in one body would be one anchor for two texts: refuse rather than guess. */
        private static void refuseRepeatedArticles(List<ProvisionDraft> drafts, Map<String, ProvisionDraft> seen)
                throws DraftImportException {
            for (ProvisionDraft draft : drafts) {
                if (draft.kind == NodeKind.ARTICLE) {
                    String key = ProvisionNumber.sortKey(draft.num, NodeKind.ARTICLE);
                    if (key.isEmpty()) {
                        key = draft.num.toLowerCase(Locale.ROOT);
                    }
                    if (key.isEmpty()) {
                        continue;
                    }
                    ProvisionDraft first = seen.putIfAbsent(key, draft);
                    if (first != null) {
                        throw new DraftImportException("import.xml.duplicateArticle", "line " + draft.line,
                                articleName(draft.num), first.line, draft.line);
                    }
                } else if (draft.kind.isContainer()) {
                    refuseRepeatedArticles(draft.children, seen);
                }
            }
        }

        /** "Article 5" for a number written "5." or "Article 5.", as a person would name it in a message. */
        static String articleName(String num) {
            String name = num.endsWith(".") ? num.substring(0, num.length() - 1).strip() : num;
            return !name.isEmpty() && Character.isLetter(name.codePointAt(0)) ? name : "Article " + name;
        }

        private void collectLanguages(XmlElement document) {
            XmlElement expression = document.path("meta", "identification", "FRBRExpression");
            if (expression == null) {
                return;
            }
            for (XmlElement language : expression.elements("FRBRlanguage")) {
                String code = languageCode(language.attribute("language"));
                if (!code.isEmpty()) {
                    languages.add(code);
                }
            }
        }

        private String title(XmlElement document) {
            for (String element : List.of("docTitle", "shortTitle", "longTitle")) {
                String title = prefaceText(document, element);
                if (!title.isEmpty()) {
                    return title;
                }
            }
            XmlElement work = document.path("meta", "identification", "FRBRWork");
            if (work != null) {
                for (String element : List.of("FRBRalias", "FRBRname")) {
                    for (XmlElement alias : work.elements(element)) {
                        if (!alias.attribute("value").isEmpty()) {
                            return alias.attribute("value");
                        }
                    }
                }
            }
            return null;
        }

        private String symbol(XmlElement document) {
            String docNumber = prefaceText(document, "docNumber");
            if (!docNumber.isEmpty()) {
                return docNumber;
            }
            XmlElement work = document.path("meta", "identification", "FRBRWork");
            if (work == null) {
                return null;
            }
            XmlElement number = work.child("FRBRnumber");
            if (number != null && !number.attribute("value").isEmpty()) {
                return number.attribute("value");
            }
            for (XmlElement alias : work.elements("FRBRalias")) {
                if (alias.attribute("name").toLowerCase(Locale.ROOT).contains("symbol")) {
                    return alias.attribute("value");
                }
            }
            return null;
        }

        /** Text of the first such element in the preface, or the cover page when there is no preface. */
        private String prefaceText(XmlElement document, String element) {
            for (String part : List.of("preface", "coverPage")) {
                XmlElement front = document.child(part);
                XmlElement found = front == null ? null : front.descendant(element);
                if (found != null) {
                    String text = flatText(found);
                    if (!text.isEmpty()) {
                        return text;
                    }
                }
            }
            return "";
        }

        /**
         * eIds repeated within one document. Each component or attachment is a document of its own, whose eIds
         * ({@code preface}, {@code art_1}, those of its metadata) rightly repeat those of the others.
         */
        private static void collectRepeatedIdentifiers(XmlElement document, List<String> repeated) {
            Map<String, Integer> eIds = new LinkedHashMap<>();
            countIdentifiers(document, eIds, repeated);
            eIds.forEach((eId, count) -> {
                if (count > 1) {
                    repeated.add(eId);
                }
            });
        }

        private static void countIdentifiers(XmlElement element, Map<String, Integer> eIds, List<String> repeated) {
            String eId = element.attribute("eId");
            if (!eId.isEmpty()) {
                eIds.merge(eId, 1, Integer::sum);
            }
            for (XmlElement child : element.elements()) {
                if (DOCUMENT_TYPES.contains(child.name)) {
                    collectRepeatedIdentifiers(child, repeated);
                } else {
                    countIdentifiers(child, eIds, repeated);
                }
            }
        }
    }
}
