package org.stakeholderportal.session.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.stakeholderportal.audit.boundary.AuditTrail;
import org.stakeholderportal.draft.boundary.ConsultationWindows;
import org.stakeholderportal.draft.boundary.Drafts;
import org.stakeholderportal.draft.entity.ConsultationWindow;
import org.stakeholderportal.draft.entity.Draft;
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.draft.entity.TocEntry;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.platform.Roles;
import org.stakeholderportal.platform.control.PortalClock;
import org.stakeholderportal.session.entity.AgendaItem;
import org.stakeholderportal.session.entity.CommitteeSession;
import org.stakeholderportal.session.entity.Representative;
import org.stakeholderportal.session.entity.SessionFormat;
import org.stakeholderportal.session.entity.SessionKind;

/**
 * The sessions of a process and their agendas: the public calendar reads them; the secretariat plans them, ties
 * a consultation window for written input to a session and sees who registered.
 */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
public class Sessions {

    static final int MAX_DAYS_BEFORE = 365;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PortalClock clock;

    @EJB
    AuditTrail audit;

    @EJB
    Drafts drafts;

    @EJB
    ConsultationWindows windows;

    @Resource
    SessionContext context;

    @PermitAll
    public List<CommitteeSession> sessions(long processId) {
        return em.createQuery("select s from CommitteeSession s join fetch s.process where s.process.id = :p order by s.startsOn, s.id",
                CommitteeSession.class).setParameter("p", processId).getResultList();
    }

    @PermitAll
    public Optional<CommitteeSession> session(long sessionId) {
        return em.createQuery("select s from CommitteeSession s join fetch s.process where s.id = :id", CommitteeSession.class)
                .setParameter("id", sessionId).getResultStream().findFirst();
    }

    /** Every agenda item of the process's sessions, in session and agenda order (one query for the calendar). */
    @PermitAll
    public List<AgendaItem> agendas(long processId) {
        return em.createQuery("select i from AgendaItem i join fetch i.session where i.session.process.id = :p"
                + " order by i.session.startsOn, i.session.id, i.position",
                AgendaItem.class).setParameter("p", processId).getResultList();
    }

    /** The same items grouped by session id (agenda order kept). */
    @PermitAll
    public java.util.Map<Long, List<AgendaItem>> agendasBySession(long processId) {
        return agendas(processId).stream().collect(java.util.stream.Collectors.groupingBy(i -> i.getSession().getId(),
                java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()));
    }

    @PermitAll
    public Optional<AgendaItem> agendaItem(long itemId) {
        jakarta.persistence.EntityGraph<AgendaItem> graph = em.createEntityGraph(AgendaItem.class);
        graph.addSubgraph("session").addAttributeNodes("process");
        return em.createQuery("select i from AgendaItem i where i.id = :id", AgendaItem.class).setParameter("id", itemId)
                .setHint("jakarta.persistence.fetchgraph", graph).getResultStream().findFirst();
    }

    public CommitteeSession create(long processId, SessionKind kind, String title, LocalDate startsOn, LocalDate endsOn,
            SessionFormat format, String venue, int roomLimit, int onlineLimit) {
        NegotiationProcess process = drafts.process(processId).orElseThrow(() -> new Refusal("process.unknown", processId));
        CommitteeSession session = new CommitteeSession(process, kind, title, startsOn, endsOn, format, venue, roomLimit, onlineLimit,
                clock.now(), caller());
        em.persist(session);
        em.flush();
        audit.record("session.created", "CommitteeSession", session.getId(), "kind=" + kind + "; title=" + session.getTitle()
                + "; dates=" + startsOn + ".." + endsOn + "; format=" + format + "; limits=" + session.getRoomLimit() + "/" + session.getOnlineLimit());
        return session;
    }

    /** Adds an item at the end of the agenda; one that names a draft must name a chapter or article of it. */
    public AgendaItem addAgendaItem(long sessionId, String number, String title, Long draftId, String anchor) {
        CommitteeSession session = requireSession(sessionId);
        String provision = anchor == null || anchor.isBlank() ? null : anchor.trim();
        if (draftId != null) {
            Draft draft = drafts.draft(draftId).filter(d -> d.getProcess().getId().equals(session.getProcess().getId()))
                    .orElseThrow(() -> new Refusal("draft.unknown", draftId));
            if (provision != null && drafts.tableOfContents(draft.getId()).stream()
                    .noneMatch(e -> e.getAnchor().equals(provision) && (e.isArticle() || e.getKind().isContainer()))) {
                throw new Refusal("agenda.unknownProvision", provision);
            }
        } else if (provision != null) {
            throw new Refusal("agenda.provisionWithoutDraft");
        }
        int position = em.createQuery("select coalesce(max(i.position), 0) from AgendaItem i where i.session.id = :s", Integer.class)
                .setParameter("s", sessionId).getSingleResult() + 1;
        AgendaItem item = new AgendaItem(session, position, number, title, draftId, provision);
        em.persist(item);
        em.flush();
        audit.record("agenda.itemAdded", "CommitteeSession", sessionId, "item=" + item.getItemNumber() + "; title=" + item.getTitle()
                + "; draft=" + draftId + "; provision=" + provision);
        return item;
    }

    /**
     * Opens a consultation window for written input on a draft that closes a number of days before the session
     * starts (at midnight in the official time zone), and ties it to the session.
     */
    public ConsultationWindow openWindowBefore(long sessionId, long draftId, String title, int daysBefore) {
        CommitteeSession session = requireSession(sessionId);
        if (daysBefore < 0 || daysBefore > MAX_DAYS_BEFORE) {
            throw new Refusal("session.daysBeforeInvalid", MAX_DAYS_BEFORE);
        }
        drafts.draft(draftId).filter(d -> d.getProcess().getId().equals(session.getProcess().getId()))
                .orElseThrow(() -> new Refusal("draft.unknown", draftId));
        Instant closes = session.opensAt().minus(Duration.ofDays(daysBefore));
        ConsultationWindow window = windows.open(draftId, title, clock.now(), closes, Set.of());
        window.tieToSession(sessionId);
        audit.record("session.windowTied", "CommitteeSession", sessionId, "window=" + window.getId() + "; closes=" + closes);
        return window;
    }

    @PermitAll
    public List<ConsultationWindow> windows(long sessionId) {
        return em.createQuery("select w from ConsultationWindow w where w.sessionId = :s order by w.closesAt", ConsultationWindow.class)
                .setParameter("s", sessionId).getResultList();
    }

    /** Everyone registered for the session, by organisation: the participant list. */
    public List<Representative> participants(long sessionId) {
        requireSession(sessionId);
        return em.createQuery("select r from Representative r join fetch r.organisation where r.session.id = :s"
                + " order by r.organisation.nameEnglish, r.seat, r.fullName", Representative.class).setParameter("s", sessionId).getResultList();
    }

    /** The chapters and articles an agenda item can point to. */
    @PermitAll
    public List<TocEntry> provisions(long draftId) {
        return drafts.tableOfContents(draftId).stream().filter(e -> e.isArticle() || e.getKind().isContainer()).toList();
    }

    private CommitteeSession requireSession(long sessionId) {
        return session(sessionId).orElseThrow(() -> new Refusal("session.unknown", sessionId));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
