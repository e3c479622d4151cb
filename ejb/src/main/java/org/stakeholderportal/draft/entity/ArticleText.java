package org.stakeholderportal.draft.entity;

import java.util.List;

/**
 * An article as readers see it: its own text, its paragraphs in order, where it sits in the draft, and what
 * changed since the previous revision (when asked for).
 */
public class ArticleText {

    private final Draft draft;
    private final Provision article;
    private final List<Provision> paragraphs;
    private final String previousAnchor;
    private final String nextAnchor;
    private final List<ProvisionRevision> changes;

    public ArticleText(Draft draft, Provision article, List<Provision> paragraphs, String previousAnchor, String nextAnchor,
            List<ProvisionRevision> changes) {
        this.draft = draft;
        this.article = article;
        this.paragraphs = paragraphs;
        this.previousAnchor = previousAnchor;
        this.nextAnchor = nextAnchor;
        this.changes = changes;
    }

    public Draft getDraft() { return draft; }
    public Provision getArticle() { return article; }
    public List<Provision> getParagraphs() { return paragraphs; }
    public String getPreviousAnchor() { return previousAnchor; }
    public String getNextAnchor() { return nextAnchor; }
    public List<ProvisionRevision> getChanges() { return changes; }
}
