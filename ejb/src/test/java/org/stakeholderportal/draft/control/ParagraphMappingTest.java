package org.stakeholderportal.draft.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ParagraphMappingTest {

    private static DraftOutline draft(String markdown) throws DraftImportException {
        return new MarkdownOutlineImporter().read(markdown, "revision.md");
    }

    private static List<String> changes(ParagraphMapping mapping) {
        return mapping.getCorrespondences().stream()
                .map(c -> c.getChange() + " " + c.getPreviousAnchor() + " -> " + c.getNextAnchor())
                .collect(Collectors.toList());
    }

    private static final String ARTICLE_5 = "### Article 5. Respect for human rights\n\n"
            + "1. States Parties shall ensure that the implementation of their obligations under this Convention "
            + "is consistent with international human rights law.\n"
            + "2. Each State Party shall protect the privacy of persons whose data are processed.\n"
            + "3. Nothing in this article shall be interpreted as permitting the suppression of dissent.\n";

    @Test
    void mapsAnUnchangedArticleParagraphByParagraph() throws Exception {
        OutlineNode article = draft(ARTICLE_5).getArticles().get(0);

        ParagraphMapping mapping = ParagraphMapping.ofParagraphs(article, article);

        assertEquals(List.of("UNCHANGED art-5-para-1 -> art-5-para-1", "UNCHANGED art-5-para-2 -> art-5-para-2",
                "UNCHANGED art-5-para-3 -> art-5-para-3"), changes(mapping));
        assertEquals(1.0, mapping.getCorrespondences().get(0).getSimilarity());
    }

    @Test
    void reportsARewordedParagraphAsChangedWithItsSimilarity() throws Exception {
        OutlineNode before = draft(ARTICLE_5).getArticles().get(0);
        OutlineNode after = draft(ARTICLE_5.replace("shall protect the privacy of persons",
                "shall respect and protect the privacy of all persons")).getArticles().get(0);

        ParagraphMapping mapping = ParagraphMapping.ofParagraphs(before, after);

        ProvisionCorrespondence second = mapping.forPrevious("art-5-para-2").orElseThrow();
        assertEquals(ProvisionChange.CHANGED, second.getChange());
        assertEquals("art-5-para-2", second.getNextAnchor());
        assertTrue(second.getSimilarity() >= ParagraphMapping.THRESHOLD && second.getSimilarity() < 1.0,
                String.valueOf(second.getSimilarity()));
    }

    @Test
    void followsParagraphsRenumberedByAnInsertion() throws Exception {
        OutlineNode before = draft(ARTICLE_5).getArticles().get(0);
        OutlineNode after = draft("### Article 5. Respect for human rights\n\n"
                + "1. Each State Party shall respect the rule of law in applying this Convention.\n"
                + "2. States Parties shall ensure that the implementation of their obligations under this Convention "
                + "is consistent with international human rights law.\n"
                + "3. Each State Party shall protect the privacy of persons whose data are processed.\n"
                + "4. Nothing in this article shall be interpreted as permitting the suppression of dissent.\n")
                .getArticles().get(0);

        ParagraphMapping mapping = ParagraphMapping.ofParagraphs(before, after);

        assertEquals(List.of("MOVED art-5-para-1 -> art-5-para-2", "MOVED art-5-para-2 -> art-5-para-3",
                "MOVED art-5-para-3 -> art-5-para-4", "ADDED null -> art-5-para-1"), changes(mapping));
    }

    @Test
    void reportsADeletedParagraphAsRemoved() throws Exception {
        OutlineNode before = draft(ARTICLE_5).getArticles().get(0);
        OutlineNode after = draft("### Article 5. Respect for human rights\n\n"
                + "1. States Parties shall ensure that the implementation of their obligations under this Convention "
                + "is consistent with international human rights law.\n"
                + "3. Nothing in this article shall be interpreted as permitting the suppression of dissent.\n")
                .getArticles().get(0);

        ParagraphMapping mapping = ParagraphMapping.ofParagraphs(before, after);

        assertEquals(List.of("UNCHANGED art-5-para-1 -> art-5-para-1", "REMOVED art-5-para-2 -> null",
                "UNCHANGED art-5-para-3 -> art-5-para-3"), changes(mapping));
        assertEquals(Optional.empty(), mapping.newAnchorFor("art-5-para-2"));
    }

    @Test
    void treatsAParagraphRewrittenBeyondRecognitionAsRemovedAndAdded() throws Exception {
        OutlineNode before = draft(ARTICLE_5).getArticles().get(0);
        OutlineNode after = draft(ARTICLE_5.replace(
                "Each State Party shall protect the privacy of persons whose data are processed.",
                "Data retention periods are limited to what the investigation requires.")).getArticles().get(0);

        ParagraphMapping mapping = ParagraphMapping.ofParagraphs(before, after);

        assertEquals(ProvisionChange.REMOVED, mapping.forPrevious("art-5-para-2").orElseThrow().getChange());
        ProvisionCorrespondence added = mapping.getCorrespondences().get(mapping.getCorrespondences().size() - 1);
        assertEquals(ProvisionChange.ADDED, added.getChange());
        assertNull(added.getPrevious());
        assertEquals("art-5-para-2", added.getNextAnchor());
    }

    @Test
    void pairsEachNewParagraphAtMostOnce() throws Exception {
        OutlineNode before = draft("### Article 1\n\n1. The same words.\n2. The same words.\n").getArticles().get(0);
        OutlineNode after = draft("### Article 1\n\n1. The same words.\n").getArticles().get(0);

        ParagraphMapping mapping = ParagraphMapping.ofParagraphs(before, after);

        assertEquals(List.of("UNCHANGED art-1-para-1 -> art-1-para-1", "REMOVED art-1-para-2 -> null"),
                changes(mapping));
    }

    @Test
    void mapsSubparagraphsAsWellAsParagraphs() throws Exception {
        OutlineNode before = draft("### Article 24\n\n1. Safeguards shall include:\n"
                + "   (a) judicial or other independent review;\n   (b) the right to an effective remedy.\n")
                .getArticles().get(0);
        OutlineNode after = draft("### Article 24\n\n1. Safeguards shall include:\n"
                + "   (a) prior judicial authorisation;\n   (b) judicial or other independent review;\n"
                + "   (c) the right to an effective remedy.\n").getArticles().get(0);

        ParagraphMapping mapping = ParagraphMapping.ofParagraphs(before, after);

        assertEquals("art-24-para-1-b", mapping.newAnchorFor("art-24-para-1-a").orElseThrow());
        assertEquals("art-24-para-1-c", mapping.newAnchorFor("art-24-para-1-b").orElseThrow());
        assertEquals(ProvisionChange.CHANGED, mapping.forPrevious("art-24-para-1").orElseThrow().getChange());
    }

    @Test
    void followsAnArticleRenumberedBetweenRevisions() throws Exception {
        DraftOutline before = Fixtures.akn("convention-sample.xml");
        DraftOutline after = draft("### Article 1. Statement of purpose\n\n1. The purposes of this Convention are "
                + "to promote measures that prevent misuse of networked systems and to strengthen international "
                + "cooperation to that end.\n\n"
                + "### Article 41. Relation with other instruments\n\n"
                + "1. Nothing in this Convention shall affect other rights, obligations or responsibilities of "
                + "States Parties under international law.\n"
                + "2. States Parties may conclude bilateral or multilateral agreements to supplement the provisions "
                + "of this Convention.\n");

        ParagraphMapping mapping = ParagraphMapping.ofArticles(before, after);

        ProvisionCorrespondence renumbered = mapping.forPrevious("art-40-bis").orElseThrow();
        assertEquals(ProvisionChange.MOVED, renumbered.getChange());
        assertEquals("art-41", renumbered.getNextAnchor());
        assertEquals(ProvisionChange.REMOVED, mapping.forPrevious("art-5").orElseThrow().getChange());
        assertEquals(ProvisionChange.REMOVED, mapping.forPrevious("art-24").orElseThrow().getChange());
    }

    @Test
    void followsARenumberedArticleWhoseWordingAlsoChanged() throws Exception {
        DraftOutline before = draft("### Article 40 bis. Relation with other instruments\n\n"
                + "1. Nothing in this Convention shall affect other rights, obligations or responsibilities of "
                + "States Parties under international law.\n\n"
                + "### Article 41. Signature\n\nThis Convention shall be open for signature by all States.\n");
        DraftOutline after = draft("### Article 41. Relation with other instruments\n\n"
                + "1. Nothing in this Convention shall affect the rights, obligations or responsibilities of "
                + "States Parties under international law, including treaty law.\n\n"
                + "### Article 42. Signature\n\nThis Convention shall be open for signature by all States.\n");

        ParagraphMapping mapping = ParagraphMapping.ofArticles(before, after);

        ProvisionCorrespondence relation = mapping.forPrevious("art-40-bis").orElseThrow();
        assertEquals(ProvisionChange.MOVED, relation.getChange());
        assertEquals("art-41", relation.getNextAnchor());
        assertTrue(relation.getSimilarity() < 1.0);
        assertEquals("art-42", mapping.newAnchorFor("art-41").orElseThrow());
    }

    @Test
    void prefersTheSameNumberBetweenEquallyGoodCandidates() {
        OutlineNode one = new OutlineNode(NodeKind.PARAGRAPH, "1.", "", "Text.", "a-para-1", List.of());
        OutlineNode two = new OutlineNode(NodeKind.PARAGRAPH, "2.", "", "Text.", "a-para-2", List.of());

        ParagraphMapping mapping = ParagraphMapping.between(List.of(two), List.of(one, two));

        assertEquals(List.of("UNCHANGED a-para-2 -> a-para-2", "ADDED null -> a-para-1"), changes(mapping));
    }
}
