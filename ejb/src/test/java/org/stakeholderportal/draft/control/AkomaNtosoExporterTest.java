package org.stakeholderportal.draft.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AkomaNtosoExporterTest {

    private final AkomaNtosoExporter exporter =
            new AkomaNtosoExporter(Clock.fixed(Instant.parse("2025-06-30T10:00:00Z"), ZoneOffset.UTC));

    @ParameterizedTest
    @ValueSource(strings = {"convention-sample.xml", "common-law-bill.xml", "amending-act.xml", "greek-act.xml",
            "with-annex.xml", "multilingual.xml", "prefixed-namespace.xml"})
    void exportedDraftReadsBackAsTheSameOutline(String fixture) throws Exception {
        DraftOutline original = Fixtures.akn(fixture);

        DraftOutline reread = reread(original);

        assertEquals(Fixtures.shape(original), Fixtures.shape(reread));
        assertEquals(original.getNodes(), reread.getNodes(), "anchors survive the round trip");
        assertEquals(original.getTitle(), reread.getTitle());
        assertEquals(original.getDocumentSymbol(), reread.getDocumentSymbol());
        assertEquals(original.getLanguages(), reread.getLanguages());
    }

    @Test
    void exportedMarkdownDraftReadsBackAsTheSameOutline() throws Exception {
        DraftOutline original = Fixtures.markdown("convention-draft.md");

        DraftOutline reread = reread(original);

        assertEquals(Fixtures.shape(original), Fixtures.shape(reread));
        assertEquals(original.getNodes(), reread.getNodes());
    }

    @Test
    void exportedDraftHasUniqueEIdsInTheNamingConvention() throws Exception {
        String xml = export(Fixtures.akn("convention-sample.xml"), "bill");

        assertTrue(xml.contains("<bill name=\"draft\">"), xml);
        assertTrue(xml.contains("eId=\"art_5\""), xml);
        assertTrue(xml.contains("eId=\"art_5__para_1\""), xml);
        assertTrue(xml.contains("eId=\"art_5__para_2__point_a\""), xml);
        assertTrue(xml.contains("eId=\"art_5__para_2__subpara_1\""), xml);
        assertTrue(xml.contains("eId=\"art_40_bis\""), xml);
        assertTrue(xml.contains("eId=\"chp_i\""), xml);
        assertTrue(xml.contains("eId=\"preamble__rec_1\""), xml);
        assertTrue(reread(Fixtures.akn("convention-sample.xml")).getNotices().isEmpty(),
                "no duplicate eId notice on the exported file");
    }

    @Test
    void exportedDraftCarriesFrbrIdentificationAndPreface() throws Exception {
        String xml = export(Fixtures.akn("convention-sample.xml"), "act");

        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml);
        assertTrue(xml.contains("<akomaNtoso xmlns=\"" + AkomaNtosoImporter.NAMESPACE + "\">"), xml);
        for (String element : List.of("FRBRWork", "FRBRExpression", "FRBRManifestation")) {
            assertTrue(xml.contains("<" + element + ">"), element);
        }
        assertTrue(xml.contains("<FRBRdate date=\"2025-06-30\" name=\"export\"/>"), xml);
        assertTrue(xml.contains("<FRBRlanguage language=\"eng\"/>"), xml);
        assertTrue(xml.contains("<FRBRnumber value=\"A/AC.999/3\"/>"), xml);
        assertTrue(xml.contains("<docNumber>A/AC.999/3</docNumber>"), xml);
        assertTrue(xml.contains("<docTitle>Draft convention on cooperation against misuse of networked systems"
                + "</docTitle>"), xml);
    }

    @Test
    void escapesMarkupInTextSoThatItReadsBackAsText() throws Exception {
        OutlineNode article = new OutlineNode(NodeKind.ARTICLE, "1", "<script>alert(1)</script>",
                "Fish & chips \"quoted\" </p><p>", "art-1", List.of());
        DraftOutline outline = new DraftOutline("A & B", null, List.of("en"), List.of(), List.of(article));

        String xml = export(outline, "act");
        DraftOutline reread = new AkomaNtosoImporter().read(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "x.xml");

        assertTrue(xml.contains("&lt;script&gt;"), xml);
        assertEquals("<script>alert(1)</script>", reread.getArticles().get(0).getHeading());
        assertEquals("Fish & chips \"quoted\" </p><p>", reread.getArticles().get(0).getText());
        assertEquals("A & B", reread.getTitle());
    }

    @Test
    void refusesDocumentTypesOtherThanActAndBill() {
        assertThrows(IllegalArgumentException.class,
                () -> exporter.write(Fixtures.akn("one-line.xml"), new ByteArrayOutputStream(), "judgment"));
    }

    private DraftOutline reread(DraftOutline outline) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(outline, out);
        return new AkomaNtosoImporter().read(new ByteArrayInputStream(out.toByteArray()), "exported.xml");
    }

    private String export(DraftOutline outline, String documentType) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(outline, out, documentType);
        return out.toString(StandardCharsets.UTF_8);
    }
}
