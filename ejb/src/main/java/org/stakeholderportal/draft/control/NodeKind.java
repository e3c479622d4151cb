package org.stakeholderportal.draft.control;

/**
 * What a node of a {@link DraftOutline} is, in the secretariat's terms. Stakeholders comment on {@link #ARTICLE}s and
 * on the paragraphs and subparagraphs inside them; the other kinds group them.
 */
public enum NodeKind {
    /** Citations and recitals before the operative text; recitals are its {@link #SUBPARAGRAPH} children. */
    PREAMBLE,
    /** The largest grouping: part, book, title, subpart. */
    PART,
    /** A chapter or subchapter. */
    CHAPTER,
    /** A grouping below chapters (section, subsection, division), an unnumbered group, or an annex. */
    SECTION,
    /** The commentable provision: an article, or a numbered section in a text that has no articles. */
    ARTICLE,
    /** A paragraph of an article (in common-law texts, a subsection). */
    PARAGRAPH,
    /** Anything finer: subparagraph, alinea, point, item, clause, a list's lead-in or closing words, a recital. */
    SUBPARAGRAPH;

    /** True for the kinds that only group provisions. */
    public boolean isContainer() {
        return this == PART || this == CHAPTER || this == SECTION;
    }
}
