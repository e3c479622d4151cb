package org.stakeholderportal.publication.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.junit.jupiter.api.Test;

/** The Word digest opened with Apache POI, a reader that shares no code with the writer. */
class DigestDocxTest {

    private static byte[] digest(Locale locale, DigestDocx.Redline redline) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DigestDocx docx = new DigestDocx(out, redline)) {
            docx.begin(DigestSamples.heading(locale, 6));
            docx.article("Article 24 — Conditions and safeguards",
                    "Each State Party shall ensure that the powers are subject to conditions and safeguards.");
            docx.entry(DigestSamples.english(1));
            docx.entry(DigestSamples.arabic(2));
            docx.entry(DigestSamples.chinese(3));
            docx.entry(DigestSamples.russian(4));
            docx.article(null, null);
            docx.entry(DigestSamples.hostile(5));
            docx.finish();
        }
        return out.toByteArray();
    }

    private static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static XWPFParagraph paragraphContaining(XWPFDocument document, String text) {
        return document.getParagraphs().stream().filter(p -> p.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph with " + text));
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text) {
        return paragraph.getRuns().stream().filter(r -> text.equals(r.text())).findFirst()
                .orElseThrow(() -> new AssertionError("no run " + text + " in " + paragraph.getText()));
    }

    @Test
    void articlesAndContributionsAreWordHeadings() throws IOException {
        try (XWPFDocument document = open(digest(Locale.ENGLISH, DigestDocx.Redline.FORMATTED))) {
            assertEquals("Title", paragraphContaining(document, "Digest of stakeholder input").getStyleID());
            assertEquals("Heading1", paragraphContaining(document, "Article 24 — Conditions and safeguards").getStyleID());
            assertEquals("Heading1", paragraphContaining(document, "General comments on the draft as a whole").getStyleID());
            assertEquals("Heading1", paragraphContaining(document, "Statistics").getStyleID());
            assertEquals("Heading2", paragraphContaining(document, "By stakeholder category").getStyleID());
            assertEquals("Heading2", paragraphContaining(document, "AHC-2026-0001 — " + DigestSamples.ENGLISH_TITLE).getStyleID());
            // Word's built-in names make the styles the ones its navigation pane and table of contents use.
            assertEquals("heading 1", document.getStyles().getStyle("Heading1").getName());
            assertEquals("heading 2", document.getStyles().getStyle("Heading2").getName());
            long contributions = document.getParagraphs().stream()
                    .filter(p -> "Heading2".equals(p.getStyleID()) && p.getText().startsWith("AHC-2026-")).count();
            assertEquals(5, contributions);
        }
    }

    @Test
    void statisticsTablesHoldTheCounts() throws IOException {
        try (XWPFDocument document = open(digest(Locale.ENGLISH, DigestDocx.Redline.FORMATTED))) {
            List<XWPFTable> tables = document.getTables();
            assertEquals(5, tables.size(), "article, category, region, type, language");
            XWPFTable byArticle = tables.get(0);
            assertEquals(List.of("Article", "Contributions", "Share"), cells(byArticle.getRow(0)));
            assertEquals(List.of("Article 24 — Conditions and safeguards", "3", "50%"), cells(byArticle.getRow(1)));
            assertEquals(List.of("Article 35 — General principles of international cooperation", "2", "33.3%"),
                    cells(byArticle.getRow(2)));
            assertEquals(List.of("Russian", "1", "16.7%"), cells(tables.get(4).getRow(4)));
            assertTrue(byArticle.getRow(0).isRepeatHeader(), "the header row repeats on every page");
        }
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(cell -> cell.getText()).toList();
    }

    @Test
    void theRedlineIsUnderlinedAndStruckThrough() throws IOException {
        try (XWPFDocument document = open(digest(Locale.ENGLISH, DigestDocx.Redline.FORMATTED))) {
            XWPFParagraph wording = paragraphContaining(document, "States Parties shall");
            assertEquals("States Parties shall promptly adopt necessaryproportionate measures.", wording.getText());
            XWPFRun inserted = run(wording, "proportionate");
            assertEquals(UnderlinePatterns.SINGLE, inserted.getUnderline());
            assertFalse(inserted.isStrikeThrough());
            XWPFRun deleted = run(wording, "necessary");
            assertTrue(deleted.isStrikeThrough());
            assertEquals(UnderlinePatterns.NONE, deleted.getUnderline());
            XWPFRun kept = run(wording, " measures.");
            assertFalse(kept.isStrikeThrough());
            assertEquals(UnderlinePatterns.NONE, kept.getUnderline());
        }
    }

    @Test
    void theRedlineCanBeWrittenAsTrackedChangesByTheOrganisation() throws IOException {
        try (XWPFDocument document = open(digest(Locale.ENGLISH, DigestDocx.Redline.TRACKED_CHANGES))) {
            XWPFParagraph wording = paragraphContaining(document, "States Parties shall");
            var paragraph = wording.getCTP();
            assertEquals(2, paragraph.getInsList().size(), "promptly, proportionate");
            assertEquals(1, paragraph.getDelList().size(), "necessary");
            assertEquals("Digital Rights Watch", paragraph.getDelArray(0).getAuthor());
            assertEquals("necessary", paragraph.getDelArray(0).getRArray(0).getDelTextArray(0).getStringValue());
            assertEquals("proportionate", paragraph.getInsArray(1).getRArray(0).getTArray(0).getStringValue());
        }
    }

    @Test
    void arabicParagraphsAreRightToLeft() throws IOException {
        try (XWPFDocument document = open(digest(Locale.ENGLISH, DigestDocx.Redline.FORMATTED))) {
            XWPFParagraph comment = paragraphContaining(document, "نرحب بهذه المادة");
            assertTrue(comment.getCTP().getPPr().isSetBidi(), "bidi paragraph");
            assertTrue(comment.getRuns().get(0).getCTR().getRPr().sizeOfRtlArray() > 0, "rtl run");
            XWPFParagraph english = paragraphContaining(document, "We welcome");
            assertTrue(english.getCTP().getPPr() == null || !english.getCTP().getPPr().isSetBidi());
        }
        try (XWPFDocument document = open(digest(Locale.forLanguageTag("ar"), DigestDocx.Redline.FORMATTED))) {
            XWPFParagraph title = paragraphContaining(document, "موجز مدخلات أصحاب المصلحة");
            assertEquals("Title", title.getStyleID());
            assertTrue(title.getCTP().getPPr().isSetBidi());
            assertTrue(paragraphContaining(document, "تعليقات عامة على المشروع ككل").getCTP().getPPr().isSetBidi());
            assertTrue(document.getTables().get(0).getCTTbl().getTblPr().isSetBidiVisual(), "mirrored table");
            assertTrue(document.getDocument().getBody().getSectPr().isSetBidi(), "right-to-left section");
        }
    }

    @Test
    void hostileTextIsEscapedAndTheDocumentStillOpens() throws IOException {
        try (XWPFDocument document = open(digest(Locale.ENGLISH, DigestDocx.Redline.FORMATTED));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertTrue(text.contains("<script>alert('x')</script>"), "script shown as text");
            assertTrue(text.contains("<img src=x onerror=alert(1)>"));
            assertTrue(text.contains("Fish & chips <b> ]]>"));
            assertTrue(text.contains("AHC-2026-0005 — <script>alert(1)</script>"));
            assertTrue(text.contains("<del>old</del>]]>&new"));
            assertTrue(text.contains("site (https://example.org/a?b=1&c=2)"));
            assertFalse(text.contains("javascript:"));
            assertTrue(text.contains("W".repeat(10_000)));
            assertTrue(text.contains("Plaintext with controls"));
            assertNotNull(document.getProperties().getCoreProperties().getTitle());
            assertEquals("Digest of stakeholder input — Draft convention on cybercrime",
                    document.getProperties().getCoreProperties().getTitle());
        }
    }

    @Test
    void commentFormattingBecomesWordFormatting() throws IOException {
        try (XWPFDocument document = open(digest(Locale.ENGLISH, DigestDocx.Redline.FORMATTED))) {
            XWPFParagraph welcome = paragraphContaining(document, "We welcome");
            assertTrue(run(welcome, "Article 24").isBold());
            assertTrue(run(welcome, "independent").isItalic());
            assertEquals("• judicial review", paragraphContaining(document, "judicial review").getText());
            assertEquals("Quote", paragraphContaining(document, "Safeguards must be real.").getStyleID());
            assertEquals("See our report (https://example.org/report).",
                    paragraphContaining(document, "See our report").getText());
        }
    }
}
