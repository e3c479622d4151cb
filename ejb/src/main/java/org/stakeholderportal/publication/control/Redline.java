package org.stakeholderportal.publication.control;

import java.util.Set;
import java.util.stream.Collectors;
import org.stakeholderportal.draft.control.WordDiff;
import org.stakeholderportal.draft.entity.ArticleText;
import org.stakeholderportal.draft.entity.Provision;

/** Proposed wording shown as insertions and deletions against the text it would replace (escaped HTML). */
public final class Redline {

    private Redline() {
    }

    /**
     * Against the chosen paragraphs, in their order in the article; against the whole article (its own text, or
     * all its paragraphs) when none was chosen; against nothing (all inserted) for a new provision or a contribution on the whole draft.
     */
    public static String of(String proposedWording, Set<Long> paragraphIds, ArticleText article) {
        if (proposedWording == null || proposedWording.isBlank()) {
            return null;
        }
        WordDiff diff = new WordDiff();
        return diff.toHtml(segments(proposedWording, paragraphIds, article));
    }

    /** The same comparison as runs of text, for documents other than web pages; empty without proposed wording. */
    public static java.util.List<org.stakeholderportal.draft.control.DiffSegment> segments(String proposedWording, Set<Long> paragraphIds,
            ArticleText article) {
        if (proposedWording == null || proposedWording.isBlank()) {
            return java.util.List.of();
        }
        String current = "";
        if (article != null) {
            boolean whole = paragraphIds == null || paragraphIds.isEmpty();
            current = whole && article.getArticle().getBody() != null && !article.getArticle().getBody().isBlank()
                    ? article.getArticle().getBody()
                    : article.getParagraphs().stream().filter(p -> whole || paragraphIds.contains(p.getId())).map(Provision::getBody)
                            .collect(Collectors.joining("\n"));
        }
        return new WordDiff().compare(current == null ? "" : current, proposedWording);
    }

    /** Two texts compared word by word, e.g. two submitted versions of one contribution. */
    public static String between(String before, String after) {
        WordDiff diff = new WordDiff();
        return diff.toHtml(diff.compare(before == null ? "" : before, after == null ? "" : after));
    }
}
