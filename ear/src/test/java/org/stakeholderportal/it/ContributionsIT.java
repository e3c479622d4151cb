package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.File;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stakeholderportal.contribution.boundary.Contributions;
import org.stakeholderportal.contribution.entity.Contribution;
import org.stakeholderportal.contribution.entity.ContributionKind;
import org.stakeholderportal.contribution.entity.ContributionStatus;
import org.stakeholderportal.contribution.entity.ContributionText;
import org.stakeholderportal.draft.boundary.ConsultationWindows;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.entity.Draft;
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.organisation.boundary.Accreditations;
import org.stakeholderportal.organisation.boundary.Organisations;
import org.stakeholderportal.organisation.entity.Accreditation;
import org.stakeholderportal.organisation.entity.AccreditationDecision;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.platform.control.PortalClock;

/** Writing and submitting input: every transition, the deadline, and who may see or touch what. */
@ExtendWith(ArquillianExtension.class)
class ContributionsIT {

    @Deployment
    static WebArchive domain() {
        return Deployments.domain("contributions-it", AsSecretariat.class, AsApplicant.class, AsJoiner.class, AsOutsider.class,
                        OrganisationsIT.class, OrganisationsIT.AsCaller.class)
                .addAsResource(new File("../ejb/src/test/resources/akn/convention-sample.xml"), "fixtures/convention-sample.xml")
                .addAsManifestResource(new StringAsset("Dependencies: org.jboss.ejb3\n"), "MANIFEST.MF");
    }

    @EJB
    Contributions contributions;

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

    @Inject
    PortalClock clock;

    private NegotiationProcess process;
    private Draft draft;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** A process with a draft, a window open for a day, an accredited organisation (applicant) and a pending one (outsider). */
    private void world(boolean outsiderAccredited) throws Exception {
        String code = "C" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        process = secretariat.call(() -> drafts.createProcess(code, "Contributions test " + code, "Europe/Vienna"));
        byte[] file;
        try (InputStream in = ContributionsIT.class.getResourceAsStream("/fixtures/convention-sample.xml")) {
            file = in.readAllBytes();
        }
        draft = secretariat.call(() -> drafts.importDraft(process.getId(), null, "Draft", LocalDate.of(2024, 1, 1), "d.xml", file)).getDraft();
        Instant now = clock.now();
        secretariat.call(() -> windows.open(draft.getId(), "Input", now.minusSeconds(3600), now.plus(Duration.ofDays(1)), Set.of()));
        Accreditation mine = applicant.call(() -> organisations.apply(process.getId(), OrganisationsIT.application("Writers " + code)));
        secretariat.call(() -> accreditations.decide(mine.getId(), mine.getVersion(), AccreditationDecision.APPROVE, null));
        Accreditation theirs = outsider.call(() -> organisations.apply(process.getId(), OrganisationsIT.application("Others " + code)));
        if (outsiderAccredited) {
            secretariat.call(() -> accreditations.decide(theirs.getId(), theirs.getVersion(), AccreditationDecision.APPROVE, null));
        }
    }

    private static ContributionText text(String title) {
        return new ContributionText(ContributionKind.PROPOSED_AMENDMENT, title,
                "<p>Add an explicit <strong>judicial authorisation</strong> requirement.</p>",
                "Such powers shall be subject to prior judicial authorisation.", "Safeguards must be effective.", "en");
    }

    private Contribution written(String title) throws Exception {
        Contribution started = applicant.call(() -> contributions.start(draft.getId(), "art-24", Set.of("art-24-para-1")));
        return applicant.call(() -> contributions.write(started.getId(), started.getVersion(), text(title)));
    }

    @Test
    void aContributionIsWrittenSubmittedNumberedAndFixed() throws Exception {
        world(false);
        Contribution draftContribution = written("Judicial authorisation");
        assertEquals(ContributionStatus.DRAFT, draftContribution.getStatus());
        Contribution submitted = applicant.call(() -> contributions.submit(draftContribution.getId(), draftContribution.getVersion(), null));
        assertEquals(ContributionStatus.SUBMITTED, submitted.getStatus());
        assertTrue(submitted.getSubmissionNumber().matches(process.getCode() + "-\\d{4}-0001"), submitted.getSubmissionNumber());
        assertEquals(64, submitted.getChecksum().length());
        assertEquals("contribution.notEditable", assertThrows(Refusal.class, () -> applicant.call(
                () -> contributions.write(submitted.getId(), submitted.getVersion(), text("Changed afterwards")))).getMessageKey(),
                "what was submitted is never changed");
        Contribution second = written("A second point");
        assertTrue(applicant.call(() -> contributions.submit(second.getId(), second.getVersion(), null))
                .getSubmissionNumber().endsWith("-0002"), "numbers follow each other");
    }

    @Test
    void aPendingOrganisationCannotStartAContribution() throws Exception {
        world(false);
        assertEquals("contributor.notAccredited", assertThrows(Refusal.class,
                () -> outsider.call(() -> contributions.start(draft.getId(), "art-5", Set.of()))).getMessageKey());
    }

    @Test
    void submittingAfterTheDeadlineIsRefusedByTheServer() throws Exception {
        world(false);
        Contribution late = written("Late input");
        clock.set(Clock.fixed(clock.now().plus(Duration.ofDays(2)), ZoneOffset.UTC));
        assertEquals("window.closedForInput", assertThrows(Refusal.class,
                () -> applicant.call(() -> contributions.submit(late.getId(), late.getVersion(), null))).getMessageKey());
        assertEquals(ContributionStatus.DRAFT, applicant.call(() -> contributions.mine(late.getId())).getStatus());
    }

    @Test
    void anotherOrganisationCanNeitherSeeNorTouchIt() throws Exception {
        world(true);
        Contribution mine = written("Ours only");
        for (Refusal refusal : new Refusal[] {
            assertThrows(Refusal.class, () -> outsider.call(() -> contributions.mine(mine.getId()))),
            assertThrows(Refusal.class, () -> outsider.call(() -> contributions.write(mine.getId(), mine.getVersion(), text("Hijack")))),
            assertThrows(Refusal.class, () -> outsider.call(() -> contributions.submit(mine.getId(), mine.getVersion(), null))),
            assertThrows(Refusal.class, () -> outsider.call(() -> contributions.withdraw(mine.getId(), mine.getVersion())))}) {
            assertEquals("contribution.unknown", refusal.getMessageKey(), "it does not exist for them");
        }
        assertTrue(outsider.call(() -> contributions.ofMyOrganisation(process.getId())).isEmpty());
        assertThrows(EJBAccessException.class, () -> contributions.mine(mine.getId()));
    }

    @Test
    void twoMembersEditingAtOnceNeverOverwriteEachOther() throws Exception {
        world(false);
        Contribution base = written("First words");
        applicant.call(() -> contributions.write(base.getId(), base.getVersion(), text("Saved first")));
        assertEquals("concurrentChange", assertThrows(Refusal.class,
                () -> applicant.call(() -> contributions.write(base.getId(), base.getVersion(), text("Saved second from an old page")))).getMessageKey());
        assertEquals("Saved first", applicant.call(() -> contributions.mine(base.getId())).getTitle());
    }

    @Test
    void aRetriedSubmitWithTheSameTokenMakesOneSubmission() throws Exception {
        world(false);
        Contribution draftContribution = written("Retried");
        String token = "token-" + UUID.randomUUID();
        Contribution first = applicant.call(() -> contributions.submit(draftContribution.getId(), draftContribution.getVersion(), token));
        Contribution again = applicant.call(() -> contributions.submit(draftContribution.getId(), draftContribution.getVersion(), token));
        assertEquals(first.getSubmissionNumber(), again.getSubmissionNumber());
    }

    @Test
    void theSameTextTwiceIsRefusedAsARepeat() throws Exception {
        world(false);
        Contribution one = written("Same text");
        applicant.call(() -> contributions.submit(one.getId(), one.getVersion(), null));
        Contribution two = written("Same text");
        assertEquals("contribution.repeat", assertThrows(Refusal.class,
                () -> applicant.call(() -> contributions.submit(two.getId(), two.getVersion(), null))).getMessageKey());
    }

    @Test
    void hostileMarkupIsSanitisedAndEmptyInputRefused() throws Exception {
        world(false);
        Contribution started = applicant.call(() -> contributions.start(draft.getId(), null, Set.of()));
        Contribution saved = applicant.call(() -> contributions.write(started.getId(), started.getVersion(), new ContributionText(
                ContributionKind.GENERAL_COMMENT, "<script>alert(1)</script>Title",
                "<p>Fine</p><script>alert('x')</script><img src=x onerror=alert(1)>", null, null, "fr")));
        assertFalse(saved.getCommentHtml().contains("script"), saved.getCommentHtml());
        assertFalse(saved.getCommentHtml().contains("onerror"), saved.getCommentHtml());
        assertEquals("contribution.empty", assertThrows(Refusal.class, () -> applicant.call(() -> contributions.write(saved.getId(),
                saved.getVersion(), new ContributionText(ContributionKind.GENERAL_COMMENT, "Empty", "<p> </p><script>x</script>", null, null, "en")))).getMessageKey());
        assertEquals("contribution.wordingMissing", assertThrows(Refusal.class, () -> applicant.call(() -> contributions.write(saved.getId(),
                saved.getVersion(), new ContributionText(ContributionKind.PROPOSED_AMENDMENT, "No wording", "<p>Change it</p>", " ", null, "en")))).getMessageKey());
    }

    @Test
    void aParagraphOfAnotherArticleIsRefused() throws Exception {
        world(false);
        assertEquals("contribution.paragraphNotInArticle", assertThrows(Refusal.class, () -> applicant.call(
                () -> contributions.start(draft.getId(), "art-5", Set.of("art-24-para-1")))).getMessageKey());
    }

    @Test
    void withdrawingBeforePublicationAndNeverAfter() throws Exception {
        world(false);
        Contribution submitted = written("Withdrawn later");
        Contribution sent = applicant.call(() -> contributions.submit(submitted.getId(), submitted.getVersion(), null));
        Contribution withdrawn = applicant.call(() -> contributions.withdraw(sent.getId(), sent.getVersion()));
        assertEquals(ContributionStatus.WITHDRAWN, withdrawn.getStatus());
        assertNotNull(withdrawn.getSubmissionNumber());
        assertEquals("contribution.transitionNotAllowed", assertThrows(Refusal.class,
                () -> applicant.call(() -> contributions.withdraw(withdrawn.getId(), withdrawn.getVersion()))).getMessageKey());
    }

    @Test
    void aWindowWithInputCannotBeClosedEarly() throws Exception {
        world(false);
        Contribution sent = written("Input before closing");
        applicant.call(() -> contributions.submit(sent.getId(), sent.getVersion(), null));
        var window = windows.windows(draft.getId()).get(0);
        assertEquals("window.cannotShortenWithInput", assertThrows(Refusal.class,
                () -> secretariat.call(() -> windows.closeNow(window.getId(), window.getVersion(), "early"))).getMessageKey());
        assertNotEquals(0, windows.windows(draft.getId()).size());
    }

    @Test
    void submittedInputIsNotCountedAsPublished() throws Exception {
        world(false);
        Contribution sent = written("Not yet published");
        applicant.call(() -> contributions.submit(sent.getId(), sent.getVersion(), null));
        assertEquals(0L, contributions.publishedPerArticle(draft.getId()).getOrDefault(sent.getArticleId(), 0L));
        assertEquals(0L, contributions.publishedPerOrganisation(process.getId()).getOrDefault(sent.getOrganisationId(), 0L));
    }
}
