package org.stakeholderportal.draft.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordDiffTest {

    private final WordDiff diff = new WordDiff();

    private static DiffSegment equal(String text) {
        return new DiffSegment(DiffSegment.Type.EQUAL, text);
    }

    private static DiffSegment deleted(String text) {
        return new DiffSegment(DiffSegment.Type.DELETED, text);
    }

    private static DiffSegment inserted(String text) {
        return new DiffSegment(DiffSegment.Type.INSERTED, text);
    }

    @Test
    void identicalTextsAreOneEqualSegment() {
        String text = "Each State Party shall adopt such measures as may be necessary.";

        assertEquals(List.of(equal(text)), diff.compare(text, text));
    }

    @Test
    void emptyToNonEmptyIsOneInsertion() {
        assertEquals(List.of(inserted("New paragraph.")), diff.compare("", "New paragraph."));
        assertEquals(List.of(inserted("New paragraph.")), diff.compare(null, "New paragraph."));
    }

    @Test
    void nonEmptyToEmptyIsOneDeletion() {
        assertEquals(List.of(deleted("Old paragraph.")), diff.compare("Old paragraph.", ""));
    }

    @Test
    void twoEmptyTextsGiveNoSegments() {
        assertTrue(diff.compare("", "").isEmpty());
    }

    @Test
    void replacesWholeWordsNotCharacters() {
        List<DiffSegment> segments = diff.compare("The State Party shall adopt measures.",
                "Each State Party may adopt measures.");

        assertEquals(List.of(deleted("The"), inserted("Each"), equal(" State Party "), deleted("shall"),
                inserted("may"), equal(" adopt measures.")), segments);
    }

    @Test
    void treatsPunctuationAsItsOwnToken() {
        assertEquals(List.of(equal("measures"), deleted(","), inserted(";"), equal(" and")),
                diff.compare("measures, and", "measures; and"));
    }

    @Test
    void joinsAChangeSplitOnlyByASpaceIntoOneDeletionAndOneInsertion() {
        assertEquals(List.of(equal("shall "), deleted("promptly adopt"), inserted("consider adopting"),
                equal(" measures")), diff.compare("shall promptly adopt measures", "shall consider adopting measures"));
    }

    @Test
    void diffsArabicWordByWord() {
        List<DiffSegment> segments = diff.compare("تهدف هذه الاتفاقية إلى تعزيز التعاون",
                "تهدف هذه الاتفاقية إلى تيسير التعاون");

        assertEquals(List.of(equal("تهدف هذه الاتفاقية إلى "), deleted("تعزيز"), inserted("تيسير"),
                equal(" التعاون")), segments);
    }

    @Test
    void diffsCyrillicWordByWord() {
        List<DiffSegment> segments = diff.compare("Каждое государство принимает меры",
                "Каждое государство принимает необходимые меры");

        List<DiffSegment> changes = segments.stream()
                .filter(segment -> segment.getType() != DiffSegment.Type.EQUAL).toList();
        assertEquals(1, changes.size(), segments.toString());
        assertEquals(DiffSegment.Type.INSERTED, changes.get(0).getType());
        assertEquals("необходимые", changes.get(0).getText().strip());
    }

    @Test
    void diffsChineseCharacterByCharacter() {
        List<DiffSegment> segments = diff.compare("本公约旨在加强国家间的合作。", "本公约旨在促进国家间的合作。");

        assertEquals(List.of(equal("本公约旨在"), deleted("加强"), inserted("促进"), equal("国家间的合作。")), segments);
    }

    @Test
    void diffsJapaneseKanaCharacterByCharacter() {
        assertEquals(List.of(equal("締約国は"), deleted("措置"), inserted("対策"), equal("をとる")),
                diff.compare("締約国は措置をとる", "締約国は対策をとる"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The State Party shall adopt measures.|Each State Party may adopt measures.",
        "a b c d e f|a c e g",
        "本公约旨在加强合作|本公约加强国家间的合作",
        "  leading and trailing  |leading and trailing",
        "تهدف هذه الاتفاقية|هذه الاتفاقية تهدف"
    })
    void segmentsSpellBothTextsAndNeverRepeatAType(String previous, String next) {
        List<DiffSegment> segments = diff.compare(previous, next);

        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            DiffSegment segment = segments.get(i);
            if (segment.getType() != DiffSegment.Type.INSERTED) {
                before.append(segment.getText());
            }
            if (segment.getType() != DiffSegment.Type.DELETED) {
                after.append(segment.getText());
            }
            if (i > 0) {
                assertNotEquals(segments.get(i - 1).getType(), segment.getType(), segments.toString());
            }
        }
        assertEquals(previous, before.toString());
        assertEquals(next, after.toString());
    }

    @Test
    void escapesHostileTextInTheRedline() {
        List<DiffSegment> segments = diff.compare("Keep <b>this</b> & 'that'",
                "Keep <script>alert(\"x\")</script> & 'that'");

        String html = diff.toHtml(segments);

        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<b>"), html);
        assertEquals("Keep &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;that&#39;",
                html.replaceAll("<del>.*?</del>", "").replaceAll("</?ins>", ""), html);
        assertEquals("Keep &lt;b&gt;this&lt;/b&gt; &amp; &#39;that&#39;",
                html.replaceAll("<ins>.*?</ins>", "").replaceAll("</?del>", ""), html);
        assertEquals(html.replaceAll("</?(ins|del)>", "").replaceAll("&[a-z#0-9]+;", "").indexOf('<'), -1,
                "the only tags are ins and del: " + html);
    }

    @Test
    void marksInsertionsAndDeletionsInHtml() {
        String html = diff.toHtml(diff.compare("shall adopt", "may adopt"));

        assertEquals("<del>shall</del><ins>may</ins> adopt", html);
    }

    @Test
    void tokensJoinBackIntoTheText() {
        String text = "Article 5 (a): «registre» — 本公约 تهدف\tend.";

        assertEquals(text, String.join("", WordDiff.tokens(text)));
        assertEquals(List.of("article", "5", "a", "registre", "本", "公", "约", "تهدف", "end"), WordDiff.words(text));
    }
}
