package org.stakeholderportal.organisation.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.stakeholderportal.audit.boundary.AuditTrail;
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.organisation.control.OrganisationRegistry;
import org.stakeholderportal.organisation.entity.Accreditation;
import org.stakeholderportal.organisation.entity.AccreditationDecision;
import org.stakeholderportal.organisation.entity.AccreditationStatus;
import org.stakeholderportal.organisation.entity.Contributor;
import org.stakeholderportal.organisation.entity.Membership;
import org.stakeholderportal.organisation.entity.Organisation;
import org.stakeholderportal.organisation.entity.OrganisationApplication;
import org.stakeholderportal.organisation.entity.OrganisationStanding;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.platform.Roles;
import org.stakeholderportal.platform.control.PortalClock;

/**
 * Stakeholder organisations as their members see them: applying for accreditation, asking to join, the
 * focal point's decisions on members, and the check every contribution goes through.
 */
@Stateless
public class Organisations {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    OrganisationRegistry registry;

    @Inject
    PortalClock clock;

    @EJB
    AuditTrail audit;

    @Resource
    SessionContext context;

    /** The signed-in person applies for a new organisation and becomes its focal point. */
    @RolesAllowed(Roles.STAKEHOLDER)
    public Accreditation apply(long processId, @NotNull @Valid OrganisationApplication application) {
        NegotiationProcess process = process(processId);
        Accreditation accreditation = registry.register(process, application, caller(), clock.now());
        audit.record("organisation.applied", "Accreditation", accreditation.getId(), "organisation="
                + accreditation.getOrganisation().getId() + "; name=" + accreditation.getOrganisation().getNameEnglish()
                + "; process=" + process.getCode());
        return accreditation;
    }

    /** The signed-in person asks to join an organisation that has applied for the process. */
    @RolesAllowed(Roles.STAKEHOLDER)
    public Membership requestToJoin(long processId, long organisationId) {
        Accreditation accreditation = registry.accreditation(organisationId, processId)
                .orElseThrow(() -> new Refusal("organisation.unknown", organisationId));
        if (accreditation.getStatus() == AccreditationStatus.REJECTED) {
            throw new Refusal("organisation.unknown", organisationId);
        }
        Membership membership = registry.requestToJoin(accreditation.getOrganisation(), processId, caller(), clock.now());
        audit.record("membership.requested", "Membership", membership.getId(), "organisation=" + organisationId);
        return membership;
    }

    /** The focal point accepts or declines a request to join their organisation. */
    @RolesAllowed(Roles.STAKEHOLDER)
    public Membership decideMembership(long membershipId, long expectedVersion, boolean approve) {
        Membership membership = lockedByFocalPoint(membershipId, expectedVersion);
        membership.decide(approve, caller(), clock.now());
        audit.record(approve ? "membership.approved" : "membership.declined", "Membership", membershipId,
                "person=" + audit.person(membership.getUsername()));
        return membership;
    }

    /** The focal point removes a member; the focal point cannot remove themself. */
    @RolesAllowed(Roles.STAKEHOLDER)
    public Membership removeMember(long membershipId, long expectedVersion) {
        Membership membership = lockedByFocalPoint(membershipId, expectedVersion);
        membership.remove(caller(), clock.now());
        audit.record("membership.removed", "Membership", membershipId, "person=" + audit.person(membership.getUsername()));
        return membership;
    }

    /** After the secretariat asked for more information: the focal point updates the description and resubmits. */
    @RolesAllowed(Roles.STAKEHOLDER)
    public Accreditation resubmit(long accreditationId, long expectedVersion, String description) {
        Accreditation accreditation = em.find(Accreditation.class, accreditationId, LockModeType.PESSIMISTIC_WRITE);
        if (accreditation == null) {
            throw new Refusal("accreditation.unknown", accreditationId);
        }
        Membership mine = registry.membership(accreditation.getProcess().getId(), caller())
                .filter(m -> m.isFocalPoint() && m.getOrganisation().getId().equals(accreditation.getOrganisation().getId()))
                .orElseThrow(() -> new Refusal("membership.notFocalPoint"));
        if (accreditation.getVersion() != expectedVersion) {
            throw new Refusal("concurrentChange");
        }
        if (description == null || description.trim().length() < 20 || description.length() > 5000) {
            throw new Refusal("organisation.descriptionLength");
        }
        accreditation.getOrganisation().describeAgain(description);
        accreditation.decide(AccreditationDecision.RESUBMIT, null, mine.getUsername(), clock.now());
        audit.record("accreditation.resubmitted", "Accreditation", accreditationId, "by focal point");
        return accreditation;
    }

    /** The signed-in person's organisation in the process, if they have applied or asked to join one. */
    @RolesAllowed({Roles.STAKEHOLDER, Roles.SECRETARIAT, Roles.ADMIN})
    public Optional<OrganisationStanding> standing(long processId) {
        return registry.membership(processId, caller()).map(membership -> {
            Accreditation accreditation = registry.accreditation(membership.getOrganisation().getId(), processId).orElseThrow();
            List<Membership> members = membership.isFocalPoint() ? members(membership.getOrganisation().getId(), processId) : List.of();
            return new OrganisationStanding(membership, accreditation, members);
        });
    }

    /** The stakeholder categories offered, in the secretariat's order (the configurable stakeholder_category table). */
    @PermitAll
    @SuppressWarnings("unchecked")
    public List<String> categories() {
        return em.createNativeQuery("SELECT code FROM stakeholder_category WHERE active ORDER BY position, code").getResultList();
    }

    /** Organisations a person may ask to join: those that applied for the process and were not rejected. */
    @PermitAll
    public List<Organisation> joinable(long processId) {
        return em.createQuery("select a.organisation from Accreditation a where a.process.id = :p and a.status <> :rejected"
                        + " order by a.organisation.nameEnglish", Organisation.class)
                .setParameter("p", processId).setParameter("rejected", AccreditationStatus.REJECTED).getResultList();
    }

    /** The public list: organisations accredited for the process, and suspended ones, marked as such. */
    @PermitAll
    public List<Accreditation> accredited(long processId) {
        return em.createQuery("select a from Accreditation a join fetch a.organisation where a.process.id = :p"
                        + " and a.status in (:accredited, :suspended) order by a.organisation.nameEnglish", Accreditation.class)
                .setParameter("p", processId).setParameter("accredited", AccreditationStatus.ACCREDITED)
                .setParameter("suspended", AccreditationStatus.SUSPENDED).getResultList();
    }

    /**
     * Who may write input in the process: an active member of an organisation accredited for it. Every
     * contribution passes this check in the business layer, whatever page or API it comes from.
     */
    @RolesAllowed(Roles.STAKEHOLDER)
    public Contributor requireContributor(long processId) {
        Membership membership = registry.membership(processId, caller()).filter(Membership::isActive)
                .orElseThrow(() -> new Refusal("contributor.notMember"));
        Accreditation accreditation = registry.accreditation(membership.getOrganisation().getId(), processId).orElseThrow();
        if (accreditation.getStatus() == AccreditationStatus.SUSPENDED) {
            throw new Refusal("contributor.suspended");
        }
        if (!accreditation.allowsInput()) {
            throw new Refusal("contributor.notAccredited");
        }
        return new Contributor(caller(), membership.getOrganisation().getId(), processId);
    }

    private List<Membership> members(long organisationId, long processId) {
        return em.createQuery("select m from Membership m where m.organisation.id = :o and m.processId = :p"
                        + " and m.status in (:requested, :active) order by m.requestedAt", Membership.class)
                .setParameter("o", organisationId).setParameter("p", processId)
                .setParameter("requested", Membership.Status.REQUESTED).setParameter("active", Membership.Status.ACTIVE)
                .getResultList();
    }

    private Membership lockedByFocalPoint(long membershipId, long expectedVersion) {
        Membership membership = em.find(Membership.class, membershipId, LockModeType.PESSIMISTIC_WRITE);
        if (membership == null) {
            throw new Refusal("membership.unknown", membershipId);
        }
        boolean focalPointOfThatOrganisation = registry.membership(membership.getProcessId(), caller())
                .filter(Membership::isFocalPoint)
                .filter(mine -> mine.getOrganisation().getId().equals(membership.getOrganisation().getId()))
                .isPresent();
        if (!focalPointOfThatOrganisation) {
            throw new Refusal("membership.notFocalPoint");
        }
        if (membership.getVersion() != expectedVersion) {
            throw new Refusal("concurrentChange");
        }
        return membership;
    }

    private NegotiationProcess process(long processId) {
        NegotiationProcess process = em.find(NegotiationProcess.class, processId);
        if (process == null) {
            throw new Refusal("process.unknown", processId);
        }
        return process;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
