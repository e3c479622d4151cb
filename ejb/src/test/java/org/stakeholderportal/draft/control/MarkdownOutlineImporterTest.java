package org.stakeholderportal.draft.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MarkdownOutlineImporterTest {

    private final MarkdownOutlineImporter importer = new MarkdownOutlineImporter();

    @Test
    void readsTitleSymbolAndLanguagesFromTheLinesAfterTheTitle() throws Exception {
        DraftOutline outline = Fixtures.markdown("convention-draft.md");

        assertEquals("Draft convention on cooperation against misuse of networked systems", outline.getTitle());
        assertEquals("A/AC.999/3", outline.getDocumentSymbol());
        assertEquals(List.of("en", "fr"), outline.getLanguages());
        assertTrue(outline.getNotices().isEmpty(), () -> outline.getNotices().toString());
    }

    @Test
    void readsChaptersAndArticlesWithNumbersAndHeadings() throws Exception {
        DraftOutline outline = Fixtures.markdown("convention-draft.md");

        assertEquals(List.of(NodeKind.PREAMBLE, NodeKind.CHAPTER, NodeKind.CHAPTER, NodeKind.CHAPTER),
                outline.getNodes().stream().map(OutlineNode::getKind).collect(Collectors.toList()));
        OutlineNode chapter = Fixtures.node(outline, "ch-i");
        assertEquals("I", chapter.getNum());
        assertEquals("General provisions", chapter.getHeading());
        assertEquals(List.of("1", "5", "24", "40 bis"),
                outline.getArticles().stream().map(OutlineNode::getNum).collect(Collectors.toList()));
        assertEquals(List.of("Statement of purpose", "Respect for human rights", "Conditions and safeguards",
                        "Relation with other instruments"),
                outline.getArticles().stream().map(OutlineNode::getHeading).collect(Collectors.toList()));
        assertEquals("art-40-bis", outline.getArticles().get(3).getAnchor());
    }

    @Test
    void takesPlainParagraphsUnderAnArticleAsItsText() throws Exception {
        OutlineNode article = Fixtures.node(Fixtures.markdown("convention-draft.md"), "art-1");

        assertTrue(article.getChildren().isEmpty());
        assertEquals("The purposes of this Convention are to promote measures that prevent misuse of networked "
                + "systems and to strengthen international cooperation to that end.", article.getText());
    }

    @Test
    void takesOrderedListItemsAsParagraphsNumberedAsWritten() throws Exception {
        DraftOutline outline = Fixtures.markdown("convention-draft.md");

        assertEquals(List.of("1.", "2."), Fixtures.node(outline, "art-5").getChildren().stream()
                .map(OutlineNode::getNum).collect(Collectors.toList()));
        assertEquals(List.of("art-24-para-1", "art-24-para-3"), Fixtures.node(outline, "art-24").getChildren()
                .stream().map(OutlineNode::getAnchor).collect(Collectors.toList()));
        assertEquals("3.", Fixtures.node(outline, "art-24-para-3").getNum());
    }

    @Test
    void takesLetteredLinesAndNestedListItemsAsSubparagraphs() throws Exception {
        DraftOutline outline = Fixtures.markdown("convention-draft.md");

        OutlineNode paragraph = Fixtures.node(outline, "art-5-para-2");
        assertEquals("Each State Party shall, in particular:", paragraph.getText());
        assertEquals(List.of("(a)", "(b)"),
                paragraph.getChildren().stream().map(OutlineNode::getNum).collect(Collectors.toList()));
        assertEquals("protect the privacy of persons whose data are processed under this Convention.",
                Fixtures.node(outline, "art-5-para-2-b").getText());

        OutlineNode remedy = Fixtures.node(outline, "art-24-para-3-b");
        assertEquals(NodeKind.SUBPARAGRAPH, remedy.getKind());
        assertEquals("the right to an effective remedy.", remedy.getText());
    }

    @Test
    void readsPreambleTextAndRecitals() throws Exception {
        OutlineNode preamble = Fixtures.markdown("convention-draft.md").getNodes().get(0);

        assertEquals("The States Parties to this Convention, Have agreed as follows:", preamble.getText());
        assertEquals(List.of("preamble-rec-1", "preamble-rec-2"),
                preamble.getChildren().stream().map(OutlineNode::getAnchor).collect(Collectors.toList()));
        assertEquals("Convinced that cooperation between States is needed to prevent their misuse,",
                preamble.getChildren().get(1).getText());
    }

    @Test
    void acceptsArticleHeadingWrittenWithADash() throws Exception {
        DraftOutline outline = importer.read("# T\n\n### Article 5 — Respect for human rights\n\nText.\n", "t.md");

        assertEquals("5", outline.getArticles().get(0).getNum());
        assertEquals("Respect for human rights", outline.getArticles().get(0).getHeading());
    }

    @Test
    void usesFileNameAsTitleWhenThereIsNoLevelOneHeading() throws Exception {
        DraftOutline outline = importer.read("### Article 1\n\nText.\n", "untitled.md");

        assertEquals("untitled.md", outline.getTitle());
        assertEquals("", outline.getArticles().get(0).getHeading());
    }

    @Test
    void reportsTextBeforeTheFirstGroupingOrArticle() throws Exception {
        DraftOutline outline = importer.read("# T\n\nAn explanatory note.\n\n### Article 1\n\nText.\n", "t.md");

        assertEquals("notice.text.outsideProvision", outline.getNotices().get(0).getMessageKey());
        assertEquals(3, outline.getNotices().get(0).getArguments()[1]);
    }

    @Test
    void refusesEmptyDocument() {
        DraftImportException refused = assertThrows(DraftImportException.class, () -> importer.read(" \n\n", "e.md"));

        assertEquals("import.md.empty", refused.getMessageKey());
        assertEquals("e.md", refused.getArguments()[0]);
    }

    @Test
    void refusesDocumentWithoutArticle() {
        DraftImportException refused = assertThrows(DraftImportException.class,
                () -> importer.read("# Title\n\n## Chapter I. General\n\nSome text.\n", "n.md"));

        assertEquals("import.md.noArticle", refused.getMessageKey());
    }

    @Test
    void refusesDuplicateArticleNumbersNamingBothLines() {
        DraftImportException refused = assertThrows(DraftImportException.class, () -> importer.read(
                "# Title\n\n### Article 5. One\n\nText.\n\n### Article 5. Two\n\nText.\n", "d.md"));

        assertEquals("import.md.duplicateArticle", refused.getMessageKey());
        assertEquals("Article 5 appears twice: line 3 and line 7.", refused.getMessage());
        assertEquals("line 7", refused.getLocation());
    }

    @Test
    void refusesArticleHeadingWithoutNumber() {
        DraftImportException refused = assertThrows(DraftImportException.class, () -> importer.read(
                "# Title\n\n### Article 1. One\n\nText.\n\n### Article. Definitions\n\nText.\n", "w.md"));

        assertEquals("import.md.articleWithoutNumber", refused.getMessageKey());
        assertEquals("line 7", refused.getLocation());
        assertEquals("Article. Definitions", refused.getArguments()[1]);
    }

    @Test
    void refusesArticleHeadingWhoseWordIsNotANumber() {
        DraftImportException refused = assertThrows(DraftImportException.class,
                () -> importer.read("# Title\n\n### Article Definitions\n\nText.\n", "w.md"));

        assertEquals("import.md.articleWithoutNumber", refused.getMessageKey());
    }

    @Test
    void refusesLevelThreeHeadingThatIsNotAnArticle() {
        DraftImportException refused = assertThrows(DraftImportException.class,
                () -> importer.read("# Title\n\n### Article 1\n\nText.\n\n### Commentary\n", "h.md"));

        assertEquals("import.md.unexpectedHeading", refused.getMessageKey());
        assertEquals("line 7", refused.getLocation());
    }
}
