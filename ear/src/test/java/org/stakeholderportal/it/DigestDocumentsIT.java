package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
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
import org.stakeholderportal.contribution.boundary.Contributions;
import org.stakeholderportal.contribution.entity.Contribution;
import org.stakeholderportal.contribution.entity.ContributionKind;
import org.stakeholderportal.contribution.entity.ContributionText;
import org.stakeholderportal.draft.boundary.ConsultationWindows;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.entity.Draft;
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.organisation.boundary.Accreditations;
import org.stakeholderportal.organisation.boundary.Organisations;
import org.stakeholderportal.organisation.entity.Accreditation;
import org.stakeholderportal.organisation.entity.AccreditationDecision;
import org.stakeholderportal.organisation.entity.OrganisationApplication;
import org.stakeholderportal.organisation.entity.UnRegion;
import org.stakeholderportal.publication.boundary.DigestFiles;
import org.stakeholderportal.publication.boundary.Digests;
import org.stakeholderportal.publication.entity.DigestFile;
import org.stakeholderportal.publication.entity.DigestStatistics;
import org.stakeholderportal.publication.entity.PublishedDigest;
import org.stakeholderportal.review.boundary.Reviews;
import org.stakeholderportal.review.entity.ReviewDecision;

/**
 * A released digest's PDF and DOCX, generated in the background by the real server: their text holds the Arabic,
 * Chinese and Russian input as written, nothing unpublished, and the counts are the database's.
 */
@ExtendWith(ArquillianExtension.class)
class DigestDocumentsIT {

    @Deployment
    static WebArchive domain() {
        return Deployments.domain("digest-documents-it", AsSecretariat.class, AsApplicant.class, AsJoiner.class, AsOutsider.class,
                        OrganisationsIT.class, OrganisationsIT.AsCaller.class)
                .addAsResource(new File("../ejb/src/test/resources/akn/convention-sample.xml"), "fixtures/convention-sample.xml")
                .addAsManifestResource(new StringAsset("Dependencies: org.jboss.ejb3\n"), "MANIFEST.MF");
    }

    @EJB
    Contributions contributions;

    @EJB
    Reviews reviews;

    @EJB
    Organisations organisations;

    @EJB
    Accreditations accreditations;

    @EJB
    Drafts drafts;

    @EJB
    ConsultationWindows windows;

    @EJB
    Digests digests;

    @EJB
    DigestFiles files;

    @EJB
    AsSecretariat secretariat;

    @EJB
    AsApplicant applicant;

    @EJB
    AsOutsider outsider;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource database;

    private Draft draft;

    interface AsCaller {
        <T> T call(Callable<T> work) throws Exception;
    }

    private void world() throws Exception {
        String code = "D" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        NegotiationProcess process = secretariat.call(() -> drafts.createProcess(code, "Digest test " + code, "Europe/Vienna"));
        byte[] file;
        try (InputStream in = DigestDocumentsIT.class.getResourceAsStream("/fixtures/convention-sample.xml")) {
            file = in.readAllBytes();
        }
        draft = secretariat.call(() -> drafts.importDraft(process.getId(), null, "Draft", LocalDate.of(2024, 1, 1), "d.xml", file)).getDraft();
        Instant now = Instant.now();
        secretariat.call(() -> windows.open(draft.getId(), "Input", now.minusSeconds(3600), now.plus(Duration.ofDays(1)), Set.of()));
        Accreditation mine = applicant.call(() -> organisations.apply(process.getId(), OrganisationsIT.application("Digest NGO " + code)));
        secretariat.call(() -> accreditations.decide(mine.getId(), mine.getVersion(), AccreditationDecision.APPROVE, null));
        OrganisationApplication other = OrganisationsIT.application("Digest Academy " + code);
        other.setCategory("ACADEMIA");
        other.setRegion(UnRegion.ASIA_PACIFIC_STATES);
        other.setCountry("CN");
        Accreditation theirs = outsider.call(() -> organisations.apply(process.getId(), other));
        secretariat.call(() -> accreditations.decide(theirs.getId(), theirs.getVersion(), AccreditationDecision.APPROVE, null));
    }

    private Contribution submitted(AsCaller who, String article, String language, String title, String comment, String wording)
            throws Exception {
        Contribution started = who.call(() -> contributions.start(draft.getId(), article, Set.of()));
        Contribution written = who.call(() -> contributions.write(started.getId(), started.getVersion(), new ContributionText(
                wording == null ? ContributionKind.GENERAL_COMMENT : ContributionKind.PROPOSED_AMENDMENT, title, "<p>" + comment + "</p>",
                wording, null, language)));
        return who.call(() -> contributions.submit(written.getId(), written.getVersion(), null));
    }

    private void published(AsCaller who, String article, String language, String title, String comment, String wording) throws Exception {
        Contribution c = submitted(who, article, language, title, comment, wording);
        secretariat.call(() -> reviews.decide(c.getId(), c.getVersion(), ReviewDecision.PUBLISH, null, null));
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
        published(applicant::call, "art-24", "en", "Prior judicial authorisation", "Judges must check every power first.",
                "Each State Party shall ensure prior judicial authorisation of these powers.");
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
