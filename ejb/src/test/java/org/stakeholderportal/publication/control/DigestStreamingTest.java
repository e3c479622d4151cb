package org.stakeholderportal.publication.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many contributions fed one by one: the PDF is laid out in chunks whose pages and tags all reach the result, the Word
 * document grows paragraph by paragraph, and no temporary file outlives the writer, whether it finished or failed.
 */
class DigestStreamingTest {

    private static final Path FONTS = DigestFonts.defaultDirectory();
    private static final Pattern NUMBER = Pattern.compile("AHC-2026-\\d{4}");

    @Test
    void everyChunkOfThePdfReachesTheResultAndNoTemporaryFileRemains(@TempDir Path temporary) throws IOException {
        int small = 40;
        int large = 200;
        byte[] smallPdf = pdf(small, temporary);
        byte[] largePdf = pdf(large, temporary);
        try (Stream<Path> left = Files.list(temporary)) {
            assertEquals(0, left.count(), "temporary files left behind");
        }
        int smallPages = pages(smallPdf);
        int largePages = pages(largePdf);
        assertTrue(largePages - smallPages >= (large - small) / 4,
                "pages grow with the contributions: " + smallPages + " → " + largePages);
        try (PDDocument document = Loader.loadPDF(largePdf)) {
            String text = new PDFTextStripper().getText(document);
            Matcher number = NUMBER.matcher(text);
            long distinct = number.results().map(MatchResult::group).distinct().count();
            assertEquals(large, distinct, "every contribution, from all of the chunks, is in the result");
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked());
            PDStructureTreeRoot structure = document.getDocumentCatalog().getStructureTreeRoot();
            PDStructureElement root = (PDStructureElement) structure.getKids().get(0);
            assertEquals("Document", root.getStructureType());
            assertEquals(large / 25, root.getKids().size(), "one Part per chunk");
            assertTrue(root.getKids().stream().allMatch(part -> "Part".equals(((PDStructureElement) part).getStructureType())));
            Set<Integer> keys = new HashSet<>();
            for (PDPage page : document.getPages()) {
                assertTrue(keys.add(page.getStructParents()), "StructParents renumbered per chunk");
                assertNotNull(structure.getParentTree().getValue(page.getStructParents()),
                        "page " + page.getStructParents() + " has its marked content in the parent tree");
            }
        }
    }

    @Test
    void aWriterThatFailsHalfwayLeavesNoTemporaryFile(@TempDir Path temporary) throws IOException {
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertThrows(IOException.class, () -> {
            try (DigestPdf pdf = new DigestPdf(failing, FONTS, temporary, 10)) {
                write(pdf, 30);
            }
        });
        try (DigestPdf abandoned = new DigestPdf(new ByteArrayOutputStream(), FONTS, temporary, 10)) {
            abandoned.begin(DigestSamples.heading(Locale.ENGLISH, 30));
            abandoned.article("Article 1", null);
            for (int i = 1; i <= 25; i++) {
                abandoned.entry(DigestSamples.english(i));
            }
        }
        try (Stream<Path> left = Files.list(temporary)) {
            assertEquals(0, left.count(), "temporary files left behind");
        }
    }

    @Test
    void theWordDocumentGrowsWithTheContributions() throws IOException {
        int small = 300;
        int large = 3_000;
        int smallParagraphs = paragraphs(docx(small));
        byte[] largeDocx = docx(large);
        int largeParagraphs = paragraphs(largeDocx);
        int perContribution = (largeParagraphs - smallParagraphs) / (large - small);
        assertTrue(perContribution >= 5, "paragraphs per contribution: " + perContribution);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(largeDocx))) {
            long headings = document.getParagraphs().stream()
                    .filter(p -> "Heading2".equals(p.getStyleID()) && NUMBER.matcher(p.getText()).lookingAt())
                    .count();
            assertEquals(large, headings);
        }
    }

    private static byte[] pdf(int contributions, Path temporary) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DigestPdf pdf = new DigestPdf(out, FONTS, temporary, 25)) {
            write(pdf, contributions);
        }
        return out.toByteArray();
    }

    private static byte[] docx(int contributions) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DigestDocx docx = new DigestDocx(out)) {
            write(docx, contributions);
        }
        return out.toByteArray();
    }

    /** Contributions in four languages over a few articles, as the background job would feed them. */
    private static void write(DigestWriter digest, int contributions) throws IOException {
        digest.begin(DigestSamples.heading(Locale.ENGLISH, contributions));
        for (int i = 1; i <= contributions; i++) {
            if ((i - 1) % 50 == 0) {
                digest.article("Article " + (i / 50 + 1) + " — Provision", null);
            }
            digest.entry(switch (i % 4) {
                case 0 -> DigestSamples.english(i);
                case 1 -> DigestSamples.arabic(i);
                case 2 -> DigestSamples.chinese(i);
                default -> DigestSamples.russian(i);
            });
        }
        digest.finish();
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    private static int paragraphs(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return document.getParagraphs().size();
        }
    }
}
