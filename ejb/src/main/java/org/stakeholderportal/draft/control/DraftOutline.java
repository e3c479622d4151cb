package org.stakeholderportal.draft.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A draft as read from a file, validated and complete: its title, symbol, languages, the notices the importer should
 * see before confirming, and the tree of provisions in document order. Immutable; getters for Jakarta EL.
 */
public final class DraftOutline {

    private final String title;
    private final String documentSymbol;
    private final List<String> languages;
    private final List<ImportNotice> notices;
    private final List<OutlineNode> nodes;

    public DraftOutline(String title, String documentSymbol, List<String> languages, List<ImportNotice> notices,
                        List<OutlineNode> nodes) {
        this.title = Objects.requireNonNull(title, "title");
        this.documentSymbol = documentSymbol == null || documentSymbol.isBlank() ? null : documentSymbol.strip();
        this.languages = languages == null ? List.of() : List.copyOf(languages);
        this.notices = notices == null ? List.of() : List.copyOf(notices);
        this.nodes = nodes == null ? List.of() : List.copyOf(nodes);
    }

    public String getTitle() {
        return title;
    }

    /** The secretariat's symbol of the document (e.g. "A/AC.291/22"), or null when the file gives none. */
    public String getDocumentSymbol() {
        return documentSymbol;
    }

    /** Language codes, two letters where the code is a well-known one ("eng" becomes "en"). */
    public List<String> getLanguages() {
        return languages;
    }

    /** Warnings about what the importer accepted but a person should know (pre-release namespace, no numbers). */
    public List<ImportNotice> getNotices() {
        return notices;
    }

    /** The top-level nodes in document order: preamble, groupings, articles, then annexes. */
    public List<OutlineNode> getNodes() {
        return nodes;
    }

    /** Every article, in document order, wherever it is grouped (annexes included). */
    public List<OutlineNode> getArticles() {
        List<OutlineNode> articles = new ArrayList<>();
        collectArticles(nodes, articles);
        return articles;
    }

    public Optional<OutlineNode> findByAnchor(String anchor) {
        return find(nodes, anchor);
    }

    private static void collectArticles(List<OutlineNode> level, List<OutlineNode> articles) {
        for (OutlineNode node : level) {
            if (node.getKind() == NodeKind.ARTICLE) {
                articles.add(node);
            } else if (node.getKind().isContainer()) {
                collectArticles(node.getChildren(), articles);
            }
        }
    }

    private static Optional<OutlineNode> find(List<OutlineNode> level, String anchor) {
        for (OutlineNode node : level) {
            if (node.getAnchor().equals(anchor)) {
                return Optional.of(node);
            }
            Optional<OutlineNode> inside = find(node.getChildren(), anchor);
            if (inside.isPresent()) {
                return inside;
            }
        }
        return Optional.empty();
    }
}
