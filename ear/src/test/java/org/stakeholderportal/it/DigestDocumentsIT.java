package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stakeholderportal.draft.entity.Draft;
import org.stakeholderportal.organisation.entity.OrganisationApplication;
import org.stakeholderportal.organisation.entity.UnRegion;
import org.stakeholderportal.contribution.entity.Contribution;
import org.stakeholderportal.publication.boundary.DigestFiles;
import org.stakeholderportal.review.entity.ReviewDecision;
import org.stakeholderportal.publication.boundary.Digests;
import org.stakeholderportal.publication.entity.DigestFile;
import org.stakeholderportal.publication.entity.DigestStatistics;
import org.stakeholderportal.publication.entity.PublishedDigest;

/**
 * A released digest's PDF and DOCX, generated in the background by the real server: their text holds the Arabic,
 * Chinese and Russian input as written, nothing unpublished, and the counts are the database's.
 */
@ExtendWith(ArquillianExtension.class)
class DigestDocumentsIT {

    @Deployment
    static WebArchive domain() {
        return Deployments.domain("digest-documents-it", AsSecretariat.class, AsApplicant.class, AsJoiner.class, AsOutsider.class,
                        OrganisationsIT.class, OrganisationsIT.AsCaller.class, ConsultationWorld.class, ConsultationWorld.AsCaller.class,
                        ConsultationWorld.Opened.class)
                .addAsResource(new File("../ejb/src/test/resources/akn/convention-sample.xml"), "fixtures/convention-sample.xml")
                .addAsManifestResource(new StringAsset("Dependencies: org.jboss.ejb3\n"), "MANIFEST.MF");
    }

    @EJB
    Digests digests;

    @EJB
    DigestFiles files;

    @EJB
    ConsultationWorld world;

    @EJB
    org.stakeholderportal.review.boundary.Reviews reviews;

    @EJB
    AsSecretariat secretariat;

    @EJB
    AsApplicant applicant;

    @EJB
    AsOutsider outsider;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource database;

    private Draft draft;

    private void world() throws Exception {
        OrganisationApplication academy = OrganisationsIT.application("Digest Academy");
        academy.setCategory("ACADEMIA");
        academy.setRegion(UnRegion.ASIA_PACIFIC_STATES);
        academy.setCountry("CN");
        draft = world.open("Digest test", academy).draft();
    }

    private void submitted(ConsultationWorld.AsCaller who, String article, String language, String title, String comment, String wording)
            throws Exception {
        world.submitted(who, draft, article, language, title, comment, wording);
    }

    private void published(ConsultationWorld.AsCaller who, String article, String language, String title, String comment, String wording)
            throws Exception {
        world.published(who, draft, article, language, title, comment, wording);
    }

    private List<DigestFile> awaitDocuments(long releaseId) throws InterruptedException {
        long until = System.currentTimeMillis() + 180_000;
        while (true) {
            List<DigestFile> found = files.ofRelease(releaseId);
            if (!found.isEmpty() && found.stream().allMatch(f -> f.getStatus() == DigestFile.Status.DONE
                    || f.getStatus() == DigestFile.Status.FAILED)) {
                return found;
            }
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("documents not generated in time: " + found.stream()
                        .map(f -> f.getFormat() + "/" + f.getLanguage() + " " + f.getStatus() + " " + f.getDone() + "/" + f.getTotal()).toList());
            }
            Thread.sleep(500);
        }
    }

    private long publishedInDatabase(long draftId) throws Exception {
        try (Connection c = database.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM contribution WHERE draft_id = ? AND status = 'PUBLISHED'")) {
            s.setLong(1, draftId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Test
    void aReleaseIsGeneratedAsPdfAndDocxWithEveryLanguageAndNothingUnpublished() throws Exception {
        world();
        // Submitted jointly: the digest documents name the co-signer with the organisation.
        Contribution joint = world.submitted(applicant::call, draft, "art-24", "en", "Prior judicial authorisation", "Judges must check every power first.",
                "Each State Party shall ensure prior judicial authorisation of these powers.", outsider::call);
        secretariat.call(() -> reviews.decide(joint.getId(), joint.getVersion(), ReviewDecision.PUBLISH, null, null));
        published(outsider::call, "art-24", "ar", "حماية البيانات الشخصية", "يجب حماية البيانات الشخصية للمستخدمين", null);
        published(outsider::call, "art-1", "zh", "个人数据保护", "个人数据保护必须优先", null);
        published(applicant::call, "art-1", "ru", "Защита данных", "Требуется защита персональных данных", null);
        submitted(applicant::call, "art-24", "en", "Unpublished Quokka", "Still under review.", null);

        DigestStatistics statistics = digests.statistics(draft.getId());
        assertEquals(publishedInDatabase(draft.getId()), statistics.getTotal(), "the digest counts what the database holds");
        assertEquals(4, statistics.getTotal());

        PublishedDigest release = secretariat.call(() -> digests.publish(draft.getId(), "{}".getBytes(StandardCharsets.UTF_8), 4, "ar", null));
        List<DigestFile> documents = awaitDocuments(release.getId());
        assertEquals(List.of("ar/DOCX", "ar/PDF", "en/DOCX", "en/PDF"),
                documents.stream().map(f -> f.getLanguage() + "/" + f.getFormat()).sorted().toList(), "English and the secretariat's language");
        for (DigestFile document : documents) {
            assertEquals(DigestFile.Status.DONE, document.getStatus(), document.getFormat() + " " + document.getError());
            assertEquals(4, document.getTotal());
            Path stored = DigestFiles.folder().resolve(document.getSha256() + "." + document.getFormat().getExtension());
            byte[] bytes = Files.readAllBytes(stored);
            assertEquals(document.getSha256(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                    "the file is what its SHA-256 says");
            String text = document.getFormat() == DigestFile.Format.PDF ? pdfText(bytes) : docxText(stored);
            for (String sample : List.of("Prior judicial authorisation", "حماية البيانات الشخصية", "个人数据保护", "Защита данных")) {
                assertTrue(text.contains(sample), document.getLanguage() + " " + document.getFormat() + " holds " + sample);
            }
            assertFalse(text.contains("Unpublished Quokka"), "nothing unpublished in " + document.getFormat());
            assertTrue(text.replaceAll("\\s+", " ").contains("Digest Academy"), document.getFormat() + " names the co-signer");
        }
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Sorted by position, PDFBox gives right-to-left lines in logical order, as a reader copies them.
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    /** The words of a DOCX: its document part's text runs, joined. */
    private static String docxText(Path docx) throws Exception {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            String xml = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
            StringBuilder text = new StringBuilder();
            java.util.regex.Matcher runs = java.util.regex.Pattern.compile("<w:(?:t|delText)(?: [^>]*)?>([^<]*)</w:(?:t|delText)>").matcher(xml);
            while (runs.find()) {
                text.append(runs.group(1));
            }
            return text.toString().replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
        }
    }
}
