package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.File;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stakeholderportal.audit.boundary.AuditTrail;
import org.stakeholderportal.contribution.boundary.Contributions;
import org.stakeholderportal.contribution.entity.Contribution;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.organisation.boundary.Accreditations;
import org.stakeholderportal.organisation.boundary.Delegates;
import org.stakeholderportal.organisation.boundary.NonObjection;
import org.stakeholderportal.organisation.boundary.Organisations;
import org.stakeholderportal.organisation.entity.Accreditation;
import org.stakeholderportal.organisation.entity.AccreditationDecision;
import org.stakeholderportal.organisation.entity.AccreditationStatus;
import org.stakeholderportal.organisation.entity.EcosocStatus;
import org.stakeholderportal.organisation.entity.Objection;
import org.stakeholderportal.organisation.entity.ObjectionList;
import org.stakeholderportal.organisation.entity.ObjectionListEntry;
import org.stakeholderportal.organisation.entity.OrganisationApplication;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.platform.control.PortalClock;
import org.stakeholderportal.publication.boundary.PublishedInput;
import org.stakeholderportal.publication.entity.PublishedContribution;
import org.stakeholderportal.review.boundary.Reviews;
import org.stakeholderportal.review.entity.ReviewQuery;

/**
 * Accreditation by non-objection on a fixed clock: no objection → accredited at the deadline; one objection → not
 * accredited, the secretariat sees who and why, the applicant only the outcome; objections after the deadline are
 * refused; a delegate never sees unpublished input.
 */
@ExtendWith(ArquillianExtension.class)
class NonObjectionIT {

    @Deployment
    static WebArchive domain() {
        return Deployments.domain("non-objection-it", AsSecretariat.class, AsApplicant.class, AsJoiner.class, AsOutsider.class,
                        AsDelegate.class, OrganisationsIT.class, OrganisationsIT.AsCaller.class, ConsultationWorld.class,
                        ConsultationWorld.AsCaller.class, ConsultationWorld.Opened.class)
                .addAsResource(new File("../ejb/src/test/resources/akn/convention-sample.xml"), "fixtures/convention-sample.xml")
                .addAsManifestResource(new StringAsset("Dependencies: org.jboss.ejb3\n"), "MANIFEST.MF");
    }

    @EJB
    NonObjection nonObjection;

    @EJB
    Delegates delegates;

    @EJB
    Drafts drafts;

    @EJB
    Organisations organisations;

    @EJB
    Accreditations accreditations;

    @EJB
    Contributions contributions;

    @EJB
    Reviews reviews;

    @EJB
    PublishedInput publishedInput;

    @EJB
    AuditTrail audit;

    @EJB
    ConsultationWorld world;

    @EJB
    AsSecretariat secretariat;

    @EJB
    AsApplicant applicant;

    @EJB
    AsOutsider outsider;

    @EJB
    AsJoiner joiner;

    @EJB
    AsDelegate delegate;

    @Inject
    PortalClock clock;

    private NegotiationProcess process;
    private Accreditation first;
    private Accreditation second;

    @BeforeEach
    void applicants() throws Exception {
        clock.set(Clock.fixed(Instant.now(), ZoneOffset.UTC));
        String code = "N" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        process = secretariat.call(() -> drafts.createProcess(code, "Non-objection test " + code, "Europe/Vienna"));
        first = applicant.call(() -> organisations.apply(process.getId(), OrganisationsIT.application("Quiet Applicant " + code)));
        second = outsider.call(() -> organisations.apply(process.getId(), OrganisationsIT.application("Contested Applicant " + code)));
        secretariat.call(() -> delegates.link("it-delegate", "br"));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void applicantsWithoutObjectionAreAccreditedAtTheDeadlineAndAnObjectedOneIsNot() throws Exception {
        ObjectionList list = circulated(Duration.ofDays(14));
        ObjectionListEntry contested = entryOf(list, second);
        delegate.call(() -> nonObjection.object(contested.getId(), "Its founders are officials of a party to a dispute before the committee."));

        assertFalse(nonObjection.conclude(list.getId()), "nothing happens before the deadline");
        assertEquals(AccreditationStatus.PENDING, status(first));
        Refusal byHand = assertThrows(Refusal.class, () -> secretariat.call(() ->
                accreditations.decide(first.getId(), current(first).getVersion(), AccreditationDecision.APPROVE, null)));
        assertEquals("accreditation.onNonObjectionList", byHand.getMessageKey(), "the procedure decides, not a person");

        clock.advance(Duration.ofDays(14));
        Refusal late = assertThrows(Refusal.class, () -> delegate.call(() -> nonObjection.object(entryOf(list, first).getId(), "Too late")));
        assertEquals("nonObjection.closed", late.getMessageKey(), "an objection at the deadline itself is refused");

        nonObjection.conclude(list.getId()); // the deadline timer may have been first
        assertFalse(nonObjection.conclude(list.getId()), "a list is concluded once");
        assertEquals(AccreditationStatus.ACCREDITED, status(first), "no objection: accredited");
        assertEquals(AccreditationStatus.REJECTED, status(second), "an objection: not accredited");

        List<Objection> seen = secretariat.call(() -> nonObjection.objections(list.getId()));
        assertEquals(1, seen.size());
        assertEquals("BR", seen.get(0).getMemberState(), "the secretariat sees which State objected");
        assertEquals("it-delegate", seen.get(0).getUsername());
        assertTrue(seen.get(0).getReason().startsWith("Its founders"), "and why");

        Accreditation outcome = outsider.call(() -> organisations.standing(process.getId())).orElseThrow().getAccreditation();
        assertEquals(AccreditationStatus.REJECTED, outcome.getStatus());
        assertFalse(outcome.getReason().contains("BR") || outcome.getReason().contains("founders") || outcome.getReason().contains("it-delegate"),
                "the applicant learns the outcome, not who objected or why: " + outcome.getReason());
        assertThrows(EJBAccessException.class, () -> outsider.call(() -> nonObjection.objections(list.getId())),
                "applicants cannot read objections");

        List<String> actions = secretariat.call(() -> audit.forRecord("ObjectionList", list.getId())).stream().map(e -> e.getAction()).toList();
        assertTrue(actions.containsAll(List.of("nonObjection.proposed", "nonObjection.circulated", "nonObjection.objected",
                "nonObjection.concluded")), actions.toString());
        assertTrue(secretariat.call(() -> audit.forRecord("Accreditation", first.getId())).stream()
                .anyMatch(e -> e.getAction().equals("accreditation.approve")));
    }

    @Test
    void theDeadlineTimerConcludesOnItsOwnAndAWithdrawnObjectionDoesNotCount() throws Exception {
        ObjectionList list = circulated(Duration.ofHours(1));
        ObjectionListEntry entry = entryOf(list, second);
        delegate.call(() -> nonObjection.object(entry.getId(), "Second thoughts pending."));
        delegate.call(() -> {
            nonObjection.withdrawObjection(entry.getId());
            return null;
        });
        assertTrue(delegate.call(() -> nonObjection.ourObjections(list.getId())).stream().noneMatch(Objection::isStanding));

        clock.advance(Duration.ofHours(1).plusSeconds(1));
        long until = System.currentTimeMillis() + 20_000;
        while (status(second) == AccreditationStatus.PENDING && System.currentTimeMillis() < until) {
            Thread.sleep(250);
        }
        assertEquals(AccreditationStatus.ACCREDITED, status(second), "the timer concluded the list; the withdrawn objection did not count");
        assertEquals(AccreditationStatus.ACCREDITED, status(first));
    }

    @Test
    void onlyApplicantsWithoutEcosocStatusGoOnAListAndTheProcessCanRequireIt() throws Exception {
        OrganisationApplication withStatus = OrganisationsIT.application("Consultative NGO " + process.getCode());
        withStatus.setEcosocStatus(EcosocStatus.SPECIAL);
        Accreditation ecosoc = joiner.call(() -> organisations.apply(process.getId(), withStatus));
        List<Long> eligible = secretariat.call(() -> nonObjection.eligible(process.getId())).stream().map(Accreditation::getId).toList();
        assertTrue(eligible.containsAll(List.of(first.getId(), second.getId())));
        assertFalse(eligible.contains(ecosoc.getId()), "ECOSOC status: the simpler path");
        Refusal refused = assertThrows(Refusal.class, () -> secretariat.call(() -> nonObjection.propose(process.getId(), "List", Set.of(ecosoc.getId()))));
        assertEquals("nonObjection.notEligible", refused.getMessageKey());

        NegotiationProcess current = drafts.process(process.getId()).orElseThrow();
        secretariat.call(() -> nonObjection.requireNonObjection(process.getId(), current.getVersion(), true));
        Refusal direct = assertThrows(Refusal.class, () -> secretariat.call(() ->
                accreditations.decide(first.getId(), current(first).getVersion(), AccreditationDecision.APPROVE, null)));
        assertEquals("accreditation.needsNonObjection", direct.getMessageKey());
        secretariat.call(() -> accreditations.decide(ecosoc.getId(), ecosoc.getVersion(), AccreditationDecision.APPROVE, null));
        assertEquals(AccreditationStatus.ACCREDITED, status(ecosoc), "an organisation with ECOSOC status is still approved directly");
    }

    @Test
    void aDelegateSeesPublishedInputOnlyAndCannotActUnlinked() throws Exception {
        ConsultationWorld.Opened opened = world.open("Delegate reading", OrganisationsIT.application("Reading NGO"));
        Contribution published = world.published(applicant::call, opened.draft(), "art-1", "en", "Published view", "Seen by all.", null);
        Contribution unpublished = world.submitted(outsider::call, opened.draft(), "art-5", "en", "Still under review", "Not yet public.", null);

        List<Long> visible = delegate.call(() -> publishedInput.ofProcess(opened.process().getId(), 0, 100)).stream()
                .map(PublishedContribution::getId).toList();
        assertTrue(visible.contains(published.getId()));
        assertFalse(visible.contains(unpublished.getId()), "nothing unpublished reaches a delegate");
        ReviewQuery query = new ReviewQuery();
        query.setProcessId(opened.process().getId());
        assertThrows(EJBAccessException.class, () -> delegate.call(() -> reviews.queue(query, 0, 10)), "the review queue is not theirs");
        assertThrows(EJBAccessException.class, () -> delegate.call(() -> contributions.mine(unpublished.getId())));

        secretariat.call(() -> {
            delegates.unlink(delegates.delegates().stream().filter(d -> d.getUsername().equals("it-delegate")).findFirst().orElseThrow().getId());
            return null;
        });
        ObjectionList list = circulated(Duration.ofDays(1));
        Refusal unlinked = assertThrows(Refusal.class, () -> delegate.call(() -> nonObjection.object(entryOf(list, first).getId(), "No.")));
        assertEquals("delegate.notLinked", unlinked.getMessageKey(), "only a delegate linked to a State may object");
    }

    private ObjectionList circulated(Duration open) throws Exception {
        ObjectionList proposed = secretariat.call(() -> nonObjection.propose(process.getId(), "Applicants without ECOSOC status",
                Set.of(first.getId(), second.getId())));
        Instant deadline = clock.now().plus(open);
        return secretariat.call(() -> nonObjection.circulate(proposed.getId(), proposed.getVersion(), deadline));
    }

    private ObjectionListEntry entryOf(ObjectionList list, Accreditation accreditation) throws Exception {
        return secretariat.call(() -> nonObjection.entries(list.getId())).stream()
                .filter(e -> e.getAccreditation().getId().equals(accreditation.getId())).findFirst().orElseThrow();
    }

    private Accreditation current(Accreditation accreditation) throws Exception {
        return secretariat.call(() -> accreditations.queue(process.getId(), null, 0, 200)).stream()
                .filter(a -> a.getId().equals(accreditation.getId())).findFirst().orElseThrow();
    }

    private AccreditationStatus status(Accreditation accreditation) throws Exception {
        return current(accreditation).getStatus();
    }
}
