package org.stakeholderportal.draft.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.stakeholderportal.audit.boundary.AuditTrail;
import org.stakeholderportal.draft.control.AkomaNtosoExporter;
import org.stakeholderportal.draft.control.AkomaNtosoImporter;
import org.stakeholderportal.draft.control.DraftImportException;
import org.stakeholderportal.draft.control.DraftOutline;
import org.stakeholderportal.draft.control.ImportNotice;
import org.stakeholderportal.draft.control.MarkdownOutlineImporter;
import org.stakeholderportal.draft.control.NodeKind;
import org.stakeholderportal.draft.control.OutlineNode;
import org.stakeholderportal.draft.control.ParagraphMapping;
import org.stakeholderportal.draft.control.ProvisionChange;
import org.stakeholderportal.draft.control.ProvisionCorrespondence;
import org.stakeholderportal.draft.control.WordDiff;
import org.stakeholderportal.draft.entity.ArticleText;
import org.stakeholderportal.draft.entity.Draft;
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.draft.entity.Provision;
import org.stakeholderportal.draft.entity.ProvisionRevision;
import org.stakeholderportal.draft.entity.TocEntry;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.platform.Roles;
import org.stakeholderportal.platform.control.PortalClock;

/**
 * Negotiation processes and their drafts: the secretariat creates processes and imports drafts (Akoma Ntoso
 * or a Markdown outline); everyone reads them, article by article, with what changed since the last revision.
 * An import is one transaction: a refused file leaves nothing behind.
 */
@Stateless
public class Drafts {

    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    private static final Pattern PROCESS_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,19}");
    private static final Set<NodeKind> TOC_KINDS = EnumSet.of(NodeKind.PREAMBLE, NodeKind.PART, NodeKind.CHAPTER,
            NodeKind.SECTION, NodeKind.ARTICLE);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PortalClock clock;

    @EJB
    AuditTrail audit;

    @Resource
    SessionContext context;

    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    public NegotiationProcess createProcess(String code, String name, String timeZone) {
        String normalisedCode = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!PROCESS_CODE.matcher(normalisedCode).matches()) {
            throw new Refusal("process.codeInvalid", code);
        }
        if (name == null || name.isBlank() || name.length() > 300) {
            throw new Refusal("process.nameInvalid");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone == null ? "" : timeZone.trim());
        } catch (DateTimeException e) {
            throw new Refusal("process.timeZoneUnknown", timeZone);
        }
        boolean taken = !em.createQuery("select p.id from NegotiationProcess p where p.code = :code", Long.class)
                .setParameter("code", normalisedCode).getResultList().isEmpty();
        if (taken) {
            throw new Refusal("process.codeTaken", normalisedCode);
        }
        NegotiationProcess process = new NegotiationProcess(normalisedCode, name.trim(), zone, clock.now());
        em.persist(process);
        em.flush();
        audit.record("process.created", "NegotiationProcess", process.getId(),
                "code=" + normalisedCode + "; name=" + process.getName() + "; timeZone=" + zone.getId());
        return process;
    }

    /**
     * Imports a draft file as a new draft of the process, optionally as the revision of an earlier draft,
     * whose provisions are then mapped to the new ones. Returns what was imported and the importer's notices.
     */
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    public DraftImport importDraft(long processId, Long predecessorId, String versionLabel, LocalDate draftDate,
            String fileName, byte[] content) {
        NegotiationProcess process = em.find(NegotiationProcess.class, processId);
        if (process == null) {
            throw new Refusal("process.unknown", processId);
        }
        Draft predecessor = null;
        if (predecessorId != null) {
            predecessor = em.find(Draft.class, predecessorId);
            if (predecessor == null || !predecessor.getProcess().getId().equals(process.getId())) {
                throw new Refusal("draft.predecessorUnknown", predecessorId);
            }
            Long successors = em.createQuery("select count(d) from Draft d where d.predecessor = :p", Long.class)
                    .setParameter("p", predecessor).getSingleResult();
            if (successors > 0) {
                throw new Refusal("draft.predecessorAlreadyRevised", predecessor.getVersionLabel());
            }
        }
        if (versionLabel == null || versionLabel.isBlank() || versionLabel.length() > 100) {
            throw new Refusal("draft.versionLabelInvalid");
        }
        if (draftDate == null) {
            throw new Refusal("draft.dateMissing");
        }
        if (content == null || content.length == 0) {
            throw new Refusal("draft.fileEmpty");
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new Refusal("draft.fileTooLarge", MAX_FILE_BYTES / (1024 * 1024));
        }
        String name = safeFileName(fileName);
        Draft.SourceFormat format = formatOf(name, content);
        DraftOutline outline = parse(format, name, content);
        if (outline.getDocumentSymbol() != null && outline.getDocumentSymbol().length() > 100) {
            throw new Refusal("draft.symbolTooLong");
        }
        String title = outline.getTitle() == null || outline.getTitle().isBlank() ? name : outline.getTitle();
        if (title.length() > 500) {
            title = title.substring(0, 499) + "…";
        }
        String languages = outline.getLanguages().isEmpty() ? "en" : String.join(",", outline.getLanguages());
        if (languages.length() > 100) {
            languages = languages.substring(0, 100);
        }
        Draft draft = new Draft(process, predecessor, outline.getDocumentSymbol(), title, versionLabel.trim(), draftDate,
                languages, format, name, outline.getArticles().size(), clock.now(), context.getCallerPrincipal().getName());
        em.persist(draft);
        em.flush();
        Map<String, Provision> byAnchor = new HashMap<>();
        persistTree(draft.getId(), outline.getNodes(), null, null, 0, new int[] {0}, byAnchor);
        if (predecessor != null) {
            mapRevision(predecessor, outline, byAnchor);
        }
        em.flush();
        audit.record("draft.imported", "Draft", draft.getId(), "process=" + process.getCode() + "; symbol="
                + draft.getDocumentSymbol() + "; label=" + draft.getVersionLabel() + "; file=" + name + "; format=" + format
                + "; articles=" + draft.getArticleCount() + "; predecessor=" + predecessorId);
        return new DraftImport(draft, outline.getNotices());
    }

    @PermitAll
    public List<NegotiationProcess> processes() {
        return em.createQuery("select p from NegotiationProcess p order by p.createdAt desc, p.id desc", NegotiationProcess.class)
                .getResultList();
    }

    @PermitAll
    public Optional<NegotiationProcess> process(long id) {
        return Optional.ofNullable(em.find(NegotiationProcess.class, id));
    }

    @PermitAll
    public List<Draft> drafts(long processId) {
        return em.createQuery("select d from Draft d join fetch d.process where d.process.id = :p order by d.id desc", Draft.class)
                .setParameter("p", processId).getResultList();
    }

    @PermitAll
    public Optional<Draft> draft(long id) {
        return em.createQuery("select d from Draft d join fetch d.process left join fetch d.predecessor where d.id = :id", Draft.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** The languages a draft's text can be given in, besides the one it was imported in. */
    public static final java.util.List<String> TEXT_LANGUAGES = java.util.List.of("ar", "zh", "en", "fr", "ru", "es");

    /**
     * Adds the draft's text in another language from its own file (Akoma Ntoso or Markdown, as for an import). The
     * file must have the same articles, by their identifiers, as the draft: input keeps referring to the draft's
     * provisions, and a reader switches the language of the text beside it. A language version is never replaced.
     */
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    public org.stakeholderportal.draft.entity.LanguageVersion importLanguageVersion(long draftId, String language, String fileName,
            byte[] content) {
        Draft draft = em.find(Draft.class, draftId);
        if (draft == null) {
            throw new Refusal("draft.unknown", draftId);
        }
        if (language == null || !TEXT_LANGUAGES.contains(language)) {
            throw new Refusal("draft.languageInvalid");
        }
        if (language.equals(draft.getLanguages().split(",")[0].strip())) {
            throw new Refusal("draft.languageIsOriginal");
        }
        if (!languageVersions(draftId).stream().filter(language::equals).toList().isEmpty()) {
            throw new Refusal("draft.languageVersionExists");
        }
        if (content == null || content.length == 0) {
            throw new Refusal("draft.fileEmpty");
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new Refusal("draft.fileTooLarge", MAX_FILE_BYTES / (1024 * 1024));
        }
        String name = safeFileName(fileName);
        DraftOutline outline = parse(formatOf(name, content), name, content);
        Map<String, OutlineNode> translated = new HashMap<>();
        collect(outline.getNodes(), translated);
        List<Provision> provisions = em.createQuery("select p from Provision p where p.draftId = :d order by p.position", Provision.class)
                .setParameter("d", draftId).getResultList();
        java.util.Set<String> ours = provisions.stream().filter(p -> p.getKind() == NodeKind.ARTICLE).map(Provision::getAnchor)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        java.util.Set<String> theirs = outline.getArticles().stream().map(OutlineNode::getAnchor)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        if (!ours.equals(theirs)) {
            java.util.Set<String> differing = new java.util.TreeSet<>(ours);
            differing.addAll(theirs);
            java.util.Set<String> both = new java.util.TreeSet<>(ours);
            both.retainAll(theirs);
            differing.removeAll(both);
            throw new Refusal("draft.languageVersionMismatch", differing.size(),
                    String.join(", ", differing.stream().limit(8).toList()));
        }
        org.stakeholderportal.draft.entity.LanguageVersion version = new org.stakeholderportal.draft.entity.LanguageVersion(draftId,
                language, name, clock.now(), context.getCallerPrincipal().getName());
        em.persist(version);
        int count = 0;
        for (Provision provision : provisions) {
            OutlineNode node = translated.get(provision.getAnchor());
            if (node != null) {
                if (node.getNum().length() > 100 || node.getHeading().length() > 1000) {
                    throw new Refusal("draft.provisionFieldTooLong", provision.getAnchor());
                }
                em.persist(new org.stakeholderportal.draft.entity.ProvisionTranslation(provision.getId(), language, node.getNum(),
                        node.getHeading(), node.getText()));
                count++;
            }
        }
        em.flush();
        audit.record("draft.languageVersionImported", "Draft", draftId, "language=" + language + "; file=" + name + "; provisions="
                + count + " of " + provisions.size());
        return version;
    }

    /** The file's name as kept: no path, no control characters, at most 255 characters (its end). */
    private static String safeFileName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "draft" : fileName.replaceAll("[\\p{Cntrl}/\\\\]", "_");
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static void collect(List<OutlineNode> nodes, Map<String, OutlineNode> into) {
        for (OutlineNode node : nodes) {
            into.put(node.getAnchor(), node);
            collect(node.getChildren(), into);
        }
    }

    /** The languages the draft's text is also given in, in the UN's order (its own language not included). */
    @PermitAll
    public List<String> languageVersions(long draftId) {
        List<String> found = em.createQuery("select v.language from LanguageVersion v where v.draftId = :d", String.class)
                .setParameter("d", draftId).getResultList();
        return TEXT_LANGUAGES.stream().filter(found::contains).toList();
    }

    /** The given provisions' text in a language, by provision id (provisions the file did not have are absent). */
    @PermitAll
    public Map<Long, org.stakeholderportal.draft.entity.ProvisionTranslation> translations(java.util.Collection<Long> provisionIds,
            String language) {
        if (provisionIds.isEmpty() || language == null) {
            return Map.of();
        }
        return em.createQuery("select t from ProvisionTranslation t where t.provisionId in :ids and t.language = :l",
                        org.stakeholderportal.draft.entity.ProvisionTranslation.class)
                .setParameter("ids", provisionIds).setParameter("l", language).getResultStream()
                .collect(Collectors.toMap(org.stakeholderportal.draft.entity.ProvisionTranslation::getProvisionId, t -> t));
    }

    /** Groupings and articles in order, without their text: enough for a table of contents of any length. */
    @PermitAll
    public List<TocEntry> tableOfContents(long draftId) {
        return em.createQuery("select new org.stakeholderportal.draft.entity.TocEntry(p.id, p.kind, p.num, p.heading, p.anchor,"
                        + " p.depth, p.changeKind) from Provision p where p.draftId = :d and p.kind in :kinds order by p.position",
                        TocEntry.class)
                .setParameter("d", draftId).setParameter("kinds", TOC_KINDS).getResultList();
    }

    /** One article with its paragraphs; with {@code withChanges}, also its redline against the previous revision. */
    @PermitAll
    public Optional<ArticleText> article(long draftId, String anchor, boolean withChanges) {
        Optional<Draft> draft = draft(draftId);
        if (draft.isEmpty()) {
            return Optional.empty();
        }
        Optional<Provision> found = em.createQuery("select p from Provision p left join fetch p.predecessor"
                        + " where p.draftId = :d and p.anchor = :a"
                        + " and p.kind = :kind", Provision.class)
                .setParameter("d", draftId).setParameter("a", anchor).setParameter("kind", NodeKind.ARTICLE)
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Provision article = found.get();
        List<Provision> paragraphs = em.createQuery("select p from Provision p left join fetch p.predecessor"
                        + " where p.article = :a and p.id <> :id"
                        + " order by p.position", Provision.class)
                .setParameter("a", article).setParameter("id", article.getId()).getResultList();
        String previous = neighbour(draftId, article.getPosition(), "<", "desc");
        String next = neighbour(draftId, article.getPosition(), ">", "asc");
        List<ProvisionRevision> changes = withChanges && draft.get().getPredecessor() != null
                ? changes(article, paragraphs) : List.of();
        return Optional.of(new ArticleText(draft.get(), article, paragraphs, previous, next, changes));
    }

    /** The article with this id (as a contribution refers to it), with its paragraphs. */
    @PermitAll
    public Optional<ArticleText> articleById(long articleId) {
        Provision article = em.find(Provision.class, articleId);
        return article == null ? Optional.empty() : article(article.getDraftId(), article.getAnchor(), false);
    }

    /** The draft as an Akoma Ntoso 3.0 document. */
    @PermitAll
    public void exportAkomaNtoso(long draftId, OutputStream out) {
        Draft draft = draft(draftId).orElseThrow(() -> new Refusal("draft.unknown", draftId));
        try {
            new AkomaNtosoExporter(clock.clock()).write(outlineOf(draft), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The draft rebuilt from its stored provisions, as the importer produced it. */
    DraftOutline outlineOf(Draft draft) {
        List<Provision> all = em.createQuery("select p from Provision p where p.draftId = :d order by p.position", Provision.class)
                .setParameter("d", draft.getId()).getResultList();
        Map<Long, List<Provision>> children = new LinkedHashMap<>();
        List<Provision> roots = new ArrayList<>();
        for (Provision p : all) {
            if (p.getParent() == null) {
                roots.add(p);
            } else {
                children.computeIfAbsent(p.getParent().getId(), k -> new ArrayList<>()).add(p);
            }
        }
        List<String> languages = List.of(draft.getLanguages().split(","));
        return new DraftOutline(draft.getTitle(), draft.getDocumentSymbol(), languages, List.of(), toNodes(roots, children));
    }

    private List<OutlineNode> toNodes(List<Provision> provisions, Map<Long, List<Provision>> children) {
        return provisions.stream()
                .map(p -> new OutlineNode(p.getKind(), p.getNum(), p.getHeading(), p.getBody(), p.getAnchor(),
                        toNodes(children.getOrDefault(p.getId(), List.of()), children)))
                .collect(Collectors.toList());
    }

    private void persistTree(long draftId, List<OutlineNode> nodes, Provision parent, Provision article, int depth,
            int[] position, Map<String, Provision> byAnchor) {
        for (OutlineNode node : nodes) {
            if (node.getNum().length() > 100 || node.getHeading().length() > 1000 || node.getAnchor().length() > 190) {
                throw new Refusal("draft.provisionFieldTooLong", node.getAnchor().substring(0, Math.min(60, node.getAnchor().length())));
            }
            Provision provision = new Provision(draftId, parent, node.getKind(), node.getNum(), node.getHeading(),
                    node.getText(), node.getAnchor(), node.getSortKey(), position[0]++, depth);
            Provision owner = node.getKind() == NodeKind.ARTICLE ? provision : article;
            if (owner != null) {
                provision.belongsToArticle(owner);
            }
            em.persist(provision);
            byAnchor.put(node.getAnchor(), provision);
            persistTree(draftId, node.getChildren(), provision, owner, depth + 1, position, byAnchor);
        }
    }

    private void mapRevision(Draft predecessor, DraftOutline next, Map<String, Provision> nextByAnchor) {
        Map<String, Provision> previousByAnchor = em.createQuery("select p from Provision p where p.draftId = :d", Provision.class)
                .setParameter("d", predecessor.getId()).getResultStream()
                .collect(Collectors.toMap(Provision::getAnchor, p -> p));
        for (ProvisionCorrespondence articles : ParagraphMapping.ofArticles(outlineOf(predecessor), next).getCorrespondences()) {
            link(articles, previousByAnchor, nextByAnchor);
            if (articles.getPrevious() != null && articles.getNext() != null) {
                ParagraphMapping.ofParagraphs(articles.getPrevious(), articles.getNext()).getCorrespondences()
                        .forEach(paragraphs -> link(paragraphs, previousByAnchor, nextByAnchor));
            } else if (articles.getNext() != null) {
                markAdded(articles.getNext(), nextByAnchor);
            }
        }
    }

    private static void link(ProvisionCorrespondence c, Map<String, Provision> previous, Map<String, Provision> next) {
        if (c.getNext() == null) {
            return;
        }
        Provision target = next.get(c.getNextAnchor());
        Provision source = c.getPrevious() == null ? null : previous.get(c.getPreviousAnchor());
        if (target != null) {
            target.revises(source, c.getChange(), c.getSimilarity());
        }
    }

    private static void markAdded(OutlineNode node, Map<String, Provision> next) {
        for (OutlineNode child : node.getChildren()) {
            Provision provision = next.get(child.getAnchor());
            if (provision != null) {
                provision.revises(null, ProvisionChange.ADDED, 0);
            }
            markAdded(child, next);
        }
    }

    private List<ProvisionRevision> changes(Provision article, List<Provision> paragraphs) {
        WordDiff diff = new WordDiff();
        List<ProvisionRevision> result = new ArrayList<>();
        List<Provision> current = new ArrayList<>();
        current.add(article);
        current.addAll(paragraphs);
        for (Provision p : current) {
            ProvisionChange change = p.getChangeKind() == null ? ProvisionChange.ADDED : p.getChangeKind();
            Provision before = p.getPredecessor();
            String previousText = before == null ? "" : before.getBody();
            String previousNum = before == null ? null : before.getNum();
            // A row is listed when its own text changed or it was renumbered; an article whose paragraphs
            // changed is "changed" as a whole, but its paragraphs carry the redlines.
            if (before != null && previousText.equals(p.getBody()) && change != ProvisionChange.MOVED) {
                continue;
            }
            result.add(new ProvisionRevision(p.getAnchor(), previousNum, p.getNum(), change,
                    diff.toHtml(diff.compare(previousText, p.getBody()))));
        }
        Provision previousArticle = article.getPredecessor();
        if (previousArticle != null) {
            em.createQuery("select p from Provision p where p.article = :a and p.id <> :id and not exists"
                            + " (select n.id from Provision n where n.predecessor = p) order by p.position", Provision.class)
                    .setParameter("a", previousArticle).setParameter("id", previousArticle.getId()).getResultStream()
                    .forEach(removed -> result.add(new ProvisionRevision(removed.getAnchor(), removed.getNum(), null,
                            ProvisionChange.REMOVED, diff.toHtml(diff.compare(removed.getBody(), "")))));
        }
        return result;
    }

    private String neighbour(long draftId, int position, String comparison, String order) {
        return em.createQuery("select p.anchor from Provision p where p.draftId = :d and p.kind = :kind and p.position "
                        + comparison + " :pos order by p.position " + order, String.class)
                .setParameter("d", draftId).setParameter("kind", NodeKind.ARTICLE).setParameter("pos", position)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    private static Draft.SourceFormat formatOf(String fileName, byte[] content) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".txt")) {
            return Draft.SourceFormat.MARKDOWN;
        }
        if (lower.endsWith(".xml") || lower.endsWith(".akn")) {
            return Draft.SourceFormat.AKOMA_NTOSO;
        }
        for (byte b : content) {
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return b == '<' ? Draft.SourceFormat.AKOMA_NTOSO : Draft.SourceFormat.MARKDOWN;
            }
        }
        return Draft.SourceFormat.MARKDOWN;
    }

    private static DraftOutline parse(Draft.SourceFormat format, String fileName, byte[] content) {
        try {
            if (format == Draft.SourceFormat.AKOMA_NTOSO) {
                return new AkomaNtosoImporter().read(new ByteArrayInputStream(content), fileName);
            }
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(content)).toString();
            return new MarkdownOutlineImporter().read(text, fileName);
        } catch (DraftImportException e) {
            throw Refusal.at(e.getLocation(), e.getMessageKey(), e.getArguments());
        } catch (CharacterCodingException e) {
            throw new Refusal("draft.notUtf8");
        }
    }

    /** What an import produced: the new draft and the importer's notices (accepted oddities of the file). */
    public static class DraftImport {
        private final Draft draft;
        private final List<ImportNotice> notices;

        DraftImport(Draft draft, List<ImportNotice> notices) {
            this.draft = draft;
            this.notices = notices;
        }

        public Draft getDraft() {
            return draft;
        }

        public List<ImportNotice> getNotices() {
            return notices;
        }
    }
}
