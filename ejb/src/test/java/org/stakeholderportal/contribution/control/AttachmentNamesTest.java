package org.stakeholderportal.contribution.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stakeholderportal.contribution.control.AttachmentType.DOCX;
import static org.stakeholderportal.contribution.control.AttachmentType.ODT;
import static org.stakeholderportal.contribution.control.AttachmentType.PDF;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AttachmentNamesTest {

    @Test
    void parentDirectoryTraversalKeepsOnlyTheLastSegment() {
        assertEquals("passwd.pdf", AttachmentNames.sanitize("../../etc/passwd", PDF));
    }

    @Test
    void windowsPathKeepsOnlyTheFileName() {
        assertEquals("evil.pdf", AttachmentNames.sanitize("C:\\Users\\x\\evil.pdf", PDF));
    }

    @Test
    void mixedSeparatorsKeepOnlyTheLastSegment() {
        assertEquals("report.docx", AttachmentNames.sanitize("a\\b/c\\report.docx", DOCX));
    }

    @Test
    void markupInTheNameCannotSurvive() {
        // the "/" of "</script>" is a path separator, so only "script>.pdf" is left, and ">" is replaced
        assertEquals("script_.pdf", AttachmentNames.sanitize("<script>alert(1)</script>.pdf", PDF));
        assertEquals("_img src=x onerror=alert(1)_.pdf",
                AttachmentNames.sanitize("<img src=x onerror=alert(1)>.pdf", PDF));
    }

    @Test
    void charactersForbiddenOnWindowsAndPercentAreReplacedByUnderscores() {
        assertEquals("a_b_c_d_e_f_g_h_i.pdf", AttachmentNames.sanitize("a<b>c:d\"e|f?g*h%i.pdf", PDF));
        assertEquals("100_ final_2e_2e.pdf", AttachmentNames.sanitize("100% final%2e%2e.pdf", PDF));
    }

    @Test
    void rightToLeftOverrideIsRemovedSoTheNameReadsAsItIs() {
        assertEquals("fdp.pdf", AttachmentNames.sanitize("\u202Efdp.exe", PDF));
        assertEquals("invoicegpj.pdf", AttachmentNames.sanitize("invoice\u202Egpj.exe", PDF));
    }

    @Test
    void everyBidiEmbeddingOverrideAndIsolateIsRemoved() {
        String name = "a\u202Ab\u202Bc\u202Cd\u202De\u202Ef\u2066g\u2067h\u2068i\u2069j\u200Ek\u200Fl.pdf";
        assertEquals("abcdefghijkl.pdf", AttachmentNames.sanitize(name, PDF));
    }

    @Test
    void zeroWidthCharactersAreRemoved() {
        assertEquals("report.pdf",
                AttachmentNames.sanitize("\uFEFFre\u200Bpo\u200Crt\u200D\u2060.pdf", PDF));
    }

    @Test
    void invisibleTagCharactersAreRemoved() {
        String tagged = "report" + new String(Character.toChars(0xE0041)) + ".pdf"; // TAG LATIN CAPITAL A
        assertEquals("report.pdf", AttachmentNames.sanitize(tagged, PDF));
    }

    @Test
    void controlCharactersAreRemoved() {
        assertEquals("report.pdf", AttachmentNames.sanitize("re\u0000po\u0007rt\u001B\u007F\u0085.pdf", PDF));
    }

    @Test
    void lineBreaksTabsAndOtherSpacesCollapseIntoOneSpace() {
        assertEquals("annual report 2024.pdf",
                AttachmentNames.sanitize("  annual\t\r\n report \u00A0\u2028 2024 .pdf", PDF));
    }

    @Test
    void unpairedSurrogatesAreRemoved() {
        assertEquals("ab.pdf", AttachmentNames.sanitize("a\uD800b\uDC00.pdf", PDF));
    }

    @Test
    void nameIsNormalisedToNfc() {
        String decomposed = "Re\u0301sume\u0301.pdf";
        assertEquals("R\u00e9sum\u00e9.pdf", AttachmentNames.sanitize(decomposed, PDF));
    }

    @Test
    void arabicNameIsKept() {
        assertEquals("تقرير المنظمة.pdf", AttachmentNames.sanitize("تقرير المنظمة.pdf", PDF));
        assertEquals("تقرير المنظمة.docx", AttachmentNames.sanitize("تقرير المنظمة.pdf", DOCX));
    }

    @Test
    void chineseNameIsKept() {
        assertEquals("意见书.docx", AttachmentNames.sanitize("意见书.docx", DOCX));
        assertEquals("意见书.pdf", AttachmentNames.sanitize("意见书.docx", PDF));
    }

    @Test
    void cyrillicNameIsKept() {
        assertEquals("Отзыв организации.odt", AttachmentNames.sanitize("Отзыв организации.odt", ODT));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "report.pdf.exe  | report.pdf",
        "report.docx.exe | report.docx.pdf",
        "report.exe.pdf  | report.exe.pdf",
        "REPORT.PDF      | REPORT.pdf",
        "report.docx     | report.pdf",
        "report          | report.pdf",
        "Article 3.2     | Article 3.2.pdf",
        "Comment by Dr. Smith | Comment by Dr. Smith.pdf",
        "notes.verylongextension | notes.verylongextension.pdf",
        "report. . .     | report.pdf",
        "report .exe     | report.pdf",
    })
    void theDetectedExtensionReplacesTheSubmittedOne(String submitted, String expected) {
        assertEquals(expected, AttachmentNames.sanitize(submitted, PDF));
    }

    @Test
    void theExtensionAlwaysComesFromTheDetectedType() {
        assertEquals("comment.docx", AttachmentNames.sanitize("comment.pdf", DOCX));
        assertEquals("comment.odt", AttachmentNames.sanitize("comment.pdf", ODT));
        assertEquals("comment.pdf", AttachmentNames.sanitize("comment.odt", PDF));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CON.pdf        | _CON.pdf",
        "con.pdf        | _con.pdf",
        "Prn            | _Prn.pdf",
        "aux.txt        | _aux.pdf",
        "NUL.tar.gz     | _NUL.tar.pdf",
        "com1.pdf       | _com1.pdf",
        "COM9.pdf       | _COM9.pdf",
        "lpt1.pdf       | _lpt1.pdf",
        "LPT9.docx      | _LPT9.pdf",
        "LPT¹.pdf       | _LPT¹.pdf",
        "CON .pdf       | _CON.pdf",
    })
    void windowsDeviceNamesGetAnUnderscorePrefix(String submitted, String expected) {
        assertEquals(expected, AttachmentNames.sanitize(submitted, PDF));
    }

    @Test
    void prefixedDeviceNameStillRespectsTheLengthLimit() {
        String name = "CON." + "x".repeat(200) + ".pdf";
        assertEquals("_CON." + "x".repeat(95) + ".pdf", AttachmentNames.sanitize(name, PDF));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CONTRACT.pdf", "console.pdf", "COM10.pdf", "LPT.pdf", "auxiliary.pdf", "NULL.pdf"})
    void namesThatOnlyStartLikeADeviceAreLeftAlone(String submitted) {
        assertFalse(AttachmentNames.sanitize(submitted, PDF).startsWith("_"));
    }

    @Test
    void baseIsCutToOneHundredCodePoints() {
        String name = "a".repeat(300) + ".pdf";
        assertEquals(300 + 4, name.length());
        assertEquals("a".repeat(100) + ".pdf", AttachmentNames.sanitize(name, PDF));
    }

    @Test
    void longChineseNameIsCutByCodePoints() {
        String name = "意".repeat(300) + ".docx";
        assertEquals("意".repeat(100) + ".docx", AttachmentNames.sanitize(name, DOCX));
    }

    @Test
    void emojiAtTheCutPointIsKeptWhole() {
        String grin = "\uD83D\uDE00"; // U+1F600, two chars
        String name = "a".repeat(99) + grin + "b".repeat(50) + ".pdf";
        assertEquals("a".repeat(99) + grin + ".pdf", AttachmentNames.sanitize(name, PDF));
    }

    @Test
    void emojiJustPastTheCutPointIsDroppedWhole() {
        String grin = "\uD83D\uDE00";
        String name = "a".repeat(100) + grin + ".pdf";
        String sanitized = AttachmentNames.sanitize(name, PDF);
        assertEquals("a".repeat(100) + ".pdf", sanitized);
    }

    @Test
    void nameOfOnlyEmojiKeepsOneHundredWholeEmoji() {
        String grin = "\uD83D\uDE00";
        String sanitized = AttachmentNames.sanitize(grin.repeat(150) + ".pdf", PDF);
        assertEquals(grin.repeat(100) + ".pdf", sanitized);
        assertTrue(hasNoUnpairedSurrogate(sanitized));
    }

    @Test
    void spaceLeftAtTheCutPointIsStripped() {
        String name = "a".repeat(99) + " b.pdf";
        assertEquals("a".repeat(99) + ".pdf", AttachmentNames.sanitize(name, PDF));
    }

    @ParameterizedTest
    @ValueSource(strings = {"...", "", "   ", ".", "..", "/", "\\", "../..", ".pdf", ".htaccess", "\u202E\u200B",
        " . . "})
    void nameWithNothingLeftBecomesAttachment(String submitted) {
        assertEquals("attachment.pdf", AttachmentNames.sanitize(submitted, PDF));
    }

    @Test
    void leadingDotsNeverMakeAHiddenFile() {
        assertEquals("bashrc backup.pdf", AttachmentNames.sanitize("..bashrc backup", PDF));
    }

    @Test
    void missingNameBecomesAttachmentWithTheDetectedExtension() {
        assertEquals("attachment.pdf", AttachmentNames.sanitize(null, PDF));
        assertEquals("attachment.docx", AttachmentNames.sanitize(null, DOCX));
        assertEquals("attachment.odt", AttachmentNames.sanitize(null, ODT));
    }

    @Test
    void typeIsRequired() {
        assertThrows(NullPointerException.class, () -> AttachmentNames.sanitize("report.pdf", null));
    }

    static Stream<String> hostileNames() {
        return Stream.of("../../etc/passwd", "C:\\Users\\x\\evil.pdf", "<script>alert(1)</script>.pdf",
                "\u202Efdp.exe", "تقرير المنظمة.pdf", "意见书.docx", "CON.pdf", "x".repeat(300),
                "\uD83D\uDE00".repeat(120), "...", "a\u0000b\nc\td\u202Ee\u200Bf%2F..%5C",
                "\uD800" + "z".repeat(200), "name\u2028with\u2029separators", " .\u00A0. evil . ");
    }

    @ParameterizedTest
    @MethodSource("hostileNames")
    void sanitizedNameIsAlwaysSafe(String submitted) {
        String sanitized = AttachmentNames.sanitize(submitted, PDF);
        assertTrue(sanitized.endsWith(".pdf"), sanitized);
        String base = sanitized.substring(0, sanitized.length() - ".pdf".length());
        assertFalse(base.isEmpty());
        assertTrue(base.codePointCount(0, base.length()) <= AttachmentNames.MAX_BASE_CODE_POINTS, sanitized);
        assertFalse(base.startsWith(".") || base.startsWith(" ") || base.endsWith(".") || base.endsWith(" "),
                sanitized);
        assertFalse(sanitized.contains("  "), sanitized);
        assertTrue(hasNoUnpairedSurrogate(sanitized), sanitized);
        sanitized.codePoints().forEach(cp -> {
            assertTrue("<>:\"/\\|?*%".indexOf(cp) < 0, sanitized);
            assertFalse(Character.isISOControl(cp), sanitized);
            assertTrue(Character.getType(cp) != Character.FORMAT, sanitized);
            assertTrue(cp == ' ' || !(Character.isWhitespace(cp) || Character.isSpaceChar(cp)), sanitized);
        });
    }

    private static boolean hasNoUnpairedSurrogate(String s) {
        return s.codePoints().noneMatch(cp -> Character.getType(cp) == Character.SURROGATE);
    }
}
