package org.stakeholderportal.session.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.stakeholderportal.audit.boundary.AuditTrail;
import org.stakeholderportal.notification.control.Mailbox;
import org.stakeholderportal.organisation.boundary.Organisations;
import org.stakeholderportal.organisation.entity.AccreditationStatus;
import org.stakeholderportal.organisation.entity.Contributor;
import org.stakeholderportal.organisation.entity.Organisation;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.platform.Roles;
import org.stakeholderportal.platform.control.PortalClock;
import org.stakeholderportal.session.entity.AgendaItem;
import org.stakeholderportal.session.entity.CommitteeSession;
import org.stakeholderportal.session.entity.Gender;
import org.stakeholderportal.session.entity.Representative;
import org.stakeholderportal.session.entity.Seat;
import org.stakeholderportal.session.entity.SpeakerRequest;
import org.stakeholderportal.session.entity.SpeakerStatus;

/**
 * What an accredited organisation does for a session, through any of its active members: register its
 * representatives (up to the session's limits, until it opens) and ask to speak on agenda items, alone or as a
 * coalition's spokesperson on behalf of other accredited organisations.
 */
@Stateless
@RolesAllowed(Roles.STAKEHOLDER)
public class SessionParticipation {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    static final int MAX_COALITION = 30;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PortalClock clock;

    @EJB
    AuditTrail audit;

    @EJB
    Organisations organisations;

    @Inject
    Mailbox mailbox;

    @Resource
    SessionContext context;

    /** Registers a representative; the organisation's row is locked so two members cannot both take the last place. */
    public Representative register(long sessionId, String fullName, String email, Gender gender, Seat seat) {
        CommitteeSession session = openSession(sessionId);
        Contributor me = organisations.requireContributor(session.getProcess().getId());
        String name = fullName == null ? "" : fullName.trim();
        String address = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (name.isEmpty() || name.length() > 200) {
            throw new Refusal("session.nameRequired");
        }
        if (address.length() > 320 || !EMAIL.matcher(address).matches()) {
            throw new Refusal("session.emailInvalid");
        }
        if (gender == null || seat == null) {
            throw new Refusal("session.seatRequired");
        }
        Organisation organisation = em.find(Organisation.class, me.getOrganisationId(), LockModeType.PESSIMISTIC_WRITE);
        int limit = session.limit(seat);
        if (limit == 0) {
            throw new Refusal("session.seatNotOffered");
        }
        List<Representative> registered = representatives(sessionId, organisation.getId());
        if (registered.stream().anyMatch(r -> r.getEmail().equals(address))) {
            throw new Refusal("session.alreadyRegistered", address);
        }
        if (registered.stream().filter(r -> r.getSeat() == seat).count() >= limit) {
            throw new Refusal("session.limitReached", limit);
        }
        Representative representative = new Representative(session, organisation, name, address, gender, seat, clock.now(), me.getUsername());
        em.persist(representative);
        em.flush();
        audit.record("session.registered", "CommitteeSession", sessionId, "organisation=" + organisation.getId()
                + "; representative=" + representative.getId() + "; seat=" + seat);
        mailbox.send(address, Locale.ENGLISH, "session.registered", name, organisation.getNameEnglish(), session.getTitle(),
                session.getStartsOn().toString(), new Mailbox.Label("seat." + seat.name()));
        return representative;
    }

    /** The caller's organisation's representatives for a session. */
    public List<Representative> myRepresentatives(long sessionId) {
        CommitteeSession session = session(sessionId);
        Contributor me = organisations.requireContributor(session.getProcess().getId());
        return representatives(sessionId, me.getOrganisationId());
    }

    public void cancelRegistration(long representativeId) {
        Representative representative = em.find(Representative.class, representativeId);
        if (representative == null) {
            throw new Refusal("session.unknown", representativeId);
        }
        CommitteeSession session = openSession(representative.getSession().getId());
        Contributor me = organisations.requireContributor(session.getProcess().getId());
        if (!representative.getOrganisation().getId().equals(me.getOrganisationId())) {
            throw new Refusal("session.unknown", representativeId);
        }
        long speaking = em.createQuery("select count(r) from SpeakerRequest r where r.representative.id = :p and r.status in (:active)", Long.class)
                .setParameter("p", representativeId).setParameter("active", Set.of(SpeakerStatus.REQUESTED, SpeakerStatus.CONFIRMED))
                .getSingleResult();
        if (speaking > 0) {
            throw new Refusal("session.representativeSpeaks");
        }
        em.createQuery("delete from SpeakerRequest r where r.representative.id = :p").setParameter("p", representativeId).executeUpdate();
        em.remove(representative);
        audit.record("session.registrationCancelled", "CommitteeSession", session.getId(), "organisation=" + me.getOrganisationId()
                + "; representative=" + representativeId);
    }

    /**
     * Asks to speak on an agenda item through one of the organisation's registered representatives, on behalf of
     * the given other organisations too (a coalition); each organisation speaks at most once per item.
     */
    public SpeakerRequest requestToSpeak(long itemId, long representativeId, Set<Long> onBehalfOf) {
        AgendaItem item = em.find(AgendaItem.class, itemId, LockModeType.PESSIMISTIC_WRITE);
        if (item == null) {
            throw new Refusal("agenda.unknown", itemId);
        }
        CommitteeSession session = openSession(item.getSession().getId());
        if (item.isSpeakersConfirmed()) {
            throw new Refusal("speakers.listConfirmed");
        }
        long processId = session.getProcess().getId();
        Contributor me = organisations.requireContributor(processId);
        Representative speaker = em.find(Representative.class, representativeId);
        if (speaker == null || !speaker.getSession().getId().equals(session.getId())
                || !speaker.getOrganisation().getId().equals(me.getOrganisationId())) {
            throw new Refusal("speakers.notOurRepresentative");
        }
        Set<Long> coalition = new LinkedHashSet<>(onBehalfOf == null ? Set.of() : onBehalfOf);
        coalition.remove(me.getOrganisationId());
        if (coalition.size() > MAX_COALITION) {
            throw new Refusal("speakers.coalitionTooLarge", MAX_COALITION);
        }
        Set<Long> speaking = speakingOrganisations(itemId);
        if (speaking.contains(me.getOrganisationId())) {
            throw new Refusal("speakers.alreadyListed");
        }
        for (Long other : coalition) {
            if (!accredited(other, processId)) {
                throw new Refusal("speakers.notAccredited", other);
            }
            if (speaking.contains(other)) {
                throw new Refusal("speakers.memberAlreadyListed", em.find(Organisation.class, other).getNameEnglish());
            }
        }
        // A request withdrawn earlier is reused: the database keeps one row per organisation and item.
        em.createQuery("delete from SpeakerRequest r where r.agendaItem.id = :i and r.organisation.id = :o and r.status = :w")
                .setParameter("i", itemId).setParameter("o", me.getOrganisationId()).setParameter("w", SpeakerStatus.WITHDRAWN).executeUpdate();
        int position = em.createQuery("select coalesce(max(r.position), 0) from SpeakerRequest r where r.agendaItem.id = :i", Integer.class)
                .setParameter("i", itemId).getSingleResult() + 1;
        Organisation lead = em.find(Organisation.class, me.getOrganisationId());
        SpeakerRequest request = new SpeakerRequest(item, lead, speaker, position, coalition, clock.now(), me.getUsername());
        em.persist(request);
        em.flush();
        audit.record("speakers.requested", "AgendaItem", itemId, "organisation=" + lead.getId() + "; request=" + request.getId()
                + "; onBehalfOf=" + coalition);
        for (Long other : coalition) {
            Organisation member = em.find(Organisation.class, other);
            mailbox.send(member.getContactEmail(), Locale.ENGLISH, "speakers.namedInCoalition", member.getNameEnglish(), lead.getNameEnglish(),
                    item.getItemNumber() + " " + item.getTitle(), session.getTitle());
        }
        return request;
    }

    public void withdrawRequest(long requestId) {
        SpeakerRequest request = em.find(SpeakerRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw new Refusal("speakers.unknown", requestId);
        }
        CommitteeSession session = openSession(request.getAgendaItem().getSession().getId());
        Contributor me = organisations.requireContributor(session.getProcess().getId());
        if (!request.getOrganisation().getId().equals(me.getOrganisationId())) {
            throw new Refusal("speakers.unknown", requestId);
        }
        if (request.getStatus() == SpeakerStatus.WITHDRAWN) {
            throw new Refusal("speakers.alreadyWithdrawn");
        }
        request.decide(SpeakerStatus.WITHDRAWN);
        request.getOnBehalfOf().clear();
        audit.record("speakers.withdrawn", "AgendaItem", request.getAgendaItem().getId(), "request=" + requestId);
    }

    /** The requests the caller's organisation made for a session's items, or is named on as a coalition member. */
    public List<SpeakerRequest> myRequests(long sessionId) {
        CommitteeSession session = session(sessionId);
        Contributor me = organisations.requireContributor(session.getProcess().getId());
        return em.createQuery("select distinct r from SpeakerRequest r left join r.onBehalfOf b where r.agendaItem.session.id = :s"
                        + " and r.status <> :w and (r.organisation.id = :o or b.organisationId = :o)", SpeakerRequest.class)
                .setParameter("s", sessionId).setParameter("w", SpeakerStatus.WITHDRAWN).setParameter("o", me.getOrganisationId())
                .setHint("jakarta.persistence.fetchgraph", wholeRequest()).getResultStream().sorted(java.util.Comparator.comparingInt(r -> r.getAgendaItem().getPosition())).toList();
    }

    /** Accredited organisations of the process a coalition can speak for (the caller's own left out). */
    public List<Organisation> coalitionCandidates(long sessionId) {
        CommitteeSession session = session(sessionId);
        Contributor me = organisations.requireContributor(session.getProcess().getId());
        return em.createQuery("select a.organisation from Accreditation a where a.process.id = :p and a.status = :ok"
                        + " and a.organisation.id <> :me order by a.organisation.nameEnglish", Organisation.class)
                .setParameter("p", session.getProcess().getId()).setParameter("ok", AccreditationStatus.ACCREDITED)
                .setParameter("me", me.getOrganisationId()).getResultList();
    }

    private jakarta.persistence.EntityGraph<SpeakerRequest> wholeRequest() {
        jakarta.persistence.EntityGraph<SpeakerRequest> graph = em.createEntityGraph(SpeakerRequest.class);
        graph.addAttributeNodes("agendaItem", "organisation", "representative", "onBehalfOf");
        return graph;
    }

    private Set<Long> speakingOrganisations(long itemId) {
        Set<Long> speaking = new LinkedHashSet<>(em.createQuery("select r.organisation.id from SpeakerRequest r where r.agendaItem.id = :i"
                + " and r.status in (:active)", Long.class).setParameter("i", itemId)
                .setParameter("active", Set.of(SpeakerStatus.REQUESTED, SpeakerStatus.CONFIRMED)).getResultList());
        speaking.addAll(em.createQuery("select b.organisationId from SpeakerRequest r join r.onBehalfOf b where r.agendaItem.id = :i"
                + " and r.status in (:active)", Long.class).setParameter("i", itemId)
                .setParameter("active", Set.of(SpeakerStatus.REQUESTED, SpeakerStatus.CONFIRMED)).getResultList());
        return speaking;
    }

    private boolean accredited(long organisationId, long processId) {
        return em.createQuery("select count(a) from Accreditation a where a.organisation.id = :o and a.process.id = :p and a.status = :ok",
                Long.class).setParameter("o", organisationId).setParameter("p", processId).setParameter("ok", AccreditationStatus.ACCREDITED)
                .getSingleResult() > 0;
    }

    private List<Representative> representatives(long sessionId, long organisationId) {
        return em.createQuery("select r from Representative r where r.session.id = :s and r.organisation.id = :o order by r.seat, r.fullName",
                Representative.class).setParameter("s", sessionId).setParameter("o", organisationId).getResultList();
    }

    private CommitteeSession openSession(long sessionId) {
        CommitteeSession session = session(sessionId);
        Instant now = clock.now();
        if (!session.acceptsRegistrations(now)) {
            throw new Refusal("session.registrationClosed");
        }
        return session;
    }

    private CommitteeSession session(long sessionId) {
        CommitteeSession session = em.find(CommitteeSession.class, sessionId);
        if (session == null) {
            throw new Refusal("session.unknown", sessionId);
        }
        return session;
    }
}
