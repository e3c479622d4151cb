package org.stakeholderportal.draft.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Constructs met in drafts as parliaments, journals and the EU publish them, each written here as the smallest file
 * that has the same structure.
 */
class AkomaNtosoImporterPublishedStructuresTest {

    private static final String OPEN = "<akomaNtoso xmlns=\"" + AkomaNtosoImporter.NAMESPACE + "\">\n";
    private static final String CLOSE = "</akomaNtoso>";

    private static List<String> articleAnchors(DraftOutline outline) {
        return outline.getArticles().stream().map(OutlineNode::getAnchor).collect(Collectors.toList());
    }

    private static List<String> noticeKeys(DraftOutline outline) {
        return outline.getNotices().stream().map(ImportNotice::getMessageKey).collect(Collectors.toList());
    }

    @Test
    void readsCollectionWhoseDocumentsFollowItInTheComponentsOfTheFile() throws Exception {
        DraftOutline outline = Fixtures.aknText(OPEN
                + "<documentCollection name=\"proposal\">\n"
                + "<preface><p><docTitle>Proposal package</docTitle></p></preface>\n"
                + "<collectionBody>\n"
                + "<component eId=\"cmp_1\"><documentRef href=\"#cmpnts__cmp_1\" showAs=\"Draft\"/></component>\n"
                + "<component eId=\"cmp_2\"><documentRef href=\"/akn/xx/bill/2025/7/eng@/protocol\" "
                + "showAs=\"Protocol\"/></component>\n"
                + "</collectionBody>\n"
                + "</documentCollection>\n"
                + "<components>\n"
                + "<component eId=\"cmpnts__cmp_2\"><bill name=\"protocol\"><meta><identification source=\"#s\">"
                + "<FRBRExpression><FRBRthis value=\"/akn/xx/bill/2025/7/eng@/protocol/!main\"/></FRBRExpression>"
                + "</identification></meta>\n"
                + "<body><article><num>Article 1</num><content><p>Protocol text.</p></content></article></body>"
                + "</bill></component>\n"
                + "<component eId=\"cmpnts__cmp_1\"><bill name=\"draft\"><body>\n"
                + "<article><num>Article 1</num><content><p>Draft text.</p></content></article>\n"
                + "<article><num>Article 2</num><content><p>More draft text.</p></content></article>\n"
                + "</body></bill></component>\n"
                + "<component eId=\"cmpnts__cmp_3\"><bill name=\"unreferenced\"><body>\n"
                + "<article><num>Article 9</num><content><p>Kept all the same.</p></content></article>\n"
                + "</body></bill></component>\n"
                + "</components>\n" + CLOSE);

        assertEquals("Proposal package", outline.getTitle());
        assertEquals(List.of("art-1", "art-2", "art-1-2", "art-9"), articleAnchors(outline));
        assertEquals("Draft text.", Fixtures.node(outline, "art-1").getText());
        assertEquals("Protocol text.", Fixtures.node(outline, "art-1-2").getText());
        assertFalse(noticeKeys(outline).contains("notice.component.notIncluded"), noticeKeys(outline)::toString);
    }

    @Test
    void refusesCollectionThatOnlyRefersToDocumentsKeptElsewhereNamingOne() {
        DraftImportException refused = assertThrows(DraftImportException.class, () -> Fixtures.aknText(OPEN
                + "<documentCollection name=\"package\">\n"
                + "<collectionBody>\n"
                + "<component><documentRef href=\"decision_12.xml\" showAs=\"Decision on fisheries\"/></component>\n"
                + "</collectionBody>\n"
                + "</documentCollection>\n" + CLOSE));

        assertEquals("import.xml.componentsNotIncluded", refused.getMessageKey());
        assertEquals("Decision on fisheries", refused.getArguments()[1]);
        assertTrue(refused.getMessage().contains("Decision on fisheries"), refused.getMessage());
    }

    @Test
    void takesRegulationsWrittenAsNamedHcontainersAsTheProvisions() throws Exception {
        DraftOutline outline = Fixtures.aknText(OPEN
                + "<act name=\"instrument\"><body>\n"
                + "<part><num>PART 1</num><heading>General</heading>\n"
                + "<hcontainer name=\"regulation\"><num>1</num><heading>Citation</heading>\n"
                + "<paragraph><num>1</num><content><p>These Regulations may be cited as the Sample "
                + "Regulations.</p></content></paragraph>\n"
                + "<paragraph><num>2</num><content><p>In regulation 2, for “old” substitute:</p>\n"
                + "<p><mod><quotedStructure><hcontainer name=\"regulation\"><num>2</num><content><p>Quoted."
                + "</p></content></hcontainer></quotedStructure></mod></p></content></paragraph>\n"
                + "</hcontainer>\n"
                + "<hcontainer name=\"regulation\"><num>2</num><heading>Interpretation</heading>\n"
                + "<content><p>In these Regulations words mean what they say.</p></content>\n"
                + "</hcontainer>\n"
                + "</part>\n"
                + "</body></act>\n" + CLOSE);

        assertEquals(List.of("art-1", "art-2"), articleAnchors(outline));
        assertEquals(NodeKind.PART, outline.getNodes().get(0).getKind());
        assertEquals("Citation", Fixtures.node(outline, "art-1").getHeading());
        assertEquals(List.of("art-1-para-1", "art-1-para-2"), Fixtures.node(outline, "art-1").getChildren()
                .stream().map(OutlineNode::getAnchor).collect(Collectors.toList()));
        assertTrue(Fixtures.node(outline, "art-1-para-2").getText().contains("“2 Quoted.”"),
                Fixtures.node(outline, "art-1-para-2").getText());
        assertEquals("In these Regulations words mean what they say.", Fixtures.node(outline, "art-2").getText());
    }

    @Test
    void keepsSchedulesWrittenInTheBodyAsGroupingsInsteadOfDroppingThem() throws Exception {
        DraftOutline outline = Fixtures.aknText(OPEN
                + "<act><body>\n"
                + "<section><num>1</num><heading>Amounts</heading><content><p>Schedule 1 sets the amounts."
                + "</p></content></section>\n"
                + "<hcontainer name=\"schedules\">\n"
                + "<hcontainer name=\"schedule\"><num>SCHEDULE 1</num><heading>Amounts</heading>\n"
                + "<content><table><tr><td><p>Body A</p></td><td><p>100</p></td></tr></table></content>\n"
                + "</hcontainer>\n"
                + "<hcontainer name=\"schedule\"><num>SCHEDULE 2</num><heading>Powers</heading>\n"
                + "<paragraph><num>1</num><content><p>An officer may enter land.</p></content></paragraph>\n"
                + "</hcontainer>\n"
                + "</hcontainer>\n"
                + "</body></act>\n" + CLOSE);

        assertEquals(List.of("art-1"), articleAnchors(outline));
        OutlineNode schedules = outline.getNodes().get(1);
        assertEquals(NodeKind.SECTION, schedules.getKind());
        OutlineNode amounts = Fixtures.node(outline, "sched-1");
        assertEquals("SCHEDULE 1", amounts.getNum());
        assertEquals("Amounts", amounts.getHeading());
        assertEquals("Body A | 100", amounts.getText());
        assertEquals("An officer may enter land.", Fixtures.node(outline, "sched-2-para-1").getText());
        assertFalse(noticeKeys(outline).contains("notice.text.outsideProvision"), noticeKeys(outline)::toString);
    }

    @Test
    void takesNumberedParagraphsInAnUnnamedHcontainerAsAGroupingRatherThanLooseText() throws Exception {
        DraftOutline outline = Fixtures.aknText(OPEN
                + "<act><body>\n"
                + "<article><num>Article 1</num><content><p>First.</p></content></article>\n"
                + "<hcontainer><heading>Final clauses</heading>\n"
                + "<paragraph><num>1.</num><content><p>Done in one original.</p></content></paragraph>\n"
                + "</hcontainer>\n"
                + "</body></act>\n" + CLOSE);

        OutlineNode finalClauses = outline.getNodes().get(1);
        assertEquals("Final clauses", finalClauses.getHeading());
        assertEquals("Done in one original.", finalClauses.getChildren().get(0).getText());
        assertTrue(outline.getNotices().isEmpty(), outline.getNotices()::toString);
    }

    @Test
    void leavesEditorialInsertionOutOfTheProvisionsAndReportsWhereItIs() throws Exception {
        DraftOutline outline = Fixtures.aknText(OPEN
                + "<act><body>\n"
                + "<section><num>SEC. 1.</num><content><p>Short title.</p></content></section>\n"
                + "<section><num>SEC. 2.</num><content><p>Definitions.</p></content></section>\n"
                + "<section status=\"editorial\"><content><p>Page 754</p></content></section>\n"
                + "<section><num>SEC. 3.</num><content><p>Authorisation.</p></content></section>\n"
                + "</body></act>\n" + CLOSE);

        assertEquals(List.of("art-1", "art-2", "art-3"), articleAnchors(outline));
        assertEquals("Authorisation.", Fixtures.node(outline, "art-3").getText());
        ImportNotice notice = outline.getNotices().get(0);
        assertEquals("notice.text.outsideProvision", notice.getMessageKey());
        assertEquals(1, notice.getArguments()[0]);
        assertEquals(5, notice.getArguments()[1]);
    }

    @Test
    void keepsTheNumberedArticlesAnchorWhenAnUnnumberedArticleComesFirst() throws Exception {
        DraftOutline outline = Fixtures.aknText(OPEN
                + "<act><body>\n"
                + "<article><num>1</num><content><p>One.</p></content></article>\n"
                + "<article><num>2</num><content><p>Two.</p></content></article>\n"
                + "<article><content><p>Unnumbered.</p></content></article>\n"
                + "<article><num>3</num><content><p>Three.</p></content></article>\n"
                + "</body></act>\n" + CLOSE);

        assertEquals(List.of("art-1", "art-2", "art-3-2", "art-3"), articleAnchors(outline));
        assertEquals("Three.", Fixtures.node(outline, "art-3").getText());
    }

    @Test
    void countsEachPlaceOfTextOutsideProvisionsAndPointsAtTheFirst() throws Exception {
        DraftOutline outline = Fixtures.aknText(OPEN
                + "<act><body>\n"
                + "<article><num>1</num><content><p>One.</p></content></article>\n"
                + "<p>A note between articles.</p>\n"
                + "<article><num>2</num><content><p>Two.</p></content></article>\n"
                + "<hcontainer name=\"signatures\"><p>Signed, the Minister</p></hcontainer>\n"
                + "</body></act>\n" + CLOSE);

        ImportNotice notice = outline.getNotices().get(0);
        assertEquals("notice.text.outsideProvision", notice.getMessageKey());
        assertEquals(2, notice.getArguments()[0]);
        assertEquals(4, notice.getArguments()[1]);
    }

    @Test
    void reportsNoRepeatedEIdWhenOnlySeparateComponentsShareThem() throws Exception {
        String component = "<component><act><meta><identification source=\"#s\"><FRBRWork>"
                + "<FRBRthis eId=\"frbrwork__frbrthis\" value=\"/akn/xx/act/1\"/></FRBRWork></identification></meta>"
                + "<body><article eId=\"art_1\"><num>Article 1</num><content><p>Text.</p></content></article>"
                + "</body></act></component>\n";
        DraftOutline outline = Fixtures.aknText(OPEN
                + "<documentCollection><collectionBody>\n" + component + component
                + "</collectionBody></documentCollection>\n" + CLOSE);

        assertEquals(List.of("art-1", "art-1-2"), articleAnchors(outline));
        assertFalse(noticeKeys(outline).contains("notice.eId.duplicate"), noticeKeys(outline)::toString);
    }

    @Test
    void readsTheSpanishLanguageCodeAsUruguayWritesIt() {
        assertEquals("es", AkomaNtosoImporter.languageCode("esp"));
    }
}
