package org.stakeholderportal.draft.control;

import java.util.Objects;

/**
 * One line of a {@link ParagraphMapping}: an old provision, the new one it became (either may be missing) and how
 * alike their texts are. Comments made on the old anchor follow it to the new one.
 */
public final class ProvisionCorrespondence {

    private final OutlineNode previous;
    private final OutlineNode next;
    private final ProvisionChange change;
    private final double similarity;

    public ProvisionCorrespondence(OutlineNode previous, OutlineNode next, ProvisionChange change,
                                   double similarity) {
        this.previous = previous;
        this.next = next;
        this.change = Objects.requireNonNull(change, "change");
        this.similarity = similarity;
    }

    /** The provision in the earlier revision; null when {@link ProvisionChange#ADDED}. */
    public OutlineNode getPrevious() {
        return previous;
    }

    /** The provision in the later revision; null when {@link ProvisionChange#REMOVED}. */
    public OutlineNode getNext() {
        return next;
    }

    public String getPreviousAnchor() {
        return previous == null ? null : previous.getAnchor();
    }

    public String getNextAnchor() {
        return next == null ? null : next.getAnchor();
    }

    public ProvisionChange getChange() {
        return change;
    }

    /** From 0 (nothing in common) to 1 (same text); 0 for removed and added provisions. */
    public double getSimilarity() {
        return similarity;
    }

    @Override
    public String toString() {
        return change + " " + getPreviousAnchor() + " -> " + getNextAnchor()
                + String.format(java.util.Locale.ROOT, " (%.2f)", similarity);
    }
}
