package org.stakeholderportal.publication.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF digest read back with PDFBox: the text of every language is there, fonts are embedded, the document is
 * tagged, and what a contribution contains can only ever be text.
 */
class DigestPdfTest {

    private static final Path FONTS = DigestFonts.defaultDirectory();

    private static byte[] english;
    private static byte[] arabic;

    @BeforeAll
    static void writeDigests(@TempDir Path temporary) throws IOException {
        english = digest(Locale.ENGLISH, temporary);
        arabic = digest(Locale.forLanguageTag("ar"), temporary);
    }

    /** Small chunks, so that even these few entries are merged from several chunks. */
    private static byte[] digest(Locale locale, Path temporary) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DigestPdf pdf = new DigestPdf(out, FONTS, temporary, 2)) {
            pdf.begin(DigestSamples.heading(locale, 6));
            pdf.article("Article 24 — Conditions and safeguards",
                    "Each State Party shall ensure that the powers are subject to conditions and safeguards.");
            pdf.entry(DigestSamples.english(1));
            pdf.entry(DigestSamples.arabic(2));
            pdf.entry(DigestSamples.chinese(3));
            pdf.entry(DigestSamples.russian(4));
            pdf.article(null, null);
            pdf.entry(DigestSamples.hostile(5));
            pdf.finish();
        }
        return out.toByteArray();
    }

    /**
     * The text in reading order. PDFTextStripper's default is the order of the content stream, in which
     * openhtmltopdf paints a line's styled runs (bold, italic, inserted, deleted) after its plain ones; sorted by
     * position the lines read as printed.
     */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    @Test
    void everyLanguageCanBeExtractedAsText() throws IOException {
        String text = text(english);
        assertTrue(text.contains(DigestSamples.ENGLISH_TITLE), "English");
        assertTrue(text.contains("We welcome Article 24 but ask for independent oversight."), "bold and italic");
        assertTrue(text.contains("judicial review") && text.contains("Safeguards must be real."), "list, quote");
        assertTrue(text.contains("See our report (https://example.org/report)."), "a link with its address");
        assertTrue(text.contains(DigestSamples.RUSSIAN_TITLE), "Russian");
        assertTrue(text.contains("Мы поддерживаем статью 24"), "Russian comment");
        assertTrue(text.contains(DigestSamples.CHINESE_TITLE), "Chinese");
        assertTrue(text.contains("我们支持第二十四条，并建议加强个人数据保护。"), "Chinese comment");
        // Sorted by position, PDFBox puts each line through the bidirectional algorithm and turns the shaped
        // presentation forms back into letters, so Arabic comes back in logical order, also where a line mixes
        // styles or directions. (Unsorted, a line's runs come in the order they were painted, which is not.)
        assertTrue(text.contains("AHC-2026-0002 — " + DigestSamples.ARABIC_TITLE), "Arabic title in logical order");
        assertTrue(text.contains("نرحب بهذه المادة ونطلب ضمانات مستقلة لحماية البيانات الشخصية."),
                "Arabic comment with a bold phrase in logical order");
        assertTrue(text.contains("الضمانات ضرورية لحماية الخصوصية."), "Arabic rationale in logical order");
        assertTrue(text.contains("تتخذ الدول الأطراف فورا التدابير اللازمةالمتناسبة"), "Arabic redline");
        assertTrue(text.contains("AHC-2026-0005"), "the last entry");
    }

    @Test
    void everyFontOnEveryPageIsEmbedded() throws IOException {
        try (PDDocument document = Loader.loadPDF(english)) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                    fonts.add(font.getName());
                }
            }
            assertTrue(fonts.stream().anyMatch(name -> name.contains("NotoSans-Regular")), fonts.toString());
            assertTrue(fonts.stream().anyMatch(name -> name.contains("NotoNaskhArabic")), fonts.toString());
            assertTrue(fonts.stream().anyMatch(name -> name.contains("DroidSansFallback")), fonts.toString());
        }
    }

    @Test
    void theMergedDocumentIsTaggedWithItsLanguageAndTitle() throws IOException {
        try (PDDocument document = Loader.loadPDF(english)) {
            var catalog = document.getDocumentCatalog();
            assertNotNull(catalog.getMarkInfo());
            assertTrue(catalog.getMarkInfo().isMarked());
            PDStructureTreeRoot structure = catalog.getStructureTreeRoot();
            assertNotNull(structure);
            assertFalse(structure.getKids().isEmpty());
            assertNotNull(structure.getParentTree());
            assertEquals("en", catalog.getLanguage());
            assertEquals("Digest of stakeholder input — Draft convention on cybercrime",
                    document.getDocumentInformation().getTitle());
            assertTrue(catalog.getViewerPreferences().displayDocTitle());
            assertNotNull(catalog.getMetadata(), "XMP metadata (PDF/UA identification and dc:title)");
            String xmp = new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("Digest of stakeholder input"), xmp);
            assertTrue(document.getNumberOfPages() >= 4);
            assertNotNull(catalog.getDocumentOutline(), "bookmarks of the articles");
        }
    }

    @Test
    void aHostileCommentIsPrintedAsTextWithoutBreakingTheDocument() throws IOException {
        String text = text(english);
        assertTrue(text.contains("<script>alert('x')</script>"), "script shown, not run");
        assertTrue(text.contains("<img src=x onerror=alert(1)>"), "image tag shown as text");
        assertTrue(text.contains("Fish & chips <b> ]]>"));
        assertTrue(text.contains("<b>Evil</b> & Co ]]>"), "organisation name");
        assertTrue(text.contains("(https://example.org/a?b=1&c=2)"), "a link is printed with its address");
        assertFalse(text.contains("javascript:"), "an unsafe address is not printed as a link target");
        assertTrue(text.contains("Plaintext with controls"), "control characters dropped");
        long ws = text.chars().filter(c -> c == 'W').count();
        assertTrue(ws >= 10_000, "the 10,000-character word is broken across lines, not lost: " + ws);
        assertTrue(text.contains(" end"));
    }

    @Test
    void theRedlineShowsInsertedAndDeletedWords() throws IOException {
        String text = text(english);
        assertTrue(text.contains("Proposed wording"));
        // WordDiff gives "necessary" (deleted) and "proportionate" (inserted) with the space on both sides of them.
        assertTrue(text.contains("States Parties shall promptly adopt necessaryproportionate measures."), text);
        assertTrue(text.contains("<del>old</del>]]>&new"), "hostile redline printed as text");
        assertTrue(text.contains("In proposed wording, inserted text is underlined and deleted text is struck through."));
    }

    @Test
    void anArabicContributionRunsRightToLeftInAnEnglishDigest() throws IOException {
        try (PDDocument document = Loader.loadPDF(english)) {
            float width = document.getPage(0).getMediaBox().getWidth();
            List<TextPosition> rationale = positionsOfLine(document, "الضمانات ضرورية");
            float left = (float) rationale.stream().mapToDouble(TextPosition::getXDirAdj).min().orElseThrow();
            float right = (float) rationale.stream().mapToDouble(p -> p.getXDirAdj() + p.getWidthDirAdj()).max()
                    .orElseThrow();
            assertTrue(right > width * 0.85, "ends at the right margin: " + right + " of " + width);
            assertTrue(left > width * 0.4, "starts well right of the left margin: " + left);
        }
    }

    @Test
    void anArabicDigestIsInArabicAndRightToLeft() throws IOException {
        String text = text(arabic);
        assertTrue(text.contains("موجز مدخلات أصحاب المصلحة"), "the Arabic title of the digest");
        assertTrue(text.contains("حسب فئة أصحاب المصلحة"), "an Arabic statistics heading");
        try (PDDocument document = Loader.loadPDF(arabic)) {
            assertEquals("ar", document.getDocumentCatalog().getLanguage());
            float width = document.getPage(0).getMediaBox().getWidth();
            List<TextPosition> title = positionsOfLine(document, "موجز مدخلات");
            float right = (float) title.stream().mapToDouble(p -> p.getXDirAdj() + p.getWidthDirAdj()).max()
                    .orElseThrow();
            assertTrue(right > width * 0.85, "the title is set from the right: " + right);
        }
    }

    @Test
    void aMissingFontIsNamedWithItsDebianPackage(@TempDir Path emptyFonts, @TempDir Path temporary) {
        var missing = assertThrows(DigestFonts.MissingFontException.class,
                () -> new DigestPdf(new ByteArrayOutputStream(), emptyFonts, temporary, 10));
        assertTrue(missing.getMessage().contains("NotoSans-Regular.ttf"), missing.getMessage());
        assertTrue(missing.getMessage().contains("fonts-noto-core"), missing.getMessage());
        assertTrue(missing.getMessage().contains("DroidSansFallbackFull.ttf (Debian package fonts-droid-fallback)"),
                missing.getMessage());
    }

    @Test
    void fontsAreFoundByNameInAFlatDirectory(@TempDir Path flat, @TempDir Path temporary) throws IOException {
        for (DigestFonts.Face face : DigestFonts.FACES) {
            Files.createSymbolicLink(flat.resolve(face.fileName()), FONTS.resolve(face.debianPath()));
        }
        assertEquals(DigestFonts.FACES.size(), DigestFonts.locate(flat).size());
    }

    /** The text positions of the first line that contains {@code needle}. */
    private static List<TextPosition> positionsOfLine(PDDocument document, String needle) throws IOException {
        List<List<TextPosition>> found = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (found.isEmpty() && text.contains(needle)) {
                    found.add(new ArrayList<>(positions));
                }
            }
        };
        stripper.getText(document);
        assertFalse(found.isEmpty(), "no line with " + needle);
        return found.get(0);
    }
}
