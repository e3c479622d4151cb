package org.stakeholderportal.draft.control;

import java.util.List;
import java.util.Objects;

/**
 * One node of a draft's outline: a preamble, a grouping (part, chapter, section, annex), an article or a paragraph
 * within one. Immutable; a plain class with getters rather than a record so that Jakarta EL can read it in pages.
 */
public final class OutlineNode {

    private final NodeKind kind;
    private final String num;
    private final String heading;
    private final String text;
    private final String anchor;
    private final String sortKey;
    private final List<OutlineNode> children;

    /**
     * @param num      the number as the document writes it, or empty
     * @param heading  the heading, or empty
     * @param text     plain text of this node's own content, without its children's
     * @param anchor   stable address within the draft (see {@link AkomaNtosoImporter} for how it is derived)
     * @param children nodes inside this one, in document order
     */
    public OutlineNode(NodeKind kind, String num, String heading, String text, String anchor,
                       List<OutlineNode> children) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.num = num == null ? "" : num.strip();
        this.heading = heading == null ? "" : heading.strip();
        this.text = text == null ? "" : text;
        this.anchor = Objects.requireNonNull(anchor, "anchor");
        this.sortKey = ProvisionNumber.sortKey(this.num, kind);
        this.children = children == null ? List.of() : List.copyOf(children);
    }

    public NodeKind getKind() {
        return kind;
    }

    /** The number as written ("Article 5", "(a)", "40 bis"), trimmed; empty when the document gives none. */
    public String getNum() {
        return num;
    }

    public String getHeading() {
        return heading;
    }

    /** Whitespace-normalised text of this node's own content; children's text is in the children. */
    public String getText() {
        return text;
    }

    /** Stable ASCII address such as {@code art-5-para-3-a}, unique within the outline. */
    public String getAnchor() {
        return anchor;
    }

    /** Orders siblings by number ("5" before "5 bis" before "6"); empty when the number gives no order. */
    public String getSortKey() {
        return sortKey;
    }

    public List<OutlineNode> getChildren() {
        return children;
    }

    /** This node's text followed by that of all its descendants, for comparing whole provisions. */
    public String getFullText() {
        StringBuilder all = new StringBuilder(text);
        for (OutlineNode child : children) {
            String childText = child.getFullText();
            if (!childText.isEmpty()) {
                if (all.length() > 0) {
                    all.append(' ');
                }
                all.append(childText);
            }
        }
        return all.toString();
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof OutlineNode)) {
            return false;
        }
        OutlineNode that = (OutlineNode) other;
        return kind == that.kind && num.equals(that.num) && heading.equals(that.heading)
                && text.equals(that.text) && anchor.equals(that.anchor) && children.equals(that.children);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, num, heading, text, anchor, children);
    }

    @Override
    public String toString() {
        return kind + " " + anchor + (num.isEmpty() ? "" : " [" + num + "]")
                + (heading.isEmpty() ? "" : " " + heading);
    }
}
