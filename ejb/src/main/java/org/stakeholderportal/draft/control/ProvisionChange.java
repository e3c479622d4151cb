package org.stakeholderportal.draft.control;

/** How a provision fared from one revision of a draft to the next. */
public enum ProvisionChange {
    /** Same number, same text. */
    UNCHANGED,
    /** Same number, text reworded. */
    CHANGED,
    /** Found again under another number (renumbered or moved), with its text kept or reworded. */
    MOVED,
    /** No counterpart in the new revision. */
    REMOVED,
    /** New in this revision: no predecessor. */
    ADDED
}
