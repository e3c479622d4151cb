package org.stakeholderportal.contribution.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.stakeholderportal.audit.boundary.AuditTrail;
import org.stakeholderportal.contribution.control.ContributionLifecycle;
import org.stakeholderportal.contribution.entity.Attachment;
import org.stakeholderportal.contribution.entity.CoSignature;
import org.stakeholderportal.contribution.entity.Contribution;
import org.stakeholderportal.contribution.entity.ContributionStatus;
import org.stakeholderportal.notification.control.Mailbox;
import org.stakeholderportal.organisation.control.OrganisationRegistry;
import org.stakeholderportal.organisation.entity.Accreditation;
import org.stakeholderportal.organisation.entity.AccreditationStatus;
import org.stakeholderportal.organisation.entity.Membership;
import org.stakeholderportal.organisation.entity.Organisation;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.platform.Roles;
import org.stakeholderportal.platform.control.PortalClock;

/**
 * Joint contributions: the lead organisation invites other accredited organisations of the process to co-sign its
 * contribution; each invited organisation's focal point reads the text (read-only) and endorses or declines it. An
 * endorsement is bound to the exact text read: when the lead changes the text or its attachments, it goes stale and
 * must be given again. Only endorsements of the text submitted are listed on the submission ({@link Contributions#submit}). Every step is audited.
 * <p>
 * Members of a co-signing organisation can never edit, submit or withdraw the contribution: those stay with
 * {@link Contributions}, which admits only the lead's members.
 */
@Stateless
@RolesAllowed(Roles.STAKEHOLDER)
public class JointContributions {

    static final int MAX_NOTE = 1000;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PortalClock clock;

    @EJB
    AuditTrail audit;

    @Inject
    OrganisationRegistry registry;

    @Inject
    Mailbox mailbox;

    @Resource
    SessionContext context;

    /**
     * One co-signature as the lead or the co-signer sees it: with the organisation and whether it endorses the text
     * as it is now. A class with getters, not a record: Jakarta EE 10's expression language cannot read records.
     */
    public static final class Standing implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final CoSignature coSignature;
        private final Organisation organisation;
        private final boolean current;
        private final boolean stale;

        Standing(CoSignature coSignature, Organisation organisation, boolean current, boolean stale) {
            this.coSignature = coSignature;
            this.organisation = organisation;
            this.current = current;
            this.stale = stale;
        }

        public CoSignature getCoSignature() { return coSignature; }
        public Organisation getOrganisation() { return organisation; }
        /** Endorsed this very text. */
        public boolean isCurrent() { return current; }
        /** Endorsed a text the lead has changed since. */
        public boolean isStale() { return stale; }
    }

    /** Invites an organisation to co-sign; only the lead's members, only while the text can still change. */
    public CoSignature invite(long contributionId, long organisationId) {
        Contribution contribution = leads(contributionId);
        if (!ContributionLifecycle.editable(contribution.getStatus())) {
            throw new Refusal("joint.notEditable");
        }
        if (organisationId == contribution.getOrganisationId()) {
            throw new Refusal("joint.ownOrganisation");
        }
        Organisation invited = inGoodStanding(organisationId, contribution.getProcessId(), "joint.invitedNotAccredited",
                "joint.invitedSuspended");
        CoSignature coSignature = coSignature(contributionId, organisationId).orElse(null);
        if (coSignature == null) {
            coSignature = new CoSignature(contributionId, organisationId, caller(), clock.now());
            em.persist(coSignature);
        } else if (coSignature.getStatus() == CoSignature.Status.INVITED || coSignature.getStatus() == CoSignature.Status.ENDORSED) {
            throw new Refusal("joint.alreadyInvited", invited.getName());
        } else {
            coSignature.invite(caller(), clock.now());
        }
        em.flush();
        // To the focal point, in their language; to the organisation's contact address if the portal has no address for them.
        String lead = organisationName(contribution.getOrganisationId());
        Optional<String> focal = focalPoint(organisationId, contribution.getProcessId()).map(Membership::getUsername)
                .filter(username -> !em.createQuery("select p.email from Person p where p.username = :u and p.email is not null", String.class)
                        .setParameter("u", username).getResultList().isEmpty());
        if (focal.isPresent()) {
            mailbox.sendToPerson(focal.get(), "joint.invitation", contribution.getTitle(), lead);
        } else {
            mailbox.send(invited.getContactEmail(), java.util.Locale.ENGLISH, "joint.invitation", contribution.getTitle(), lead);
        }
        audit.record("contribution.coSignerInvited", "Contribution", contributionId, "organisation=" + organisationId);
        return coSignature;
    }

    /** The co-signer's focal point endorses the text as it is now, with an optional note. */
    public CoSignature endorse(long coSignatureId, long expectedVersion, String note) {
        CoSignature coSignature = answerable(coSignatureId, expectedVersion);
        Contribution contribution = em.find(Contribution.class, coSignature.getContributionId());
        if (!ContributionLifecycle.editable(contribution.getStatus())) {
            throw new Refusal("joint.notEditable");
        }
        inGoodStanding(coSignature.getOrganisationId(), contribution.getProcessId(), "joint.signerNotAccredited", "joint.signerSuspended");
        coSignature.endorse(fingerprint(contribution), caller(), clock.now(), note(note));
        audit.record("contribution.coSignerEndorsed", "Contribution", contribution.getId(), "organisation=" + coSignature.getOrganisationId()
                + "; text=" + fingerprint(contribution));
        return coSignature;
    }

    /** The co-signer's focal point declines, with an optional note. */
    public CoSignature decline(long coSignatureId, long expectedVersion, String note) {
        CoSignature coSignature = answerable(coSignatureId, expectedVersion);
        coSignature.decline(caller(), clock.now(), note(note));
        audit.record("contribution.coSignerDeclined", "Contribution", coSignature.getContributionId(), "organisation="
                + coSignature.getOrganisationId());
        return coSignature;
    }

    /** The co-signer takes its endorsement back; possible until the secretariat publishes the contribution. */
    public CoSignature withdraw(long coSignatureId, long expectedVersion, String note) {
        CoSignature coSignature = answerable(coSignatureId, expectedVersion);
        Contribution contribution = em.find(Contribution.class, coSignature.getContributionId());
        if (contribution.getStatus() == ContributionStatus.PUBLISHED) {
            throw new Refusal("joint.alreadyPublished");
        }
        if (coSignature.getStatus() != CoSignature.Status.ENDORSED) {
            throw new Refusal("joint.notEndorsed");
        }
        coSignature.withdraw(caller(), clock.now(), note(note));
        audit.record("contribution.coSignerWithdrew", "Contribution", contribution.getId(), "organisation="
                + coSignature.getOrganisationId() + "; status=" + contribution.getStatus());
        return coSignature;
    }

    /** Who was asked to co-sign a contribution and where each stands; for the lead's and the co-signers' members and the secretariat. */
    @RolesAllowed({Roles.STAKEHOLDER, Roles.SECRETARIAT, Roles.ADMIN})
    public List<Standing> of(long contributionId) {
        Contribution contribution = em.find(Contribution.class, contributionId);
        if (contribution == null || !(context.isCallerInRole(Roles.SECRETARIAT) || context.isCallerInRole(Roles.ADMIN)
                || involved(contribution))) {
            throw new Refusal("contribution.unknown", contributionId);
        }
        String text = fingerprint(contribution);
        return em.createQuery("select s, o from CoSignature s join Organisation o on o.id = s.organisationId"
                        + " where s.contributionId = :c order by s.invitedAt, s.id", Object[].class)
                .setParameter("c", contributionId).getResultStream()
                .map(r -> new Standing((CoSignature) r[0], (Organisation) r[1], ((CoSignature) r[0]).endorses(text),
                        ((CoSignature) r[0]).isStale(text)))
                .toList();
    }

    /** The text a co-signer is asked to endorse, read-only: only for members of an invited organisation (and the lead's). */
    public Contribution read(long contributionId) {
        Contribution contribution = em.find(Contribution.class, contributionId);
        if (contribution == null || !involved(contribution)) {
            throw new Refusal("contribution.unknown", contributionId);
        }
        em.detach(contribution);
        return contribution;
    }

    /** The invitations to the caller's organisation in a process, newest first. */
    public List<CoSignature> invitationsToMyOrganisation(long processId) {
        Membership membership = registry.membership(processId, caller()).filter(Membership::isActive)
                .orElseThrow(() -> new Refusal("contributor.notMember"));
        return em.createQuery("select s from CoSignature s, Contribution c where c.id = s.contributionId and c.processId = :p"
                        + " and s.organisationId = :o order by s.invitedAt desc, s.id desc", CoSignature.class)
                .setParameter("p", processId).setParameter("o", membership.getOrganisation().getId()).getResultList();
    }

    /** The organisations listed as co-signers of the version submitted last, with their endorsement times. */
    @RolesAllowed({Roles.STAKEHOLDER, Roles.SECRETARIAT, Roles.ADMIN})
    public List<Standing> listed(long contributionId) {
        Contribution contribution = em.find(Contribution.class, contributionId);
        return of(contributionId).stream().filter(s -> s.getCoSignature().getListedInVersion() != null
                && s.getCoSignature().getListedInVersion() == contribution.getCurrentVersion()).toList();
    }

    /** What an endorsement is bound to: the contribution's text and attachments as they are now. */
    String fingerprint(Contribution contribution) {
        List<String> attachmentLines = em.createQuery("select a from Attachment a where a.contributionId = :c and a.detachedAt is null"
                        + " order by a.id", Attachment.class).setParameter("c", contribution.getId()).getResultStream()
                .map(Attachment::line).toList();
        return contribution.computeChecksum(attachmentLines);
    }

    private Contribution leads(long contributionId) {
        Contribution contribution = em.find(Contribution.class, contributionId, LockModeType.PESSIMISTIC_WRITE);
        boolean lead = contribution != null && registry.membership(contribution.getProcessId(), caller())
                .filter(m -> m.isActive() && m.getOrganisation().getId() == contribution.getOrganisationId()).isPresent();
        if (!lead) {
            throw new Refusal("contribution.unknown", contributionId);
        }
        return contribution;
    }

    /** The co-signature, if the caller is the focal point of the invited organisation; it does not exist for anyone else. */
    private CoSignature answerable(long coSignatureId, long expectedVersion) {
        CoSignature coSignature = em.find(CoSignature.class, coSignatureId, LockModeType.PESSIMISTIC_WRITE);
        if (coSignature == null) {
            throw new Refusal("joint.unknown", coSignatureId);
        }
        Contribution contribution = em.find(Contribution.class, coSignature.getContributionId());
        boolean focal = registry.membership(contribution.getProcessId(), caller())
                .filter(m -> m.isActive() && m.isFocalPoint() && m.getOrganisation().getId() == coSignature.getOrganisationId())
                .isPresent();
        if (!focal) {
            throw new Refusal("joint.unknown", coSignatureId);
        }
        if (coSignature.getVersion() != expectedVersion) {
            throw new Refusal("concurrentChange");
        }
        return coSignature;
    }

    private boolean involved(Contribution contribution) {
        return registry.membership(contribution.getProcessId(), caller()).filter(Membership::isActive)
                .map(m -> m.getOrganisation().getId())
                .filter(o -> o == contribution.getOrganisationId() || coSignature(contribution.getId(), o).isPresent())
                .isPresent();
    }

    private Organisation inGoodStanding(long organisationId, long processId, String notAccredited, String suspended) {
        Accreditation accreditation = registry.accreditation(organisationId, processId)
                .orElseThrow(() -> new Refusal(notAccredited));
        if (accreditation.getStatus() == AccreditationStatus.SUSPENDED) {
            throw new Refusal(suspended, accreditation.getOrganisation().getName());
        }
        if (!accreditation.allowsInput()) {
            throw new Refusal(notAccredited, accreditation.getOrganisation().getName());
        }
        return accreditation.getOrganisation();
    }

    private Optional<CoSignature> coSignature(long contributionId, long organisationId) {
        return em.createQuery("select s from CoSignature s where s.contributionId = :c and s.organisationId = :o", CoSignature.class)
                .setParameter("c", contributionId).setParameter("o", organisationId).getResultStream().findFirst();
    }

    private Optional<Membership> focalPoint(long organisationId, long processId) {
        return em.createQuery("select m from Membership m where m.organisation.id = :o and m.processId = :p and m.role = :focal"
                        + " and m.status = :active", Membership.class)
                .setParameter("o", organisationId).setParameter("p", processId).setParameter("focal", Membership.Role.FOCAL_POINT)
                .setParameter("active", Membership.Status.ACTIVE).getResultStream().findFirst();
    }

    private String organisationName(long organisationId) {
        return em.find(Organisation.class, organisationId).getName();
    }

    private static String note(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.length() > MAX_NOTE) {
            throw new Refusal("joint.noteTooLong", MAX_NOTE);
        }
        return note.strip();
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
