package org.stakeholderportal.publication.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SnippetMarkerTest {

    @Test
    void marksWordsThatShareTheirStemWithTheQuery() {
        assertEquals("Judicial <mark>safeguards</mark> must come first.",
                SnippetMarker.mark("Judicial safeguards must come first.", "en", "safeguarding"));
    }

    @Test
    void marksArabicWordsWithTheArticleAndRussianWordsInAnotherCase() {
        assertTrue(SnippetMarker.mark("يجب حماية البيانات الشخصية", "ar", "بيانات").contains("<mark>البيانات</mark>"));
        assertTrue(SnippetMarker.mark("Требуется защита данных", "ru", "защиты").contains("<mark>защита</mark>"));
    }

    @Test
    void marksChineseWordsInsideARunOfCharacters() {
        assertEquals("个人<mark>数据</mark>保护", SnippetMarker.mark("个人数据保护", "zh", "数据"));
    }

    @Test
    void escapesEverythingButTheMarks() {
        String snippet = SnippetMarker.mark("<img src=x onerror=alert(1)> zebra & \"quotes\"", "en", "zebra");
        assertEquals("&lt;img src=x onerror=alert(1)&gt; <mark>zebra</mark> &amp; &quot;quotes&quot;", snippet);
    }

    @Test
    void ignoresExcludedWordsAndQuerySyntax() {
        String snippet = SnippetMarker.mark("oversight and remedy", "en", "\"oversight\" -remedy");
        assertEquals("<mark>oversight</mark> and remedy", snippet);
    }

    @Test
    void showsAWindowAroundTheFirstMatchInALongText() {
        String text = "word ".repeat(200) + "needle " + "word ".repeat(200);
        String snippet = SnippetMarker.mark(text, "en", "needle");
        assertTrue(snippet.startsWith("…") && snippet.endsWith("…"), snippet);
        assertTrue(snippet.contains("<mark>needle</mark>"));
        assertTrue(snippet.length() < 300, "a window, not the whole text: " + snippet.length());
    }

    @Test
    void withoutWordsShowsTheBeginningUnmarked() {
        String snippet = SnippetMarker.mark("First words of a long comment", "en", "");
        assertEquals("First words of a long comment", snippet);
        assertFalse(snippet.contains("<mark>"));
    }
}
