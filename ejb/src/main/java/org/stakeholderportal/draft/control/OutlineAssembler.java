package org.stakeholderportal.draft.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Freezes drafts into {@link OutlineNode}s and gives each its anchor. Anchors come from the structure alone (kind,
 * number, position), never from eId or xml:id, which real files omit, repeat or write in incompatible styles. They
 * are unique in the whole outline, so an article repeated across components still gets its own address.
 */
final class OutlineAssembler {

    private final Set<String> used = new HashSet<>();
    /** Anchors of the numbered articles, which an unnumbered article's ordinal anchor must not take from them. */
    private final Set<String> numberedArticles = new HashSet<>();
    private int articleOrdinal;

    List<OutlineNode> assemble(List<ProvisionDraft> roots) {
        reserveNumberedArticles(roots);
        return assemble(roots, null);
    }

    private void reserveNumberedArticles(List<ProvisionDraft> drafts) {
        for (ProvisionDraft draft : drafts) {
            String slug = ProvisionNumber.anchorSlug(draft.num);
            if (draft.kind == NodeKind.ARTICLE && !slug.isEmpty()) {
                numberedArticles.add("art-" + slug);
            }
            reserveNumberedArticles(draft.children);
        }
    }

    private List<OutlineNode> assemble(List<ProvisionDraft> drafts, String parentAnchor) {
        List<OutlineNode> nodes = new ArrayList<>(drafts.size());
        int position = 0;
        for (ProvisionDraft draft : drafts) {
            position++;
            boolean anchoredByPosition = draft.kind == NodeKind.ARTICLE
                    && ProvisionNumber.anchorSlug(draft.num).isEmpty();
            String anchor = unique(baseAnchor(draft, parentAnchor, position), anchoredByPosition);
            nodes.add(new OutlineNode(draft.kind, draft.num, draft.heading, draft.text, anchor,
                    assemble(draft.children, anchor)));
        }
        return nodes;
    }

    private String baseAnchor(ProvisionDraft draft, String parentAnchor, int position) {
        String slug = ProvisionNumber.anchorSlug(draft.num);
        String prefix = parentAnchor == null ? "" : parentAnchor + "-";
        switch (draft.kind) {
            case PREAMBLE:
                return "preamble";
            case ARTICLE:
                // Unnumbered articles take their ordinal among all articles: stable when chapters are regrouped.
                articleOrdinal++;
                return "art-" + (slug.isEmpty() ? String.valueOf(articleOrdinal) : slug);
            case PART:
            case CHAPTER:
            case SECTION:
                return label(draft) + "-" + (slug.isEmpty() ? String.valueOf(position) : slug);
            case PARAGRAPH:
                return prefix + "para-" + (slug.isEmpty() ? String.valueOf(position) : slug);
            default:
                if (slug.isEmpty()) {
                    return prefix + (draft.anchorLabel == null ? "sub" : draft.anchorLabel) + "-" + position;
                }
                return prefix + (draft.anchorLabel == null ? "" : draft.anchorLabel + "-") + slug;
        }
    }

    private static String label(ProvisionDraft draft) {
        if (draft.anchorLabel != null) {
            return draft.anchorLabel;
        }
        return switch (draft.kind) {
            case PART -> "part";
            case CHAPTER -> "ch";
            default -> "sec";
        };
    }

    /**
     * The base anchor, or with {@code -2}, {@code -3} when taken. An article anchored by its position also steps
     * around the anchors of numbered articles still to come, so that "Section 3" keeps {@code art-3} even when an
     * unnumbered third article comes before it.
     */
    private String unique(String base, boolean avoidNumberedArticles) {
        String anchor = base;
        for (int n = 2; (avoidNumberedArticles && numberedArticles.contains(anchor)) || !used.add(anchor); n++) {
            anchor = base + "-" + n;
        }
        return anchor;
    }
}
