package org.stakeholderportal.demo.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.stakeholderportal.draft.entity.Draft;
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.organisation.boundary.Delegates;
import org.stakeholderportal.organisation.boundary.NonObjection;
import org.stakeholderportal.organisation.entity.Accreditation;
import org.stakeholderportal.organisation.entity.ObjectionList;
import org.stakeholderportal.organisation.entity.Organisation;
import org.stakeholderportal.platform.Roles;
import org.stakeholderportal.platform.control.PortalClock;
import org.stakeholderportal.session.boundary.Sessions;
import org.stakeholderportal.session.entity.AgendaItem;
import org.stakeholderportal.session.entity.CommitteeSession;
import org.stakeholderportal.session.entity.Gender;
import org.stakeholderportal.session.entity.Representative;
import org.stakeholderportal.session.entity.Seat;
import org.stakeholderportal.session.entity.SessionFormat;
import org.stakeholderportal.session.entity.SessionKind;
import org.stakeholderportal.session.entity.SpeakerRequest;

/**
 * The demonstration's engagement beyond written input: two member-state delegates (ines for Brazil, lars for
 * Norway), a formal session a month ahead with its agenda and an intersessional consultation, one representative
 * of Digital Rights Watch asking to speak for a coalition, and two applicants without ECOSOC status circulated
 * for non-objection.
 */
@Stateless
@PermitAll
@DeclareRoles({Roles.SECRETARIAT})
@RunAs(Roles.SECRETARIAT)
public class DemoSessions {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    Sessions sessions;

    @EJB
    Delegates delegates;

    @EJB
    NonObjection nonObjection;

    @Inject
    PortalClock clock;

    public void seed(NegotiationProcess process, Draft draft) {
        delegates.link("ines", "BR");
        delegates.link("lars", "NO");
        LocalDate today = clock.now().atZone(process.officialZone()).toLocalDate();
        CommitteeSession formal = sessions.create(process.getId(), SessionKind.FORMAL, "Sixth session", today.plusDays(30), today.plusDays(39),
                SessionFormat.HYBRID, "United Nations Headquarters, New York", 2, 5);
        sessions.addAgendaItem(formal.getId(), "1", "Opening of the session", null, null);
        sessions.addAgendaItem(formal.getId(), "2", "Adoption of the agenda and organization of work", null, null);
        AgendaItem safeguards = sessions.addAgendaItem(formal.getId(), "3",
                "Consideration of the revised draft text: conditions and safeguards", draft.getId(), "art-24");
        sessions.addAgendaItem(formal.getId(), "4", "Consideration of the revised draft text: protection of human rights", draft.getId(), "art-5");
        sessions.create(process.getId(), SessionKind.INTERSESSIONAL, "Intersessional consultation with multi-stakeholders",
                today.plusDays(12), today.plusDays(13), SessionFormat.ONLINE, null, 0, 10);

        Organisation drw = organisation("DRW");
        Organisation adrf = organisation("ADRF");
        Representative amina = new Representative(formal, drw, "Amina Diallo", "amina@digitalrights.example.org", Gender.WOMAN, Seat.IN_ROOM,
                clock.now(), "amina");
        em.persist(amina);
        em.persist(new SpeakerRequest(safeguards, drw, amina, 1, Set.of(adrf.getId()), clock.now(), "amina"));

        List<Long> applicants = nonObjection.eligible(process.getId()).stream()
                .filter(a -> Set.of("CILS", "CRCP").contains(a.getOrganisation().getAcronym())).map(Accreditation::getId).toList();
        ObjectionList list = nonObjection.propose(process.getId(), "First list of applicants without ECOSOC consultative status",
                Set.copyOf(applicants));
        nonObjection.circulate(list.getId(), list.getVersion(), clock.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofDays(14)));
    }

    private Organisation organisation(String acronym) {
        return em.createQuery("select o from Organisation o where o.acronym = :a", Organisation.class).setParameter("a", acronym)
                .getResultList().get(0);
    }
}
