package org.stakeholderportal.draft.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProvisionNumberTest {

    private static void assertOrdered(NodeKind kind, List<String> nums) {
        for (int i = 1; i < nums.size(); i++) {
            String before = ProvisionNumber.sortKey(nums.get(i - 1), kind);
            String after = ProvisionNumber.sortKey(nums.get(i), kind);
            assertTrue(before.compareTo(after) < 0,
                    nums.get(i - 1) + " (" + before + ") should sort before " + nums.get(i) + " (" + after + ")");
        }
    }

    @Test
    void ordersInsertedArticlesBetweenTheirNeighbours() {
        assertOrdered(NodeKind.ARTICLE, List.of("Article 4", "Article 5", "Article 5 bis", "5 ter", "Article 6",
                "Art. 12.", "12-bis", "Article 40", "Article 40 bis", "Article 41", "Article 1000"));
    }

    @Test
    void ordersNumberedParagraphsNumerically() {
        assertOrdered(NodeKind.PARAGRAPH, List.of("(1)", "(2)", "(9)", "(10)", "(11)"));
    }

    @Test
    void ordersLetteredPointsWithDoubleLettersAfterZ() {
        assertOrdered(NodeKind.SUBPARAGRAPH, List.of("a)", "(b)", "(i)", "(z)", "(aa)", "(ab)", "(ba)"));
    }

    @Test
    void ordersRomanChapterNumbersAsNumbers() {
        assertOrdered(NodeKind.CHAPTER, List.of("Chapter I", "Chapter II", "Chapter IV", "Chapter V", "Chapter IX",
                "Chapter X", "Chapter XIV", "Chapter XIX", "Chapter XX"));
    }

    @Test
    void ordersGreekLetters() {
        assertOrdered(NodeKind.SUBPARAGRAPH, List.of("α)", "β)", "γ)"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Article 5|Art. 5.",
        "5.|Article 5",
        "Άρθρο 1|1",
        "12-bis|12 bis",
        "4 bis|Article 4 bis",
        "1°|1",
        "Article 1er|Article 1",
        "Sec. 501.|501"
    })
    void readsTheSameNumberWrittenInDifferentWaysAlike(String written, String sameAs) {
        assertEquals(ProvisionNumber.sortKey(sameAs, NodeKind.ARTICLE),
                ProvisionNumber.sortKey(written, NodeKind.ARTICLE));
    }

    @Test
    void keepsArticleFiveADistinctFromArticleFive() {
        assertTrue(ProvisionNumber.sortKey("5", NodeKind.ARTICLE)
                .compareTo(ProvisionNumber.sortKey("5a", NodeKind.ARTICLE)) < 0);
    }

    @Test
    void givesNoSortKeyWhenNothingIsNumbered() {
        assertEquals("", ProvisionNumber.sortKey("", NodeKind.ARTICLE));
        assertEquals("", ProvisionNumber.sortKey("–", NodeKind.SUBPARAGRAPH));
        assertEquals("", ProvisionNumber.sortKey(null, NodeKind.SUBPARAGRAPH));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Article 40 bis|40-bis",
        "Art. 5.|5",
        "(aa)|aa",
        "a)|a",
        "1°|1",
        "12-bis|12-bis",
        "Article 1er A|1er-a",
        "Άρθρο 12|12",
        "المادة ١٢|12",
        "Sec. 501.|501",
        "Chapter IV|iv",
        "Artículo 7|7"
    })
    void derivesAsciiAnchorFragments(String num, String slug) {
        assertEquals(slug, ProvisionNumber.anchorSlug(num));
    }

    @Test
    void derivesNoAnchorFragmentFromNonLatinLetters() {
        assertEquals("", ProvisionNumber.anchorSlug("α)"));
        assertEquals("", ProvisionNumber.anchorSlug("第五条"));
        assertEquals("", ProvisionNumber.anchorSlug(""));
    }
}
