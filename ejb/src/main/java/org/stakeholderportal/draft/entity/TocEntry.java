package org.stakeholderportal.draft.entity;

import org.stakeholderportal.draft.control.NodeKind;
import org.stakeholderportal.draft.control.ProvisionChange;

/** A line of a draft's table of contents: a grouping or an article, without its text. */
public class TocEntry {

    private final long id;
    private final NodeKind kind;
    private final String num;
    private final String heading;
    private final String anchor;
    private final int depth;
    private final ProvisionChange change;

    public TocEntry(long id, NodeKind kind, String num, String heading, String anchor, int depth, ProvisionChange change) {
        this.id = id;
        this.kind = kind;
        this.num = num;
        this.heading = heading;
        this.anchor = anchor;
        this.depth = depth;
        this.change = change;
    }

    public long getId() { return id; }
    public NodeKind getKind() { return kind; }
    public String getNum() { return num; }
    public String getHeading() { return heading; }
    public String getAnchor() { return anchor; }
    public int getDepth() { return depth; }
    public ProvisionChange getChange() { return change; }
    public boolean isArticle() { return kind == NodeKind.ARTICLE; }

    /** Whether the number carries its own word ("Article 24", "Art. 5", "Sec. 501.") rather than being bare ("24"). */
    public boolean isNumberWithWord() {
        return num != null && !num.isEmpty() && Character.isLetter(num.codePointAt(0));
    }

    /**
     * The article as a reader names it, "Article 24 · Conditions and safeguards": its number (a bare one given its
     * word by {@code numbered}, in the reader's language), then its heading.
     */
    public String label(java.util.function.UnaryOperator<String> numbered) {
        String number = num == null ? "" : num.strip();
        if (!number.isEmpty() && !isNumberWithWord()) {
            number = numbered.apply(number);
        }
        String title = heading == null ? "" : heading.strip();
        return number.isEmpty() || title.isEmpty() ? (number + title).strip() : number + " · " + title;
    }
}
