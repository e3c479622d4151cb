package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stakeholderportal.audit.boundary.AuditTrail;
import org.stakeholderportal.audit.entity.AuditEvent;
import org.stakeholderportal.contribution.boundary.Contributions;
import org.stakeholderportal.contribution.entity.Contribution;
import org.stakeholderportal.contribution.entity.ContributionKind;
import org.stakeholderportal.contribution.entity.ContributionText;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.entity.Draft;
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.organisation.boundary.Organisations;
import org.stakeholderportal.organisation.entity.OrganisationApplication;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.review.boundary.Reviews;
import org.stakeholderportal.review.entity.ReviewDecision;
import org.stakeholderportal.settings.boundary.Settings;
import org.stakeholderportal.settings.entity.CodeList;
import org.stakeholderportal.settings.entity.CodeListEntry;
import org.stakeholderportal.settings.entity.MailTemplate;
import org.stakeholderportal.settings.entity.ProcessSettings;

/**
 * The secretariat's settings take effect at once, without a release, and every change is audited: limits and
 * languages of a process, reason codes and categories (added, relabelled, retired), the wording of mails; a change
 * made from a stale version is refused and stakeholders cannot change settings.
 */
@ExtendWith(ArquillianExtension.class)
class ProcessSettingsIT {

    private static final Set<String> ALL = Set.copyOf(ProcessSettings.ALL_LANGUAGES);

    @Deployment
    static WebArchive domain() {
        return Deployments.domain("process-settings-it", AsSecretariat.class, AsApplicant.class, AsJoiner.class, AsOutsider.class,
                        OrganisationsIT.class, OrganisationsIT.AsCaller.class, ConsultationWorld.class, ConsultationWorld.AsCaller.class,
                        ConsultationWorld.Opened.class)
                .addAsResource(new File("../ejb/src/test/resources/akn/convention-sample.xml"), "fixtures/convention-sample.xml")
                .addAsManifestResource(new StringAsset("Dependencies: org.jboss.ejb3\n"), "MANIFEST.MF");
    }

    @EJB
    Settings settings;

    @EJB
    Contributions contributions;

    @EJB
    Organisations organisations;

    @EJB
    Reviews reviews;

    @EJB
    Drafts drafts;

    @EJB
    AuditTrail audit;

    @EJB
    ConsultationWorld world;

    @EJB
    AsSecretariat secretariat;

    @EJB
    AsApplicant applicant;

    @EJB
    AsOutsider writer;

    @EJB
    AsJoiner stranger;

    @jakarta.annotation.Resource(lookup = "java:jboss/datasources/PortalDS")
    javax.sql.DataSource database;

    private NegotiationProcess process;
    private Draft draft;
    private String contactAddress;

    @BeforeEach
    void world() throws Exception {
        OrganisationApplication writers = OrganisationsIT.application("Settings writers");
        contactAddress = "settings-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        writers.setContactEmail(contactAddress);
        ConsultationWorld.Opened opened = world.open("Settings test", writers);
        process = opened.process();
        draft = opened.draft();
    }

    private Contribution written(String title, String comment, String language) throws Exception {
        Contribution started = writer.call(() -> contributions.start(draft.getId(), "art-24", Set.of()));
        return writer.call(() -> contributions.write(started.getId(), started.getVersion(), new ContributionText(ContributionKind.GENERAL_COMMENT,
                title, "<p>" + comment + "</p>", null, null, language)));
    }

    private Contribution submitted(String title) throws Exception {
        Contribution c = written(title, "Oversight for " + title + ".", "en");
        return writer.call(() -> contributions.submit(c.getId(), c.getVersion(), null));
    }

    private ProcessSettings change(long version, int words, int attachments, int perDay, Set<String> languages) throws Exception {
        return secretariat.call(() -> settings.change(process.getId(), version, words, attachments, perDay, languages, "Europe/Vienna"));
    }

    private static String refusal(Executable work) {
        return assertThrows(Refusal.class, work::run).getMessageKey();
    }

    private interface Executable {
        void run() throws Exception;
    }

    /** The subjects and bodies of the mails queued for an address, oldest first. */
    private List<String[]> mailsTo(String address) throws Exception {
        List<String[]> mails = new ArrayList<>();
        try (java.sql.Connection c = database.getConnection();
                java.sql.PreparedStatement select = c.prepareStatement("SELECT subject, body FROM mail_outbox WHERE recipient = ? ORDER BY id")) {
            select.setString(1, address);
            try (java.sql.ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    mails.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
        }
        return mails;
    }

    /** The smallest valid PDF: header, one empty page, trailer. */
    private static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aNewProcessHasTheLimitsThePortalHadBuiltIn() {
        ProcessSettings current = settings.of(process.getId());
        assertEquals(2000, current.getMaxWords());
        assertEquals(3, current.getMaxAttachments());
        assertEquals(50, current.getMaxSubmissionsPerDay());
        assertEquals(ProcessSettings.ALL_LANGUAGES, current.getLanguages());
    }

    @Test
    void aLowerWordLimitRefusesALongerContributionAtOnceAndIsAudited() throws Exception {
        Contribution c = written("Ten words", "One two three four five six seven eight nine ten.", "en");
        change(0, 5, 3, 50, ALL);
        assertEquals("contribution.tooLong", refusal(() -> writer.call(() -> contributions.submit(c.getId(), c.getVersion(), null))),
                "the next submission is checked against the new limit");
        Refusal tooLong = assertThrows(Refusal.class, () -> writer.call(() -> contributions.write(c.getId(), c.getVersion(),
                new ContributionText(ContributionKind.GENERAL_COMMENT, "Ten words", "<p>One two three four five six.</p>", null, null, "en"))));
        assertEquals(5, tooLong.getArguments()[0], "the refusal names the limit in force");
        writer.call(() -> contributions.write(c.getId(), c.getVersion(),
                new ContributionText(ContributionKind.GENERAL_COMMENT, "Five words", "<p>One two three four five.</p>", null, null, "en")));

        List<AuditEvent> trail = secretariat.call(() -> audit.forRecord("ProcessSettings", process.getId()));
        AuditEvent last = trail.get(trail.size() - 1);
        assertEquals("settings.changed", last.getAction());
        assertTrue(last.getDetail().contains("before: maxWords=2000;"), last.getDetail());
        assertTrue(last.getDetail().contains("after: maxWords=5;"), last.getDetail());
    }

    @Test
    void theAttachmentAndDailyLimitsApplyAtOnce() throws Exception {
        change(0, 2000, 1, 1, ALL);
        Contribution first = written("First with a document", "A first text.", "en");
        writer.call(() -> contributions.attach(first.getId(), "one.pdf", new ByteArrayInputStream(pdf())));
        Refusal tooMany = assertThrows(Refusal.class,
                () -> writer.call(() -> contributions.attach(first.getId(), "two.pdf", new ByteArrayInputStream(pdf()))));
        assertEquals("attachment.tooMany", tooMany.getMessageKey());
        assertEquals(1, tooMany.getArguments()[0]);
        Contribution current = writer.call(() -> contributions.mine(first.getId()));
        writer.call(() -> contributions.submit(first.getId(), current.getVersion(), null));

        Contribution second = written("Second of the day", "A second text.", "en");
        assertEquals("contribution.dailyLimit", refusal(() -> writer.call(() -> contributions.submit(second.getId(), second.getVersion(), null))));
        change(1, 2000, 1, 2, ALL);
        assertEquals(2, settings.of(process.getId()).getMaxSubmissionsPerDay());
        writer.call(() -> contributions.submit(second.getId(), second.getVersion(), null));
    }

    @Test
    void twoSubmissionsRacingForTheLastPlaceOfTheDayAreNotBothAccepted() throws Exception {
        change(0, 2000, 3, 1, ALL);
        List<Contribution> drafts = List.of(written("Racer one", "First racer.", "en"), written("Racer two", "Second racer.", "en"));
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<String>> outcomes = new ArrayList<>();
        try {
            for (Contribution draft : drafts) {
                outcomes.add(threads.submit(() -> {
                    start.await();
                    try {
                        writer.call(() -> contributions.submit(draft.getId(), draft.getVersion(), null));
                        return "accepted";
                    } catch (Refusal refusal) {
                        return refusal.getMessageKey();
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (java.util.concurrent.Future<String> outcome : outcomes) {
                results.add(outcome.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertEquals(List.of("accepted", "contribution.dailyLimit"), results.stream().sorted().toList(),
                    "one place left: one submission in, the other refused, whichever came first");
        } finally {
            threads.shutdownNow();
        }
    }

    /** As on deadline day: members of two organisations start, write and submit at the same time. */
    @Test
    void membersOfTwoOrganisationsStartingWritingAndSubmittingAtOnceDoNotFailOneAnother() throws Exception {
        change(0, 2000, 3, 50, ALL);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(12);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<List<String>>> outcomes = new ArrayList<>();
        try {
            for (int t = 0; t < 12; t++) {
                ConsultationWorld.AsCaller member = t % 2 == 0 ? (ConsultationWorld.AsCaller) writer::call : applicant::call;
                int thread = t;
                outcomes.add(threads.submit(() -> {
                    start.await();
                    List<String> numbers = new ArrayList<>();
                    for (int i = 0; i < 3; i++) {
                        String text = thread + "." + i;
                        Contribution started = member.call(() -> contributions.start(draft.getId(), "art-24", Set.of()));
                        Contribution written = member.call(() -> contributions.write(started.getId(), started.getVersion(),
                                new ContributionText(ContributionKind.GENERAL_COMMENT, "Surge " + text,
                                        "<p>Deadline day text " + text + ".</p>", null, null, "en")));
                        numbers.add(member.call(() -> contributions.submit(written.getId(), written.getVersion(), null)).getSubmissionNumber());
                    }
                    return numbers;
                }));
            }
            start.countDown();
            java.util.Set<String> numbers = new java.util.HashSet<>();
            for (java.util.concurrent.Future<List<String>> outcome : outcomes) {
                numbers.addAll(outcome.get(120, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertEquals(36, numbers.size(), "every submission went through, each with a number of its own");
            for (int n = 1; n <= 36; n++) {
                assertTrue(numbers.contains(String.format("%s-%d-%04d", process.getCode(), java.time.Year.now(java.time.ZoneOffset.UTC).getValue(), n)),
                        "no gap in the numbers: " + n + " in " + numbers);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aLanguageTheProcessDoesNotOfferIsRefused() throws Exception {
        change(0, 2000, 3, 50, Set.of("en", "fr"));
        assertEquals(List.of("en", "fr"), settings.of(process.getId()).getLanguages());
        assertEquals("contribution.languageNotOffered", refusal(() -> written("In Russian", "Текст на русском языке.", "ru")));
        assertEquals("contribution.languageUnknown", refusal(() -> written("In Klingon", "Text.", "tlh")));
        assertEquals("fr", written("En français", "Un texte en français.", "fr").getLanguage());
        assertEquals("settings.languagesEmpty", refusal(() -> change(1, 2000, 3, 50, Set.of())));
    }

    @Test
    void theOfficialTimeZoneIsCheckedAndChanged() throws Exception {
        assertEquals("process.timeZoneUnknown", refusal(() -> secretariat.call(() ->
                settings.change(process.getId(), 0, 2000, 3, 50, ALL, "Mars/Olympus_Mons"))));
        secretariat.call(() -> settings.change(process.getId(), 0, 2000, 3, 50, ALL, "Asia/Tokyo"));
        assertEquals("Asia/Tokyo", drafts.process(process.getId()).orElseThrow().getOfficialTimeZone());
        List<AuditEvent> trail = secretariat.call(() -> audit.forRecord("ProcessSettings", process.getId()));
        assertTrue(trail.get(trail.size() - 1).getDetail().contains("timeZone=Europe/Vienna | after:"));
    }

    @Test
    void aRetiredReasonCannotBeChosenForNewDecisionsButOldDecisionsKeepIt() throws Exception {
        String code = "R" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace('-', '_');
        CodeListEntry added = secretariat.call(() -> settings.add(CodeList.REASON, code, Map.of("en", "Outside this consultation", "fr",
                "Hors de cette consultation")));
        assertTrue(secretariat.call(() -> reviews.reasons()).contains(code), "a new reason is offered at once");

        Contribution old = submitted("Rejected with the new reason");
        secretariat.call(() -> reviews.decide(old.getId(), old.getVersion(), ReviewDecision.REJECT, code, null));
        List<String[]> mails = mailsTo(contactAddress);
        assertTrue(mails.get(mails.size() - 1)[1].contains("Outside this consultation"), "the mail names the reason by its label");

        secretariat.call(() -> settings.setActive(CodeList.REASON, code, added.getVersion(), false));
        assertFalse(secretariat.call(() -> reviews.reasons()).contains(code), "a retired reason is no longer offered");
        Contribution later = submitted("Not rejected with a retired reason");
        assertEquals("review.reasonMissing", refusal(() -> secretariat.call(() -> reviews.decide(later.getId(), later.getVersion(),
                ReviewDecision.REJECT, code, null))));

        assertEquals(code, secretariat.call(() -> reviews.contribution(old.getId())).getReasonCode(), "the old decision keeps its reason");
        assertTrue(settings.entries(CodeList.REASON).stream().anyMatch(e -> e.getCode().equals(code) && !e.isActive()),
                "the retired reason is still listed, so it can still be named");
        assertEquals("Hors de cette consultation", settings.labelsIn("fr").get("reason." + code));
        assertEquals("concurrentChange", refusal(() -> secretariat.call(() ->
                settings.setActive(CodeList.REASON, code, added.getVersion(), true))), "a stale version is refused");
    }

    @Test
    void aRetiredCategoryIsNoLongerOfferedToApplicants() throws Exception {
        String code = "C" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace('-', '_');
        CodeListEntry added = secretariat.call(() -> settings.add(CodeList.CATEGORY, code, Map.of("en", "Trade unions")));
        assertTrue(organisations.categories().contains(code));
        CodeListEntry relabelled = secretariat.call(() -> settings.relabel(CodeList.CATEGORY, code, added.getVersion(),
                Map.of("en", "Trade unions and workers", "es", "Sindicatos")));
        assertEquals("Sindicatos", settings.labelsIn("es").get("category." + code));
        assertEquals("concurrentChange", refusal(() -> secretariat.call(() -> settings.relabel(CodeList.CATEGORY, code, added.getVersion(),
                Map.of("en", "Overwritten")))), "relabelling moved the version");
        secretariat.call(() -> settings.setActive(CodeList.CATEGORY, code, relabelled.getVersion(), false));
        assertFalse(organisations.categories().contains(code));
        OrganisationApplication application = OrganisationsIT.application("Union " + code);
        application.setCategory(code);
        assertEquals("organisation.categoryUnknown", refusal(() -> stranger.call(() -> organisations.apply(process.getId(), application))));
        List<AuditEvent> trail = secretariat.call(() -> audit.forRecord("CodeList", 0));
        assertTrue(trail.stream().anyMatch(e -> e.getAction().equals("settings.category.retired") && e.getDetail().contains(code)));
        assertTrue(trail.stream().anyMatch(e -> e.getAction().equals("settings.category.relabelled")
                && e.getDetail().contains("Trade unions and workers")));
    }

    @Test
    void aMailWordingIsUsedForTheNextMailAndTheBundleOnceItIsRemoved() throws Exception {
        assertEquals("template.formatInvalid", refusal(() -> secretariat.call(() -> settings.saveTemplate("review.PUBLISH", "en", null,
                "Published {0", "Body"))));
        assertEquals("template.placeholderUnknown", refusal(() -> secretariat.call(() -> settings.saveTemplate("review.PUBLISH", "en", null,
                "Published {0}", "Body {7}"))));
        MailTemplate saved = secretariat.call(() -> settings.saveTemplate("review.PUBLISH", "en", null,
                "Now public {0}", "Dear colleagues, {2} can now read “{1}” online."));
        try {
            assertEquals("concurrentChange", refusal(() -> secretariat.call(() -> settings.saveTemplate("review.PUBLISH", "en", null,
                    "Another {0}", "Another body"))), "someone who started from the bundle’s text cannot overwrite a saved wording");
            Contribution first = submitted("Published with the secretariat's wording");
            secretariat.call(() -> reviews.decide(first.getId(), first.getVersion(), ReviewDecision.PUBLISH, null, null));
            String[] mail = mailsTo(contactAddress).get(mailsTo(contactAddress).size() - 1);
            assertEquals("Now public " + first.getSubmissionNumber(), mail[0]);
            assertTrue(mail[1].startsWith("Dear colleagues, "), mail[1]);
        } finally {
            secretariat.call(() -> {
                settings.removeTemplate("review.PUBLISH", "en", saved.getVersion());
                return null;
            });
        }
        Contribution second = submitted("Published with the portal's wording");
        secretariat.call(() -> reviews.decide(second.getId(), second.getVersion(), ReviewDecision.PUBLISH, null, null));
        List<String[]> mails = mailsTo(contactAddress);
        assertEquals("Published: " + second.getSubmissionNumber() + " Published with the portal's wording", mails.get(mails.size() - 1)[0]);
        List<AuditEvent> trail = secretariat.call(() -> audit.forRecord("MailTemplate", saved.getId()));
        assertEquals(List.of("settings.template.saved", "settings.template.removed"), trail.stream().map(AuditEvent::getAction).toList());
    }

    @Test
    void aChangeFromAStaleVersionIsRefusedAndChangesNothing() throws Exception {
        change(0, 1500, 3, 50, ALL);
        assertEquals("concurrentChange", refusal(() -> change(0, 1000, 3, 50, ALL)));
        assertEquals(1500, settings.of(process.getId()).getMaxWords());
    }

    @Test
    void aStakeholderCannotChangeSettings() throws Exception {
        assertThrows(EJBAccessException.class, () -> applicant.call(() -> settings.change(process.getId(), 0, 10, 3, 50, ALL, "UTC")));
        assertThrows(EJBAccessException.class, () -> applicant.call(() -> settings.add(CodeList.REASON, "SNEAKY", Map.of("en", "Sneaky"))));
        assertThrows(EJBAccessException.class, () -> applicant.call(() -> settings.saveTemplate("review.PUBLISH", "en", null, "S {0}", "B")));
        assertEquals(2000, settings.of(process.getId()).getMaxWords());
    }
}
