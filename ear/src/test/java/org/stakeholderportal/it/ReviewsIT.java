package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.io.File;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stakeholderportal.audit.boundary.AuditTrail;
import org.stakeholderportal.audit.entity.ChainCheck;
import org.stakeholderportal.contribution.boundary.Contributions;
import org.stakeholderportal.contribution.entity.Contribution;
import org.stakeholderportal.contribution.entity.ContributionKind;
import org.stakeholderportal.contribution.entity.ContributionStatus;
import org.stakeholderportal.contribution.entity.ContributionText;
import org.stakeholderportal.contribution.entity.ContributionVersion;
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
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.review.boundary.Reviews;
import org.stakeholderportal.review.entity.Dashboard;
import org.stakeholderportal.review.entity.QueueEntry;
import org.stakeholderportal.review.entity.ReviewDecision;
import org.stakeholderportal.review.entity.ReviewQuery;

/** The secretariat's review: decisions and their mail, conflicts, bulk decisions, versions, groups, the audit chain. */
@ExtendWith(ArquillianExtension.class)
class ReviewsIT {

    @Deployment
    static WebArchive domain() {
        return Deployments.domain("reviews-it", AsSecretariat.class, AsApplicant.class, AsJoiner.class, AsOutsider.class,
                        OrganisationsIT.class, OrganisationsIT.AsCaller.class)
                .addAsResource(new File("../ejb/src/test/resources/akn/convention-sample.xml"), "fixtures/convention-sample.xml")
                .addAsManifestResource(new StringAsset("Dependencies: org.jboss.ejb3\n"), "MANIFEST.MF");
    }

    @EJB
    Contributions contributions;

    @EJB
    Reviews reviews;

    @EJB
    AuditTrail audit;

    @EJB
    Organisations organisations;

    @EJB
    Accreditations accreditations;

    @EJB
    Drafts drafts;

    @EJB
    ConsultationWindows windows;

    @EJB
    AsSecretariat secretariat;

    @EJB
    AsApplicant applicant;

    @EJB
    AsOutsider outsider;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource database;

    private NegotiationProcess process;
    private Draft draft;
    private String contactEmail;

    /** A process with a draft open for input, an accredited organisation (applicant) and a second one (outsider). */
    private void world() throws Exception {
        String code = "R" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        process = secretariat.call(() -> drafts.createProcess(code, "Review test " + code, "Europe/Vienna"));
        byte[] file;
        try (InputStream in = ReviewsIT.class.getResourceAsStream("/fixtures/convention-sample.xml")) {
            file = in.readAllBytes();
        }
        draft = secretariat.call(() -> drafts.importDraft(process.getId(), null, "Draft", LocalDate.of(2024, 1, 1), "d.xml", file)).getDraft();
        Instant now = Instant.now();
        secretariat.call(() -> windows.open(draft.getId(), "Input", now.minusSeconds(3600), now.plus(Duration.ofDays(1)), Set.of()));
        contactEmail = "review-" + code.toLowerCase() + "@example.org";
        OrganisationApplication application = OrganisationsIT.application("Reviewed " + code);
        application.setContactEmail(contactEmail);
        Accreditation mine = applicant.call(() -> organisations.apply(process.getId(), application));
        secretariat.call(() -> accreditations.decide(mine.getId(), mine.getVersion(), AccreditationDecision.APPROVE, null));
        OrganisationApplication other = OrganisationsIT.application("Academy " + code);
        other.setCategory("ACADEMIA");
        other.setRegion(UnRegion.WESTERN_EUROPEAN_AND_OTHER_STATES);
        other.setCountry("FR");
        Accreditation theirs = outsider.call(() -> organisations.apply(process.getId(), other));
        secretariat.call(() -> accreditations.decide(theirs.getId(), theirs.getVersion(), AccreditationDecision.APPROVE, null));
    }

    private Contribution submitted(AsCaller who, String title, String comment) throws Exception {
        Contribution started = who.call(() -> contributions.start(draft.getId(), "art-24", Set.of("art-24-para-1")));
        Contribution written = who.call(() -> contributions.write(started.getId(), started.getVersion(), new ContributionText(
                ContributionKind.PROPOSED_AMENDMENT, title, "<p>" + comment + "</p>", "Such powers shall be subject to prior judicial"
                + " authorisation.", null, "en")));
        return who.call(() -> contributions.submit(written.getId(), written.getVersion(), null));
    }

    /** Runs work as one of the test identities. */
    interface AsCaller {
        <T> T call(java.util.concurrent.Callable<T> work) throws Exception;
    }

    private AsCaller applicant() {
        return applicant::call;
    }

    private AsCaller outsider() {
        return outsider::call;
    }

    @Test
    void eachDecisionIsRecordedAuditedAndMailedToTheOrganisation() throws Exception {
        world();
        Contribution a = submitted(applicant(), "Publish me", "Judicial authorisation must come first.");
        Contribution b = submitted(applicant(), "Return me", "Notification of the person concerned is missing.");
        Contribution c = submitted(applicant(), "Reject me", "Something unrelated to the convention.");
        Contribution published = secretariat.call(() -> reviews.decide(a.getId(), a.getVersion(), ReviewDecision.PUBLISH, null, null));
        Contribution returned = secretariat.call(() -> reviews.decide(b.getId(), b.getVersion(), ReviewDecision.RETURN_FOR_REVISION, null,
                "Please name the paragraph you mean."));
        Contribution rejected = secretariat.call(() -> reviews.decide(c.getId(), c.getVersion(), ReviewDecision.REJECT, "OFF_TOPIC", null));
        assertEquals(ContributionStatus.PUBLISHED, published.getStatus());
        assertEquals(ContributionStatus.RETURNED_FOR_REVISION, returned.getStatus());
        assertEquals("Please name the paragraph you mean.", applicant.call(() -> contributions.mine(b.getId())).getDecisionMessage(),
                "the organisation sees the secretariat's message");
        assertEquals(ContributionStatus.REJECTED, rejected.getStatus());
        assertEquals("OFF_TOPIC", rejected.getReasonCode());
        for (Contribution decided : List.of(a, b, c)) {
            assertTrue(secretariat.call(() -> audit.forRecord("Contribution", decided.getId())).stream()
                    .anyMatch(e -> e.getAction().equals("contribution.decided")), "every decision is audited");
        }
        assertEquals("SENT", awaitMail(a.getSubmissionNumber(), "Published:"), "the publication mail reached the SMTP server");
        assertEquals("SENT", awaitMail(b.getSubmissionNumber(), "Returned for revision:"));
        assertEquals("SENT", awaitMail(c.getSubmissionNumber(), "Not published:"));
        assertTrue(mailBody(c.getSubmissionNumber()).contains("off topic"), "the reason is given in words");
        assertTrue(mailBody(b.getSubmissionNumber()).contains("Please name the paragraph you mean."));
    }

    @Test
    void aRejectionNeedsAReasonAndAReturnNeedsAMessage() throws Exception {
        world();
        Contribution c = submitted(applicant(), "Needs a reason", "Text.");
        assertEquals("review.reasonMissing", assertThrows(Refusal.class,
                () -> secretariat.call(() -> reviews.decide(c.getId(), c.getVersion(), ReviewDecision.REJECT, null, "no"))).getMessageKey());
        assertEquals("review.reasonMissing", assertThrows(Refusal.class,
                () -> secretariat.call(() -> reviews.decide(c.getId(), c.getVersion(), ReviewDecision.REJECT, "MADE_UP", null))).getMessageKey());
        assertEquals("review.messageMissing", assertThrows(Refusal.class, () -> secretariat.call(
                () -> reviews.decide(c.getId(), c.getVersion(), ReviewDecision.RETURN_FOR_REVISION, null, " "))).getMessageKey());
        assertEquals(ContributionStatus.SUBMITTED, secretariat.call(() -> reviews.contribution(c.getId())).getStatus(), "nothing changed");
    }

    @Test
    void theSecondOfTwoReviewersDecidingAtOnceIsToldAndNothingIsLost() throws Exception {
        world();
        Contribution c = submitted(applicant(), "Two reviewers", "Text for two reviewers.");
        secretariat.call(() -> reviews.decide(c.getId(), c.getVersion(), ReviewDecision.PUBLISH, null, null));
        Refusal second = assertThrows(Refusal.class, () -> secretariat.call(
                () -> reviews.decide(c.getId(), c.getVersion(), ReviewDecision.REJECT, "DUPLICATE", null)));
        assertEquals("review.alreadyDecided", second.getMessageKey());
        Contribution now = secretariat.call(() -> reviews.contribution(c.getId()));
        assertEquals(ContributionStatus.PUBLISHED, now.getStatus(), "the first decision stands");
        assertNull(now.getReasonCode());
    }

    @Test
    void aBulkDecisionDecidesTheOthersWhenOneConflicts() throws Exception {
        world();
        Contribution one = submitted(applicant(), "Bulk one", "First text of the bulk.");
        Contribution two = submitted(applicant(), "Bulk two", "Second text of the bulk.");
        Contribution stale = submitted(applicant(), "Bulk stale", "Third text of the bulk.");
        secretariat.call(() -> reviews.assign(stale.getId(), stale.getVersion(), "someone-else"));
        Map<Long, Long> selection = new LinkedHashMap<>();
        selection.put(one.getId(), one.getVersion());
        selection.put(two.getId(), two.getVersion());
        selection.put(stale.getId(), stale.getVersion());
        Reviews.BulkOutcome outcome = secretariat.call(() -> reviews.decideAll(selection, ReviewDecision.REJECT, "DUPLICATE", null));
        assertEquals(List.of(one.getId(), two.getId()), outcome.decided());
        assertEquals(Set.of(stale.getId()), outcome.refused().keySet());
        assertEquals(ContributionStatus.UNDER_REVIEW, secretariat.call(() -> reviews.contribution(stale.getId())).getStatus());
    }

    @Test
    void aRevisionAfterReturnIsANewVersionAndTheFirstStaysAsReceived() throws Exception {
        world();
        Contribution first = submitted(applicant(), "Versioned", "The first wording of our concern.");
        String firstChecksum = first.getChecksum();
        secretariat.call(() -> reviews.decide(first.getId(), first.getVersion(), ReviewDecision.RETURN_FOR_REVISION, null, "Be precise."));
        Contribution back = applicant.call(() -> contributions.mine(first.getId()));
        Contribution revised = applicant.call(() -> contributions.write(back.getId(), back.getVersion(), new ContributionText(
                ContributionKind.PROPOSED_AMENDMENT, "Versioned", "<p>The second, more precise wording.</p>",
                "Such powers shall be subject to prior and independent judicial authorisation.", null, "en")));
        Contribution resubmitted = applicant.call(() -> contributions.submit(revised.getId(), revised.getVersion(), null));
        assertEquals(first.getSubmissionNumber(), resubmitted.getSubmissionNumber(), "the number stays");
        assertEquals(2, resubmitted.getCurrentVersion());
        List<ContributionVersion> versions = secretariat.call(() -> contributions.versions(first.getId()));
        assertEquals(2, versions.size());
        assertEquals(firstChecksum, versions.get(0).getChecksum());
        assertTrue(versions.get(0).getCommentHtml().contains("first wording"));
        assertTrue(versions.get(1).getCommentHtml().contains("second, more precise"));
        assertFalse(firstChecksum.equals(versions.get(1).getChecksum()));
        assertEquals("contribution.unknown", assertThrows(Refusal.class,
                () -> outsider.call(() -> contributions.versions(first.getId()))).getMessageKey(), "another organisation cannot read them");
    }

    @Test
    void theQueueFiltersSortsAndCountsInTheDatabase() throws Exception {
        world();
        Contribution ours = submitted(applicant(), "Alpha safeguards", "Civil society view on safeguards.");
        Contribution theirs = submitted(outsider(), "Beta research", "Academic view on data retention.");
        ReviewQuery all = new ReviewQuery(process.getId());
        assertEquals(2, secretariat.call(() -> reviews.count(all)));
        ReviewQuery academia = new ReviewQuery(process.getId());
        academia.setCategory("ACADEMIA");
        assertEquals(List.of(theirs.getId()), ids(secretariat.call(() -> reviews.queue(academia, 0, 25))));
        ReviewQuery african = new ReviewQuery(process.getId());
        african.setRegion(UnRegion.AFRICAN_STATES);
        assertEquals(List.of(ours.getId()), ids(secretariat.call(() -> reviews.queue(african, 0, 25))));
        ReviewQuery words = new ReviewQuery(process.getId());
        words.setText("data retention");
        assertEquals(List.of(theirs.getId()), ids(secretariat.call(() -> reviews.queue(words, 0, 25))));
        ReviewQuery byTitle = new ReviewQuery(process.getId());
        byTitle.setOrder(ReviewQuery.Order.TITLE);
        byTitle.setAscending(false);
        assertEquals(List.of(theirs.getId(), ours.getId()), ids(secretariat.call(() -> reviews.queue(byTitle, 0, 25))));
        assertEquals(List.of(theirs.getId()), ids(secretariat.call(() -> reviews.queue(byTitle, 0, 1))), "paged in the database");
        secretariat.call(() -> reviews.decide(ours.getId(), ours.getVersion(), ReviewDecision.PUBLISH, null, null));
        Map<ContributionStatus, Long> counts = secretariat.call(() -> reviews.countsPerStatus(process.getId()));
        assertEquals(1L, counts.get(ContributionStatus.PUBLISHED));
        assertEquals(1L, counts.get(ContributionStatus.SUBMITTED));
        Dashboard dashboard = secretariat.call(() -> reviews.dashboard(process.getId()));
        assertEquals(1, dashboard.getBacklog());
        assertEquals(1, dashboard.getDecided());
        assertEquals(2, dashboard.getPerDay().stream().mapToLong(Dashboard.Bar::getCount).sum());
    }

    @Test
    void nearIdenticalCampaignInputIsGroupedAndTheRestIsNot() throws Exception {
        world();
        String template = "We call on the Committee to ensure that all powers in Article 24 are subject to prior judicial"
                + " authorisation, independent oversight, notification of affected persons and effective remedies, in line"
                + " with international human rights law.";
        List<Long> campaign = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String copy = template + " Signed by member group number " + i + ".";
            campaign.add(submitted(applicant(), "Campaign " + i, copy).getId());
        }
        Contribution different = submitted(outsider(), "Data retention", "Retention periods for traffic data should be"
                + " limited to what is strictly necessary, and the convention should say so explicitly in Article 25.");
        List<List<Long>> clusters = secretariat.call(() -> reviews.clusters(process.getId()));
        assertEquals(1, clusters.size(), clusters.toString());
        assertEquals(campaign, clusters.get(0));
        assertFalse(clusters.get(0).contains(different.getId()));
    }

    @Test
    void theAuditChainVerifiesAndATamperedRowIsFound() throws Exception {
        world();
        ChainCheck before = secretariat.call(() -> audit.verify());
        assertTrue(before.isIntact(), "first broken: " + before.getFirstBrokenId());
        assertTrue(before.getChecked() > 0);
        long victim;
        String original;
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT id, detail FROM audit_event ORDER BY id DESC LIMIT 1 OFFSET 3");
                ResultSet row = select.executeQuery()) {
            row.next();
            victim = row.getLong(1);
            original = row.getString(2);
        }
        try {
            update(victim, original + " (quietly changed)");
            ChainCheck after = secretariat.call(() -> audit.verify());
            assertFalse(after.isIntact());
            assertEquals(victim, after.getFirstBrokenId());
        } finally {
            update(victim, original);
        }
        assertTrue(secretariat.call(() -> audit.verify()).isIntact(), "restored");
    }

    @Test
    void onlyTheSecretariatReviews() throws Exception {
        world();
        Contribution c = submitted(applicant(), "Not for stakeholders", "Text.");
        assertThrows(EJBAccessException.class, () -> applicant.call(() -> reviews.decide(c.getId(), c.getVersion(), ReviewDecision.PUBLISH, null, null)));
        assertThrows(EJBAccessException.class, () -> applicant.call(() -> reviews.notes(c.getId())));
        assertThrows(EJBAccessException.class, () -> applicant.call(() -> reviews.queue(new ReviewQuery(process.getId()), 0, 10)));
        assertThrows(EJBAccessException.class, () -> applicant.call(() -> audit.verify()));
        secretariat.call(() -> reviews.note(c.getId(), "Looks like a duplicate of an earlier one."));
        assertEquals(1, secretariat.call(() -> reviews.notes(c.getId())).size());
    }

    private void update(long id, String detail) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE audit_event SET detail = ? WHERE id = ?")) {
            update.setString(1, detail);
            update.setLong(2, id);
            assertEquals(1, update.executeUpdate());
        }
    }

    private static List<Long> ids(List<QueueEntry> entries) {
        return entries.stream().map(QueueEntry::getId).toList();
    }

    /** Waits until the outbox says the mail about a submission was accepted by the SMTP server; returns its status. */
    private String awaitMail(String number, String subjectStart) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String status = null;
        while (System.nanoTime() < deadline) {
            try (Connection connection = database.getConnection();
                    PreparedStatement select = connection.prepareStatement("SELECT status FROM mail_outbox WHERE recipient = ?"
                            + " AND subject LIKE ? ORDER BY id DESC LIMIT 1")) {
                select.setString(1, contactEmail);
                select.setString(2, subjectStart + " " + number + "%");
                try (ResultSet row = select.executeQuery()) {
                    status = row.next() ? row.getString(1) : null;
                }
            }
            if ("SENT".equals(status)) {
                return status;
            }
            Thread.sleep(500);
        }
        return status;
    }

    private String mailBody(String number) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT body FROM mail_outbox WHERE recipient = ? AND subject LIKE ?")) {
            select.setString(1, contactEmail);
            select.setString(2, "%" + number + "%");
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), "a mail about " + number);
                return row.getString(1);
            }
        }
    }
}
