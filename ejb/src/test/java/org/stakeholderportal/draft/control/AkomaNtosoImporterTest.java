package org.stakeholderportal.draft.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AkomaNtosoImporterTest {

    @Test
    void readsTitleSymbolAndLanguageOfTheConventionDraft() throws Exception {
        DraftOutline outline = Fixtures.akn("convention-sample.xml");

        assertEquals("Draft convention on cooperation against misuse of networked systems", outline.getTitle());
        assertEquals("A/AC.999/3", outline.getDocumentSymbol());
        assertEquals(List.of("en"), outline.getLanguages());
        assertTrue(outline.getNotices().isEmpty(), () -> outline.getNotices().toString());
    }

    @Test
    void readsChaptersArticlesParagraphsAndSubparagraphsOfTheConventionDraft() throws Exception {
        DraftOutline outline = Fixtures.akn("convention-sample.xml");

        assertEquals(List.of(NodeKind.PREAMBLE, NodeKind.CHAPTER, NodeKind.CHAPTER, NodeKind.CHAPTER),
                outline.getNodes().stream().map(OutlineNode::getKind).collect(Collectors.toList()));
        assertEquals(List.of("Article 1", "Article 5", "Article 24", "Article 40 bis"),
                outline.getArticles().stream().map(OutlineNode::getNum).collect(Collectors.toList()));
        assertEquals(List.of("art-1", "art-5", "art-24", "art-40-bis"),
                outline.getArticles().stream().map(OutlineNode::getAnchor).collect(Collectors.toList()));

        OutlineNode chapter = Fixtures.node(outline, "ch-i");
        assertEquals("Chapter I", chapter.getNum());
        assertEquals("General provisions", chapter.getHeading());

        OutlineNode article5 = Fixtures.node(outline, "art-5");
        assertEquals("Respect for human rights", article5.getHeading());
        assertEquals("", article5.getText());
        assertEquals(List.of("art-5-para-1", "art-5-para-2"),
                article5.getChildren().stream().map(OutlineNode::getAnchor).collect(Collectors.toList()));
        assertTrue(Fixtures.node(outline, "art-5-para-1").getText()
                .startsWith("States Parties shall ensure that the implementation"));

        OutlineNode paragraph2 = Fixtures.node(outline, "art-5-para-2");
        assertEquals(List.of("art-5-para-2-sub-1", "art-5-para-2-a", "art-5-para-2-b"),
                paragraph2.getChildren().stream().map(OutlineNode::getAnchor).collect(Collectors.toList()));
        assertEquals("Each State Party shall, in particular:", paragraph2.getChildren().get(0).getText());
        OutlineNode pointA = Fixtures.node(outline, "art-5-para-2-a");
        assertEquals(NodeKind.SUBPARAGRAPH, pointA.getKind());
        assertEquals("(a)", pointA.getNum());
        assertEquals("refrain from measures that would unduly restrict the freedom of expression;",
                pointA.getText());

        OutlineNode remedy = Fixtures.node(outline, "art-24-para-3-b");
        assertEquals("the right to an effective remedy.", remedy.getText());
        assertEquals("Conditions and safeguards", Fixtures.node(outline, "art-24").getHeading());
    }

    @Test
    void readsPreambleWithRecitalsAsSubparagraphs() throws Exception {
        OutlineNode preamble = Fixtures.akn("convention-sample.xml").getNodes().get(0);

        assertEquals(NodeKind.PREAMBLE, preamble.getKind());
        assertEquals("preamble", preamble.getAnchor());
        assertEquals("The States Parties to this Convention, Have agreed as follows:", preamble.getText());
        assertEquals(2, preamble.getChildren().size());
        assertEquals("preamble-rec-1", preamble.getChildren().get(0).getAnchor());
        assertEquals("Mindful that networked systems carry an ever larger share of everyday life,",
                preamble.getChildren().get(0).getText());
    }

    @Test
    void ordersArticleFortyBisAfterTwentyFourBySortKey() throws Exception {
        List<OutlineNode> articles = Fixtures.akn("convention-sample.xml").getArticles();

        for (int i = 1; i < articles.size(); i++) {
            assertTrue(articles.get(i - 1).getSortKey().compareTo(articles.get(i).getSortKey()) < 0,
                    articles.get(i - 1).getNum() + " should sort before " + articles.get(i).getNum());
        }
    }

    @Test
    void readsNamespaceBoundToPrefixAndIgnoresForeignElementsAndAttributes() throws Exception {
        DraftOutline outline = Fixtures.akn("prefixed-namespace.xml");

        assertEquals("Regulation on shared registries", outline.getTitle());
        assertEquals(List.of("fr", "en"), outline.getLanguages());
        assertEquals(2, outline.getArticles().size());
        for (OutlineNode node : Fixtures.allNodes(outline)) {
            assertFalse(node.getText().contains("99"), "vendor data leaked into " + node);
            assertFalse(node.getText().contains("*"), "vendor marker leaked into " + node);
        }
        assertEquals("les obligations des gestionnaires de registres.",
                Fixtures.node(outline, "art-premier-para-1-b").getText());
    }

    @Test
    void readsListIntroPointsAndWrapUpAsSubparagraphsInOrder() throws Exception {
        OutlineNode paragraph = Fixtures.node(Fixtures.akn("prefixed-namespace.xml"), "art-premier-para-1");

        assertEquals(List.of("", "a)", "b)", ""),
                paragraph.getChildren().stream().map(OutlineNode::getNum).collect(Collectors.toList()));
        assertEquals("Le présent règlement établit :", paragraph.getChildren().get(0).getText());
        assertEquals("sans préjudice du droit national.", paragraph.getChildren().get(3).getText());
        assertEquals("art-premier-para-1-sub-4", paragraph.getChildren().get(3).getAnchor());
    }

    @Test
    void readsBlockListInsideArticleContentAsSubparagraphs() throws Exception {
        OutlineNode article = Fixtures.node(Fixtures.akn("prefixed-namespace.xml"), "art-2");

        assertEquals("", article.getText());
        assertEquals(List.of("", "1°", "2°"),
                article.getChildren().stream().map(OutlineNode::getNum).collect(Collectors.toList()));
        assertEquals("« registre » : une base de données tenue en commun ;",
                article.getChildren().get(1).getText());
    }

    @Test
    void acceptsPreReleaseNamespaceWithANotice() throws Exception {
        DraftOutline outline = Fixtures.akn("prerelease-namespace.xml");

        assertEquals("Public Records Act", outline.getTitle());
        assertEquals(List.of("art-1", "art-2"),
                outline.getArticles().stream().map(OutlineNode::getAnchor).collect(Collectors.toList()));
        assertEquals(1, outline.getNotices().size());
        ImportNotice notice = outline.getNotices().get(0);
        assertEquals("notice.namespace.prerelease", notice.getMessageKey());
        assertEquals("CSD06", notice.getArguments()[0]);
        assertTrue(notice.getMessage().contains("CSD06"), notice.getMessage());
    }

    @Test
    void refusesLegacyNamespaceNamingIt() {
        DraftImportException refused = assertThrows(DraftImportException.class,
                () -> Fixtures.akn("legacy-namespace.xml"));

        assertEquals("import.xml.namespace.legacy", refused.getMessageKey());
        assertTrue(refused.getMessage().contains("http://www.akomantoso.org/2.0"), refused.getMessage());
        assertTrue(refused.getLocation().startsWith("line 2, column "), refused.getLocation());
    }

    @Test
    void takesNumberedSectionsAsArticlesWhenTheBillHasNoArticles() throws Exception {
        DraftOutline outline = Fixtures.akn("common-law-bill.xml");

        assertEquals("A Bill to provide for the registration of community water schemes, and for connected purposes.",
                outline.getTitle());
        assertEquals("B 12-2023", outline.getDocumentSymbol());
        assertEquals(List.of("en"), outline.getLanguages());
        assertEquals(List.of(NodeKind.PART, NodeKind.PART),
                outline.getNodes().stream().map(OutlineNode::getKind).collect(Collectors.toList()));
        assertEquals(List.of("art-1", "art-2", "art-501"),
                outline.getArticles().stream().map(OutlineNode::getAnchor).collect(Collectors.toList()));
        assertEquals("Sec. 501.", Fixtures.node(outline, "art-501").getNum());
        assertEquals(NodeKind.ARTICLE, Fixtures.node(outline, "art-501").getKind());
    }

    @Test
    void takesCommonLawSubsectionsAsParagraphsAndTheirParagraphsAsSubparagraphs() throws Exception {
        DraftOutline outline = Fixtures.akn("common-law-bill.xml");

        OutlineNode subsection = Fixtures.node(outline, "art-2-para-2");
        assertEquals(NodeKind.PARAGRAPH, subsection.getKind());
        assertEquals("A scheme is a community scheme if—", subsection.getText());
        OutlineNode point = Fixtures.node(outline, "art-2-para-2-b");
        assertEquals(NodeKind.SUBPARAGRAPH, point.getKind());
        assertEquals("it is managed by its users.", point.getText());
    }

    @Test
    void leavesFootnotesAndDeletionsOutAndKeepsInsertions() throws Exception {
        OutlineNode article = Fixtures.node(Fixtures.akn("amending-act.xml"), "art-1er-a");

        assertEquals("Article 1er A", article.getNum());
        assertEquals("Scope", article.getHeading());
        assertEquals("This act applies to municipal registries.", article.getText());
    }

    @Test
    void keepsQuotedLawAsTextAndNeverAsProvisions() throws Exception {
        DraftOutline outline = Fixtures.akn("amending-act.xml");

        assertEquals(List.of("Article 1er A", "Art. 5.", "12-bis", ""),
                outline.getArticles().stream().map(OutlineNode::getNum).collect(Collectors.toList()));
        assertEquals("In the Registries Act, the following article is inserted after Article 3: "
                        + "«Article 3 bis Digital copies Registries may keep digital copies.»",
                Fixtures.node(outline, "art-5-para-1").getText());
        assertEquals("In Article 7 of the same Act, the words “thirty days” are replaced by “sixty days”.",
                Fixtures.node(outline, "art-5-para-2").getText());
        assertTrue(Fixtures.anchors(outline).stream().noneMatch(anchor -> anchor.contains("3-bis")));
    }

    @Test
    void readsNestedAlineasAndFlattensTablesCellByCell() throws Exception {
        DraftOutline outline = Fixtures.akn("amending-act.xml");

        OutlineNode article = Fixtures.node(outline, "art-12-bis");
        assertEquals("", article.getHeading());
        assertEquals(List.of("art-12-bis-sub-1", "art-12-bis-sub-2"),
                article.getChildren().stream().map(OutlineNode::getAnchor).collect(Collectors.toList()));
        assertEquals("The fees are set out in the following table:",
                Fixtures.node(outline, "art-12-bis-sub-1").getText());
        assertEquals("Service | Fee / Extract | 5 EUR / Certified copy | 12 EUR",
                Fixtures.node(outline, "art-12-bis-sub-1-sub-1").getText());
    }

    @Test
    void acceptsArticleWithEmptyNumAnchoringItByPositionWithANotice() throws Exception {
        DraftOutline outline = Fixtures.akn("amending-act.xml");

        OutlineNode unnumbered = outline.getArticles().get(3);
        assertEquals("", unnumbered.getNum());
        assertEquals("art-4", unnumbered.getAnchor());
        assertEquals("This act enters into force on the day after its publication.", unnumbered.getText());
        assertEquals("Done at Rome.", Fixtures.node(outline, "art-4-sub-1").getText());
        assertTrue(outline.getNotices().stream()
                .anyMatch(notice -> notice.getMessageKey().equals("notice.article.unnumbered")));
    }

    @Test
    void acceptsDuplicatedEIdsWithANoticeBecauseAnchorsDoNotDependOnThem() throws Exception {
        DraftOutline outline = Fixtures.akn("amending-act.xml");

        ImportNotice notice = outline.getNotices().stream()
                .filter(n -> n.getMessageKey().equals("notice.eId.duplicate")).findFirst()
                .orElseThrow(() -> new AssertionError(outline.getNotices().toString()));
        assertEquals("art_1", notice.getArguments()[1]);
        assertEquals(List.of("art-1er-a", "art-5", "art-12-bis", "art-4"),
                outline.getArticles().stream().map(OutlineNode::getAnchor).collect(Collectors.toList()));
    }

    @Test
    void readsGreekNumbersAndFallsBackToPositionForGreekLetters() throws Exception {
        DraftOutline outline = Fixtures.akn("greek-act.xml");

        assertEquals("Νόμος για τα δημόσια αρχεία", outline.getTitle());
        assertEquals(List.of("el"), outline.getLanguages());
        assertEquals("Άρθρο 1", Fixtures.node(outline, "art-1").getNum());
        OutlineNode letterPoint = Fixtures.node(outline, "art-1-para-2-sub-2");
        assertEquals("β)", letterPoint.getNum());
        assertEquals("η πρόσβαση του κοινού.", letterPoint.getText());
        assertTrue(Fixtures.node(outline, "art-1-para-2-sub-1").getSortKey().compareTo(letterPoint.getSortKey()) < 0);
    }

    @Test
    void takesAnHcontainerHoldingArticlesAsAGrouping() throws Exception {
        OutlineNode grouping = Fixtures.akn("greek-act.xml").getNodes().get(0);

        assertEquals(NodeKind.SECTION, grouping.getKind());
        assertEquals("hc-1", grouping.getAnchor());
        assertEquals("ΜΕΡΟΣ Α΄", grouping.getHeading());
        assertEquals(2, grouping.getChildren().size());
    }

    @Test
    void readsArabicAndChineseDraftWithAsciiAnchors() throws Exception {
        DraftOutline outline = Fixtures.akn("multilingual.xml");

        assertEquals("مشروع اتفاقية بشأن التعاون", outline.getTitle());
        assertNull(outline.getDocumentSymbol());
        assertEquals(List.of("ar", "zh"), outline.getLanguages());
        assertEquals(List.of("art-1", "art-2"),
                outline.getArticles().stream().map(OutlineNode::getAnchor).collect(Collectors.toList()));
        assertEquals("المادة ١", outline.getArticles().get(0).getNum());
        assertEquals("本公约旨在加强国家间的合作。", outline.getArticles().get(1).getText());
        for (String anchor : Fixtures.anchors(outline)) {
            assertTrue(anchor.matches("[a-z0-9-]+"), anchor);
        }
    }

    @Test
    void readsOneLineDocumentWithoutXmlDeclaration() throws Exception {
        DraftOutline outline = Fixtures.akn("one-line.xml");

        assertEquals("one-line.xml", outline.getTitle());
        assertEquals(2, outline.getArticles().size());
        assertEquals("Secondly, no XML declaration.", outline.getArticles().get(1).getText());
    }

    @Test
    void takesEveryComponentOfACollectionAndKeepsRepeatedArticleNumbersApart() throws Exception {
        DraftOutline outline = Fixtures.akn("collection.xml");

        assertEquals("Negotiating package", outline.getTitle());
        assertEquals(List.of("en", "fr"), outline.getLanguages());
        assertEquals(List.of("art-1", "art-2", "art-1-2"),
                outline.getArticles().stream().map(OutlineNode::getAnchor).collect(Collectors.toList()));
        assertEquals("Relation to the convention", Fixtures.node(outline, "art-1-2").getHeading());
        ImportNotice notice = outline.getNotices().get(0);
        assertEquals("notice.component.notIncluded", notice.getMessageKey());
        assertEquals("Second optional protocol", notice.getArguments()[0]);
    }

    @Test
    void importsAnnexAfterTheBodyAndReportsAnnexOnlyReferenced() throws Exception {
        DraftOutline outline = Fixtures.akn("with-annex.xml");

        assertEquals(2, outline.getNodes().size());
        OutlineNode annex = outline.getNodes().get(1);
        assertEquals(NodeKind.SECTION, annex.getKind());
        assertEquals("annex-i", annex.getAnchor());
        assertEquals("Annex I", annex.getNum());
        assertEquals("Designated authorities", annex.getHeading());
        assertEquals("Each State Party designates the following authorities.", annex.getText());
        assertEquals(List.of("annex-i-para-1", "annex-i-para-2"),
                annex.getChildren().stream().map(OutlineNode::getAnchor).collect(Collectors.toList()));
        assertEquals(1, outline.getNotices().size());
        assertEquals("notice.annex.notIncluded", outline.getNotices().get(0).getMessageKey());
        assertTrue(outline.getNotices().get(0).getMessage().contains("Annex II"));
    }

    @Test
    void refusesTwoArticlesWithTheSameNumberNamingBothLines() {
        DraftImportException refused = assertThrows(DraftImportException.class,
                () -> Fixtures.akn("duplicate-articles.xml"));

        assertEquals("import.xml.duplicateArticle", refused.getMessageKey());
        assertEquals("Article 5 appears twice: line 6 and line 9.", refused.getMessage());
        assertEquals("line 9", refused.getLocation());
    }

    @Test
    void refusesAmendmentWhoseOnlyArticleIsQuotedFromAnotherText() {
        DraftImportException refused = assertThrows(DraftImportException.class,
                () -> Fixtures.akn("amendment-quotes-only.xml"));

        assertEquals("import.xml.noprovisions", refused.getMessageKey());
    }

    @Test
    void readsArticlesWrappedInAnAmendmentBodyAndReportsTheJustification() throws Exception {
        DraftOutline outline = Fixtures.akn("amendment-with-articles.xml");

        assertEquals("Consolidated amendments", outline.getTitle());
        assertEquals(List.of("art-9"),
                outline.getArticles().stream().map(OutlineNode::getAnchor).collect(Collectors.toList()));
        assertEquals("notice.text.outsideProvision", outline.getNotices().get(0).getMessageKey());
    }

    @Test
    void refusesDocumentWithoutBody() {
        DraftImportException refused = assertThrows(DraftImportException.class, () -> Fixtures.aknText(
                "<akomaNtoso xmlns=\"" + AkomaNtosoImporter.NAMESPACE + "\"><act><meta/></act></akomaNtoso>"));

        assertEquals("import.xml.nobody", refused.getMessageKey());
        assertEquals("act", refused.getArguments()[0]);
    }

    @Test
    void refusesBodyWithoutProvisions() {
        DraftImportException refused = assertThrows(DraftImportException.class, () -> Fixtures.aknText(
                "<akomaNtoso xmlns=\"" + AkomaNtosoImporter.NAMESPACE + "\"><doc><mainBody><p>Only a note.</p>"
                        + "</mainBody></doc></akomaNtoso>"));

        assertEquals("import.xml.noprovisions", refused.getMessageKey());
        assertEquals("inline.xml", refused.getArguments()[0]);
    }

    @Test
    void readsGeneratedThreeHundredArticleDraftOfAboutOneMegabyteQuickly() {
        String xml = largeDraft(300);
        assertTrue(xml.length() > 900_000, "fixture is " + xml.length() + " characters");

        DraftOutline outline = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Fixtures.aknText(xml));

        assertEquals(300, outline.getArticles().size());
        assertEquals("art-300-para-4", outline.getArticles().get(299).getChildren().get(3).getAnchor());
        List<String> anchors = Fixtures.anchors(outline);
        assertEquals(anchors.size(), new HashSet<>(anchors).size(), "anchors are unique");
    }

    static String largeDraft(int articles) {
        StringBuilder xml = new StringBuilder("<akomaNtoso xmlns=\"" + AkomaNtosoImporter.NAMESPACE + "\">")
                .append("<act><body>\n");
        String sentence = "Each State Party shall adopt such legislative and other measures as may be necessary "
                + "to give effect to the obligations set out in this article, in accordance with its domestic law. ";
        for (int a = 1; a <= articles; a++) {
            if (a % 30 == 1) {
                xml.append("<chapter><num>Chapter ").append(a / 30 + 1).append("</num><heading>Chapter heading ")
                        .append(a / 30 + 1).append("</heading>\n");
            }
            xml.append("<article eId=\"art_").append(a).append("\"><num>Article ").append(a)
                    .append("</num><heading>Heading of article ").append(a).append("</heading>\n");
            for (int p = 1; p <= 4; p++) {
                xml.append("<paragraph><num>").append(p).append(".</num><content><p>")
                        .append(sentence.repeat(5)).append("</p></content></paragraph>\n");
            }
            xml.append("</article>\n");
            if (a % 30 == 0 || a == articles) {
                xml.append("</chapter>\n");
            }
        }
        return xml.append("</body></act></akomaNtoso>").toString();
    }
}
