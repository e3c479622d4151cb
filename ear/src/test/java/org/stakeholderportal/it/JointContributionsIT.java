package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.io.File;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stakeholderportal.audit.boundary.AuditTrail;
import org.stakeholderportal.contribution.boundary.Contributions;
import org.stakeholderportal.contribution.boundary.JointContributions;
import org.stakeholderportal.contribution.entity.CoSignature;
import org.stakeholderportal.contribution.entity.Contribution;
import org.stakeholderportal.contribution.entity.ContributionKind;
import org.stakeholderportal.contribution.entity.ContributionText;
import org.stakeholderportal.draft.entity.Draft;
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.organisation.boundary.Accreditations;
import org.stakeholderportal.organisation.boundary.Organisations;
import org.stakeholderportal.organisation.entity.Accreditation;
import org.stakeholderportal.organisation.entity.AccreditationDecision;
import org.stakeholderportal.organisation.entity.OrganisationApplication;
import org.stakeholderportal.organisation.entity.UnRegion;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.publication.entity.DigestStatistics;
import org.stakeholderportal.review.boundary.Reviews;
import org.stakeholderportal.review.entity.QueueEntry;
import org.stakeholderportal.review.entity.ReviewDecision;
import org.stakeholderportal.review.entity.ReviewQuery;

/**
 * Joint contributions in the business layer: who can be invited, that co-signers can read but never change,
 * endorsements bound to the text read (stale after an edit), only current ones listed at submission, withdrawal
 * until publication, every step audited.
 */
@ExtendWith(ArquillianExtension.class)
class JointContributionsIT {

    @Deployment
    static WebArchive domain() {
        return Deployments.domain("joint-contributions-it", AsSecretariat.class, AsApplicant.class, AsJoiner.class, AsOutsider.class,
                        OrganisationsIT.class, OrganisationsIT.AsCaller.class, ConsultationWorld.class, ConsultationWorld.AsCaller.class,
                        ConsultationWorld.Opened.class)
                .addAsResource(new File("../ejb/src/test/resources/akn/convention-sample.xml"), "fixtures/convention-sample.xml")
                .addAsManifestResource(new StringAsset("Dependencies: org.jboss.ejb3\n"), "MANIFEST.MF");
    }

    @EJB
    Contributions contributions;

    @EJB
    JointContributions joint;

    @EJB
    Organisations organisations;

    @EJB
    Accreditations accreditations;

    @EJB
    Reviews reviews;

    @EJB
    AuditTrail audit;

    @EJB
    org.stakeholderportal.publication.boundary.Digests digests;

    @EJB
    org.stakeholderportal.publication.boundary.PublishedInput publishedInput;

    @EJB
    ConsultationWorld world;

    @EJB
    AsSecretariat secretariat;

    @EJB
    AsApplicant lead;

    @EJB
    AsOutsider coSigner;

    @EJB
    AsJoiner stranger;

    private NegotiationProcess process;
    private Draft draft;
    private long coSignerOrganisation;
    private String coSignerAddress;

    @jakarta.annotation.Resource(lookup = "java:jboss/datasources/PortalDS")
    javax.sql.DataSource database;

    /** The subjects of the mails queued for an address. */
    private List<String> mailsTo(String address) throws Exception {
        List<String> subjects = new java.util.ArrayList<>();
        try (java.sql.Connection c = database.getConnection();
                java.sql.PreparedStatement select = c.prepareStatement("SELECT subject FROM mail_outbox WHERE recipient = ? ORDER BY id")) {
            select.setString(1, address);
            try (java.sql.ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    subjects.add(rows.getString(1));
                }
            }
        }
        return subjects;
    }

    @BeforeEach
    void world() throws Exception {
        OrganisationApplication company = OrganisationsIT.application("Pacific Tech");
        company.setCategory("PRIVATE_SECTOR");
        company.setRegion(UnRegion.ASIA_PACIFIC_STATES);
        company.setCountry("JP");
        coSignerAddress = "co-signer-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        company.setContactEmail(coSignerAddress);
        ConsultationWorld.Opened opened = world.open("Joint test", company);
        process = opened.process();
        draft = opened.draft();
        coSignerOrganisation = coSigner.call(() -> organisations.requireContributor(process.getId())).getOrganisationId();
    }

    private Contribution drafted(String title) throws Exception {
        Contribution started = lead.call(() -> contributions.start(draft.getId(), "art-24", Set.of()));
        return lead.call(() -> contributions.write(started.getId(), started.getVersion(), new ContributionText(ContributionKind.GENERAL_COMMENT,
                title, "<p>Independent oversight of every power.</p>", null, null, "en")));
    }

    private CoSignature invitation(Contribution c) throws Exception {
        return coSigner.call(() -> joint.invitationsToMyOrganisation(process.getId())).stream()
                .filter(s -> s.getContributionId() == c.getId()).findFirst().orElseThrow();
    }

    @Test
    void onlyAccreditedOrganisationsInGoodStandingCanBeInvited() throws Exception {
        Contribution c = drafted("Joint statement on oversight");
        OrganisationApplication pending = OrganisationsIT.application("Pending " + process.getCode());
        Accreditation applied = stranger.call(() -> organisations.apply(process.getId(), pending));
        long pendingOrganisation = applied.getOrganisation().getId();
        assertEquals("joint.invitedNotAccredited", assertThrows(Refusal.class, () -> lead.call(() -> joint.invite(c.getId(),
                pendingOrganisation))).getMessageKey());
        Accreditation approved = secretariat.call(() -> accreditations.decide(applied.getId(), applied.getVersion(), AccreditationDecision.APPROVE,
                null));
        secretariat.call(() -> accreditations.decide(approved.getId(), approved.getVersion(), AccreditationDecision.SUSPEND,
                "Suspended for the test."));
        assertEquals("joint.invitedSuspended", assertThrows(Refusal.class, () -> lead.call(() -> joint.invite(c.getId(),
                pendingOrganisation))).getMessageKey());
        assertEquals("joint.ownOrganisation", assertThrows(Refusal.class, () -> lead.call(() -> joint.invite(c.getId(),
                c.getOrganisationId()))).getMessageKey());
        assertEquals("contribution.unknown", assertThrows(Refusal.class, () -> coSigner.call(() -> joint.invite(c.getId(),
                coSignerOrganisation))).getMessageKey(), "only the lead invites");
        assertTrue(lead.call(() -> joint.of(c.getId())).isEmpty(), "nothing was recorded by the refusals");
    }

    @Test
    void aCoSignerReadsButCanNeverEditSubmitOrWithdraw() throws Exception {
        Contribution c = drafted("Joint statement, read only");
        lead.call(() -> joint.invite(c.getId(), coSignerOrganisation));
        assertEquals("Joint statement, read only", coSigner.call(() -> joint.read(c.getId())).getTitle(), "the invited organisation reads it");
        assertEquals("contribution.unknown", assertThrows(Refusal.class, () -> stranger.call(() -> joint.read(c.getId()))).getMessageKey(),
                "an organisation not invited does not");
        assertThrows(Refusal.class, () -> coSigner.call(() -> contributions.write(c.getId(), c.getVersion(), new ContributionText(
                ContributionKind.GENERAL_COMMENT, "Changed by the co-signer", "<p>Changed.</p>", null, null, "en"))));
        assertThrows(Refusal.class, () -> coSigner.call(() -> contributions.submit(c.getId(), c.getVersion(), null)));
        assertThrows(Refusal.class, () -> coSigner.call(() -> contributions.withdraw(c.getId(), c.getVersion())));
        assertEquals("Joint statement, read only", lead.call(() -> contributions.mine(c.getId())).getTitle(), "nothing changed");
    }

    @Test
    void anEndorsementIsOfTheTextReadAndOnlyCurrentOnesAreListedAtSubmission() throws Exception {
        Contribution c = drafted("Joint statement on safeguards");
        lead.call(() -> joint.invite(c.getId(), coSignerOrganisation));
        CoSignature invited = invitation(c);
        CoSignature endorsed = coSigner.call(() -> joint.endorse(invited.getId(), invited.getVersion(), "We agree."));
        JointContributions.Standing standing = lead.call(() -> joint.of(c.getId())).get(0);
        assertTrue(standing.isCurrent() && !standing.isStale());

        Contribution edited = lead.call(() -> contributions.write(c.getId(), lead.call(() -> contributions.mine(c.getId())).getVersion(),
                new ContributionText(ContributionKind.GENERAL_COMMENT, "Joint statement on safeguards", "<p>A different text now.</p>", null,
                        null, "en")));
        standing = lead.call(() -> joint.of(c.getId())).get(0);
        assertTrue(standing.isStale() && !standing.isCurrent(), "the lead changed the text after the endorsement");

        Contribution submitted = lead.call(() -> contributions.submit(edited.getId(), edited.getVersion(), null));
        assertTrue(lead.call(() -> joint.listed(submitted.getId())).isEmpty(), "a stale endorsement is not listed on the submission");
        assertEquals("joint.notEditable", assertThrows(Refusal.class, () -> coSigner.call(() -> joint.endorse(endorsed.getId(),
                endorsed.getVersion(), null))).getMessageKey(), "once submitted, the text is no longer endorsed afresh");

        Contribution second = drafted("Second joint statement");
        lead.call(() -> joint.invite(second.getId(), coSignerOrganisation));
        CoSignature invitedAgain = invitation(second);
        coSigner.call(() -> joint.endorse(invitedAgain.getId(), invitedAgain.getVersion(), null));
        Contribution sent = lead.call(() -> contributions.submit(second.getId(), lead.call(() -> contributions.mine(second.getId())).getVersion(),
                null));
        List<JointContributions.Standing> listed = lead.call(() -> joint.listed(sent.getId()));
        assertEquals(1, listed.size(), "the current endorsement is listed");
        assertEquals(coSignerOrganisation, listed.get(0).getOrganisation().getId());
        assertTrue(listed.get(0).getCoSignature().getRespondedAt() != null, "with its time");
        assertTrue(secretariat.call(() -> audit.forRecord("Contribution", second.getId())).stream()
                .anyMatch(e -> e.getAction().equals("contribution.coSignerEndorsed")), "endorsements are audited");

        ReviewQuery jointOnly = new ReviewQuery(process.getId());
        jointOnly.setJointOnly(true);
        List<QueueEntry> queue = secretariat.call(() -> reviews.queue(jointOnly, 0, 50));
        assertEquals(List.of(sent.getSubmissionNumber()), queue.stream().map(QueueEntry::getNumber).toList(),
                "the review queue's filter keeps the joint contribution, not the one whose endorsement went stale");
        assertEquals(1, queue.get(0).getCoSigners().size(), "and says who co-signed it");
    }

    @Test
    void aCoSignerWithdrawsUntilPublicationAndNotAfter() throws Exception {
        Contribution c = drafted("Joint statement to withdraw from");
        lead.call(() -> joint.invite(c.getId(), coSignerOrganisation));
        CoSignature invited = invitation(c);
        coSigner.call(() -> joint.endorse(invited.getId(), invited.getVersion(), null));
        Contribution submitted = lead.call(() -> contributions.submit(c.getId(), lead.call(() -> contributions.mine(c.getId())).getVersion(),
                null));
        CoSignature endorsed = invitation(c);
        CoSignature withdrawn = coSigner.call(() -> joint.withdraw(endorsed.getId(), endorsed.getVersion(), "Our board disagrees."));
        assertEquals(CoSignature.Status.WITHDRAWN, withdrawn.getStatus());
        assertTrue(lead.call(() -> joint.listed(submitted.getId())).isEmpty(), "no longer listed");
        assertTrue(secretariat.call(() -> audit.forRecord("Contribution", c.getId())).stream()
                .anyMatch(e -> e.getAction().equals("contribution.coSignerWithdrew")), "the secretariat sees it in the history");

        Contribution other = drafted("Joint statement that gets published");
        lead.call(() -> joint.invite(other.getId(), coSignerOrganisation));
        CoSignature second = invitation(other);
        coSigner.call(() -> joint.endorse(second.getId(), second.getVersion(), null));
        Contribution sent = lead.call(() -> contributions.submit(other.getId(), lead.call(() -> contributions.mine(other.getId())).getVersion(),
                null));
        secretariat.call(() -> reviews.decide(sent.getId(), sent.getVersion(), ReviewDecision.PUBLISH, null, null));
        CoSignature endorsedPublished = invitation(other);
        assertEquals("joint.alreadyPublished", assertThrows(Refusal.class, () -> coSigner.call(() -> joint.withdraw(endorsedPublished.getId(),
                endorsedPublished.getVersion(), null))).getMessageKey());
        assertFalse(lead.call(() -> joint.listed(other.getId())).isEmpty(), "still listed on the published contribution");
        List<String> mails = mailsTo(coSignerAddress);
        assertTrue(mails.stream().anyMatch(m -> m.startsWith("Invitation to co-sign")), "invited: " + mails);
        assertTrue(mails.stream().anyMatch(m -> m.startsWith("Submitted with your co-signature: " + sent.getSubmissionNumber())),
                "told of the submission: " + mails);
        assertTrue(mails.stream().anyMatch(m -> m.startsWith("Published: " + sent.getSubmissionNumber())), "and of the decision: " + mails);

        org.stakeholderportal.publication.entity.PublishedContribution read = publishedInput.onArticle(sent.getArticleId()).get(0);
        assertEquals(List.of("Pacific Tech"), read.getCoSigners().stream().map(cs -> cs.getName().replaceAll(" [A-Z0-9]+$", "")).toList(),
                "the public reads with whom it was submitted");
        assertTrue(read.isCrossSector(), "civil society with a company");

        DigestStatistics digest = digests.statistics(draft.getId());
        assertEquals(1, digest.getTotal(), "a joint contribution counts once");
        assertEquals(1, digest.getJoint());
        assertEquals(java.util.Map.of("NGO", 1L), digest.getByCategory(), "per contribution: under its lead");
        assertEquals(java.util.Map.of("NGO", 1L, "PRIVATE_SECTOR", 1L), digest.getParticipationByCategory(),
                "per organisation: the co-signer too");
        assertEquals(java.util.Map.of("AFRICAN_STATES", 1L, "ASIA_PACIFIC_STATES", 1L), digest.getParticipationByRegion());
    }
}
