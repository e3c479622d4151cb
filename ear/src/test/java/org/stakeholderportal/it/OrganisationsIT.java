package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.organisation.boundary.Accreditations;
import org.stakeholderportal.organisation.boundary.Organisations;
import org.stakeholderportal.organisation.entity.Accreditation;
import org.stakeholderportal.organisation.entity.AccreditationDecision;
import org.stakeholderportal.organisation.entity.AccreditationQuery;
import org.stakeholderportal.organisation.entity.AccreditationStatus;
import org.stakeholderportal.organisation.entity.EcosocStatus;
import org.stakeholderportal.organisation.entity.Membership;
import org.stakeholderportal.organisation.entity.OrganisationApplication;
import org.stakeholderportal.organisation.entity.UnRegion;
import org.stakeholderportal.platform.Refusal;

/** Applying, accreditation decisions, membership, and who may contribute: every path and every forbidden one. */
@ExtendWith(ArquillianExtension.class)
class OrganisationsIT {

    @Deployment
    static WebArchive domain() {
        return Deployments.domain("organisations-it", AsSecretariat.class, AsApplicant.class, AsJoiner.class, AsOutsider.class)
                .addAsManifestResource(new StringAsset("Dependencies: org.jboss.ejb3\n"), "MANIFEST.MF");
    }

    @EJB
    Organisations organisations;

    @EJB
    Accreditations accreditations;

    @EJB
    Drafts drafts;

    @EJB
    AsSecretariat secretariat;

    @EJB
    AsApplicant applicant;

    @EJB
    AsJoiner joiner;

    @EJB
    AsOutsider outsider;

    private NegotiationProcess newProcess() throws Exception {
        String code = "O" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return secretariat.call(() -> drafts.createProcess(code, "Organisations test " + code, "Europe/Vienna"));
    }

    static OrganisationApplication application(String name) {
        OrganisationApplication a = new OrganisationApplication();
        a.setName(name);
        a.setNameEnglish(name);
        a.setAcronym("TST");
        a.setCategory("NGO");
        a.setCountry("KE");
        a.setRegion(UnRegion.AFRICAN_STATES);
        a.setWebsite("https://example.org");
        a.setDescription("A civil society organisation working on digital rights in East Africa.");
        a.setEcosocStatus(EcosocStatus.NONE);
        a.setContactName("Test Person");
        a.setContactEmail("contact@example.org");
        return a;
    }

    private Accreditation apply(AsCaller who, NegotiationProcess process, String name) throws Exception {
        return who.call(() -> organisations.apply(process.getId(), application(name)));
    }

    private Accreditation decide(Accreditation a, AccreditationDecision decision, String reason) throws Exception {
        return secretariat.call(() -> accreditations.decide(a.getId(), a.getVersion(), decision, reason));
    }

    /** The three named callers share this shape. */
    interface AsCaller {
        <T> T call(java.util.concurrent.Callable<T> work) throws Exception;
    }

    private AsCaller asApplicant() {
        return applicant::call;
    }

    private AsCaller asOutsider() {
        return outsider::call;
    }

    @Test
    void applyingMakesAPendingOrganisationWithTheApplicantAsFocalPoint() throws Exception {
        NegotiationProcess process = newProcess();
        Accreditation pending = apply(asApplicant(), process, "Digital Rights East Africa");
        assertEquals(AccreditationStatus.PENDING, pending.getStatus());
        var standing = applicant.call(() -> organisations.standing(process.getId())).orElseThrow();
        assertTrue(standing.isFocalPoint());
        assertEquals("it-applicant", standing.getMembership().getUsername());
    }

    @Test
    void aPendingOrganisationCannotContributeAnAccreditedOneCan() throws Exception {
        NegotiationProcess process = newProcess();
        Accreditation pending = apply(asApplicant(), process, "Pending Org");
        assertEquals("contributor.notAccredited",
                assertThrows(Refusal.class, () -> applicant.call(() -> organisations.requireContributor(process.getId()))).getMessageKey());
        decide(pending, AccreditationDecision.APPROVE, null);
        assertEquals(pending.getOrganisation().getId(),
                applicant.call(() -> organisations.requireContributor(process.getId())).getOrganisationId());
    }

    @Test
    void onlyTheSecretariatDecidesOnAccreditation() throws Exception {
        NegotiationProcess process = newProcess();
        Accreditation pending = apply(asApplicant(), process, "Self Approving Org");
        assertThrows(EJBAccessException.class, () -> applicant.call(
                () -> accreditations.decide(pending.getId(), pending.getVersion(), AccreditationDecision.APPROVE, null)));
        assertThrows(EJBAccessException.class, () -> accreditations.queue(process.getId(), new AccreditationQuery(), 0, 10));
    }

    @Test
    void rejectingNeedsAReasonAndIsFinal() throws Exception {
        NegotiationProcess process = newProcess();
        Accreditation pending = apply(asApplicant(), process, "Off Topic Org");
        assertEquals("accreditation.reasonRequired",
                assertThrows(Refusal.class, () -> decide(pending, AccreditationDecision.REJECT, " ")).getMessageKey());
        Accreditation rejected = decide(pending, AccreditationDecision.REJECT, "Outside the mandate of the committee");
        assertEquals(AccreditationStatus.REJECTED, rejected.getStatus());
        assertEquals("accreditation.decisionNotAllowed",
                assertThrows(Refusal.class, () -> decide(rejected, AccreditationDecision.APPROVE, null)).getMessageKey());
    }

    @Test
    void moreInformationThenResubmitThenApprove() throws Exception {
        NegotiationProcess process = newProcess();
        Accreditation pending = apply(asApplicant(), process, "Vague Org");
        Accreditation asked = decide(pending, AccreditationDecision.REQUEST_INFORMATION, "Please describe your work on cybercrime.");
        assertEquals(AccreditationStatus.MORE_INFORMATION_REQUESTED, asked.getStatus());
        Accreditation resubmitted = applicant.call(() -> organisations.resubmit(asked.getId(), asked.getVersion(),
                "We train judges on electronic evidence and run a helpline for victims of online fraud."));
        assertEquals(AccreditationStatus.PENDING, resubmitted.getStatus());
        assertEquals(AccreditationStatus.ACCREDITED, decide(resubmitted, AccreditationDecision.APPROVE, null).getStatus());
    }

    @Test
    void aSuspendedOrganisationCannotSubmitUntilReinstated() throws Exception {
        NegotiationProcess process = newProcess();
        Accreditation accredited = decide(apply(asApplicant(), process, "Suspended Org"), AccreditationDecision.APPROVE, null);
        Accreditation suspended = decide(accredited, AccreditationDecision.SUSPEND, "Abusive language in published input");
        assertEquals("contributor.suspended",
                assertThrows(Refusal.class, () -> applicant.call(() -> organisations.requireContributor(process.getId()))).getMessageKey());
        assertTrue(organisations.accredited(process.getId()).stream().anyMatch(a -> a.getStatus() == AccreditationStatus.SUSPENDED),
                "a suspended organisation stays on the public list, marked");
        decide(suspended, AccreditationDecision.REINSTATE, "Undertaking received");
        applicant.call(() -> organisations.requireContributor(process.getId()));
    }

    @Test
    void aSecondDecisionFromAStalePageIsRefused() throws Exception {
        NegotiationProcess process = newProcess();
        Accreditation pending = apply(asApplicant(), process, "Raced Org");
        decide(pending, AccreditationDecision.APPROVE, null);
        assertEquals("concurrentChange",
                assertThrows(Refusal.class, () -> decide(pending, AccreditationDecision.REJECT, "too late")).getMessageKey());
    }

    @Test
    void aPersonBelongsToOneOrganisationPerProcess() throws Exception {
        NegotiationProcess process = newProcess();
        apply(asApplicant(), process, "First Org");
        assertEquals("organisation.alreadyMember",
                assertThrows(Refusal.class, () -> apply(asApplicant(), process, "Second Org")).getMessageKey());
        NegotiationProcess other = newProcess();
        assertEquals(AccreditationStatus.PENDING, apply(asApplicant(), other, "First Org elsewhere").getStatus());
    }

    @Test
    void theFocalPointApprovesJoinersAndOnlyTheFocalPoint() throws Exception {
        NegotiationProcess process = newProcess();
        Accreditation a = decide(apply(asApplicant(), process, "Org A"), AccreditationDecision.APPROVE, null);
        apply(asOutsider(), process, "Org B");
        Membership request = joiner.call(() -> organisations.requestToJoin(process.getId(), a.getOrganisation().getId()));
        assertEquals("contributor.notMember",
                assertThrows(Refusal.class, () -> joiner.call(() -> organisations.requireContributor(process.getId()))).getMessageKey());

        assertEquals("membership.notFocalPoint", assertThrows(Refusal.class,
                () -> outsider.call(() -> organisations.decideMembership(request.getId(), request.getVersion(), true))).getMessageKey(),
                "the focal point of B cannot act for A");
        assertEquals("membership.notFocalPoint", assertThrows(Refusal.class,
                () -> joiner.call(() -> organisations.decideMembership(request.getId(), request.getVersion(), true))).getMessageKey());

        Membership active = applicant.call(() -> organisations.decideMembership(request.getId(), request.getVersion(), true));
        assertEquals(a.getOrganisation().getId(), joiner.call(() -> organisations.requireContributor(process.getId())).getOrganisationId());

        assertEquals("membership.notFocalPoint", assertThrows(Refusal.class,
                () -> outsider.call(() -> organisations.removeMember(active.getId(), active.getVersion()))).getMessageKey());
        applicant.call(() -> organisations.removeMember(active.getId(), active.getVersion()));
        assertThrows(Refusal.class, () -> joiner.call(() -> organisations.requireContributor(process.getId())));
    }

    @Test
    void anInvalidApplicationIsRefusedFieldByField() throws Exception {
        NegotiationProcess process = newProcess();
        OrganisationApplication bad = application("");  // both names empty
        bad.setContactEmail("not an address");
        bad.setWebsite("javascript:alert(1)");
        EJBException refused = assertThrows(EJBException.class, () -> applicant.call(() -> organisations.apply(process.getId(), bad)));
        Throwable cause = refused;
        while (cause != null && !(cause instanceof ConstraintViolationException)) {
            cause = cause.getCause();
        }
        assertTrue(cause instanceof ConstraintViolationException, "Bean Validation refused it: " + refused);
        assertEquals(4, ((ConstraintViolationException) cause).getConstraintViolations().stream()
                .map(v -> v.getPropertyPath().toString()).distinct().count(),
                ((ConstraintViolationException) cause).getConstraintViolations().toString());
    }

    @Test
    void theQueueFiltersInTheDatabaseAndCountsByStatus() throws Exception {
        NegotiationProcess process = newProcess();
        Accreditation one = apply(asApplicant(), process, "Queue Org One");
        apply(asOutsider(), process, "Queue Org Two");
        decide(one, AccreditationDecision.APPROVE, null);
        AccreditationQuery pendingOnly = new AccreditationQuery();
        pendingOnly.setStatus(AccreditationStatus.PENDING);
        assertEquals(1, secretariat.call(() -> accreditations.count(process.getId(), pendingOnly)));
        AccreditationQuery byName = new AccreditationQuery();
        byName.setText("org one");
        assertEquals("Queue Org One", secretariat.call(() -> accreditations.queue(process.getId(), byName, 0, 10))
                .get(0).getOrganisation().getNameEnglish());
        assertEquals(1L, secretariat.call(() -> accreditations.countsByStatus(process.getId())).get(AccreditationStatus.ACCREDITED));
    }

    @Test
    void everyRegionalGroupAndCategoryCanBeStored() throws Exception {
        String[] categories = {"NGO", "PRIVATE_SECTOR", "ACADEMIA", "IGO", "OTHER", "NGO"};
        UnRegion[] regions = UnRegion.values();
        for (int i = 0; i < regions.length; i++) {
            NegotiationProcess process = newProcess();
            OrganisationApplication application = application("Regional Org " + regions[i]);
            application.setRegion(regions[i]);
            application.setCategory(categories[i % categories.length]);
            Accreditation stored = applicant.call(() -> organisations.apply(process.getId(), application));
            assertEquals(AccreditationStatus.PENDING, stored.getStatus());
        }
    }
}
