package org.stakeholderportal.draft.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.stakeholderportal.draft.control.NodeKind;

class TocEntryTest {

    private static TocEntry article(String num, String heading) {
        return new TocEntry(1, NodeKind.ARTICLE, num, heading, "art-24", 1, null);
    }

    @Test
    void aBareNumberGetsItsWordInTheReadersLanguage() {
        assertEquals("Article 24 · Conditions and safeguards", article("24", "Conditions and safeguards").label(n -> "Article " + n));
        assertEquals("第24条 · 条件和保障", article("24", "条件和保障").label(n -> "第" + n + "条"));
    }

    @Test
    void aNumberWithItsOwnWordIsKeptAsWritten() {
        assertEquals("Art. 5 · Respect for human rights", article("Art. 5", "Respect for human rights").label(n -> "Article " + n));
    }

    @Test
    void aMissingNumberOrHeadingLeavesNoSeparator() {
        assertEquals("Preamble", article("", "Preamble").label(n -> "Article " + n));
        assertEquals("Article 3", article("3", " ").label(n -> "Article " + n));
    }
}
