package org.stakeholderportal.organisation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.organisation.entity.Accreditation;
import org.stakeholderportal.organisation.entity.Membership;
import org.stakeholderportal.organisation.entity.Organisation;
import org.stakeholderportal.organisation.entity.OrganisationApplication;
import org.stakeholderportal.platform.Refusal;

/**
 * Registers organisations and looks up memberships. Called by the Organisations boundary (for the signed-in
 * person) and by the demo data; it checks the rules but not who calls: that is the boundary's job.
 */
@Dependent
public class OrganisationRegistry {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** A new organisation applying for the process, with the applicant as its focal point. */
    public Accreditation register(NegotiationProcess process, OrganisationApplication application, String applicant, Instant now) {
        if (!COUNTRIES.contains(application.getCountry())) {
            throw new Refusal("organisation.countryUnknown", application.getCountry());
        }
        boolean knownCategory = !em.createNativeQuery("SELECT code FROM stakeholder_category WHERE code = ?1 AND active")
                .setParameter(1, application.getCategory()).getResultList().isEmpty();
        if (!knownCategory) {
            throw new Refusal("organisation.categoryUnknown", application.getCategory());
        }
        requireNoMembership(process.getId(), applicant);
        Organisation organisation = new Organisation(application, now, applicant);
        em.persist(organisation);
        Accreditation accreditation = new Accreditation(organisation, process, now, applicant);
        em.persist(accreditation);
        persistMembership(Membership.focalPoint(organisation, process.getId(), applicant, now));
        return accreditation;
    }

    public Membership requestToJoin(Organisation organisation, long processId, String person, Instant now) {
        requireNoMembership(processId, person);
        Membership membership = Membership.request(organisation, processId, person, now);
        persistMembership(membership);
        return membership;
    }

    /** The person's requested or active membership in the process, if any. */
    public Optional<Membership> membership(long processId, String person) {
        return em.createQuery("select m from Membership m join fetch m.organisation where m.processId = :p and m.username = :u"
                        + " and m.status in (:requested, :active)", Membership.class)
                .setParameter("p", processId).setParameter("u", person)
                .setParameter("requested", Membership.Status.REQUESTED).setParameter("active", Membership.Status.ACTIVE)
                .getResultStream().findFirst();
    }

    public Optional<Accreditation> accreditation(long organisationId, long processId) {
        return em.createQuery("select a from Accreditation a join fetch a.organisation join fetch a.process"
                        + " where a.organisation.id = :o and a.process.id = :p", Accreditation.class)
                .setParameter("o", organisationId).setParameter("p", processId).getResultStream().findFirst();
    }

    private void requireNoMembership(long processId, String person) {
        if (membership(processId, person).isPresent()) {
            throw new Refusal("organisation.alreadyMember");
        }
    }

    /** The unique key (one organisation per person per process) settles a race the check above cannot. */
    private void persistMembership(Membership membership) {
        try {
            em.persist(membership);
            em.flush();
        } catch (PersistenceException e) {
            throw new Refusal("organisation.alreadyMember");
        }
    }
}
