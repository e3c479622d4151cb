package org.stakeholderportal.draft.control;

import java.util.Objects;

/**
 * A run of text in a redline: kept, inserted or deleted. Immutable; getters for Jakarta EL.
 */
public final class DiffSegment {

    /** What happened to the run between the earlier and the later text. */
    public enum Type {
        EQUAL, INSERTED, DELETED
    }

    private final Type type;
    private final String text;

    public DiffSegment(Type type, String text) {
        this.type = Objects.requireNonNull(type, "type");
        this.text = Objects.requireNonNull(text, "text");
    }

    public Type getType() {
        return type;
    }

    /** The raw text, not escaped: escape it when writing markup (see {@link WordDiff#toHtml}). */
    public String getText() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DiffSegment && ((DiffSegment) other).type == type
                && ((DiffSegment) other).text.equals(text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, text);
    }

    @Override
    public String toString() {
        return type + "[" + text + "]";
    }
}
