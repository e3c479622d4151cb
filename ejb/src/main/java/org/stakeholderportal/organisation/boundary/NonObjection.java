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
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.stakeholderportal.audit.boundary.AuditTrail;
import org.stakeholderportal.draft.entity.NegotiationProcess;
import org.stakeholderportal.notification.control.Mailbox;
import org.stakeholderportal.organisation.control.AccreditationWorkflow;
import org.stakeholderportal.organisation.entity.Accreditation;
import org.stakeholderportal.organisation.entity.AccreditationDecision;
import org.stakeholderportal.organisation.entity.AccreditationStatus;
import org.stakeholderportal.organisation.entity.Delegate;
import org.stakeholderportal.organisation.entity.EcosocStatus;
import org.stakeholderportal.organisation.entity.Objection;
import org.stakeholderportal.organisation.entity.ObjectionList;
import org.stakeholderportal.organisation.entity.ObjectionListEntry;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.platform.Roles;
import org.stakeholderportal.platform.control.PortalClock;

/**
 * Accreditation by non-objection, for applicants without ECOSOC status: the secretariat proposes a list and
 * circulates it to member States with a deadline; until then a delegate may object to an applicant, with a reason;
 * at the deadline those without a standing objection are accredited and the others are not. The secretariat sees
 * who objected and why; the applicant only the outcome; a delegate only its own State's objections.
 */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
public class NonObjection {

    static final int MAX_REASON = 2000;
    /** Who the accreditation records as having decided: the procedure, not a person. */
    static final String DECIDED_BY = "non-objection procedure";
    private static final DateTimeFormatter OFFICIAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PortalClock clock;

    @EJB
    AuditTrail audit;

    @EJB
    Delegates delegates;

    @Inject
    Mailbox mailbox;

    @Resource
    SessionContext context;

    /** Applicants that may be put on a list: pending, without ECOSOC status, on no list that is still open. */
    public List<Accreditation> eligible(long processId) {
        return em.createQuery("select a from Accreditation a join fetch a.organisation where a.process.id = :p"
                        + " and a.status = :pending and a.organisation.ecosocStatus = :none and not exists (select e from ObjectionListEntry e"
                        + " where e.accreditation = a and e.outcome is null) order by a.appliedAt, a.id", Accreditation.class)
                .setParameter("p", processId).setParameter("pending", AccreditationStatus.PENDING)
                .setParameter("none", EcosocStatus.NONE).getResultList();
    }

    /** Whether direct approval of applicants without ECOSOC status is closed in the process. */
    public NegotiationProcess requireNonObjection(long processId, long expectedVersion, boolean required) {
        NegotiationProcess process = process(processId);
        if (process.getVersion() != expectedVersion) {
            throw new Refusal("concurrentChange");
        }
        process.setAccreditationByNonObjection(required);
        audit.record("nonObjection.required", "NegotiationProcess", processId, "accreditationByNonObjection=" + required);
        return process;
    }

    public ObjectionList propose(long processId, String title, Set<Long> accreditationIds) {
        NegotiationProcess process = process(processId);
        String name = title == null ? "" : title.trim();
        if (name.isEmpty() || name.length() > 300) {
            throw new Refusal("nonObjection.titleRequired");
        }
        if (accreditationIds == null || accreditationIds.isEmpty()) {
            throw new Refusal("nonObjection.empty");
        }
        ObjectionList list = new ObjectionList(process, name, clock.now(), caller());
        em.persist(list);
        List<Accreditation> eligible = eligible(processId);
        for (Long id : accreditationIds) {
            Accreditation accreditation = eligible.stream().filter(a -> a.getId().equals(id)).findFirst()
                    .orElseThrow(() -> new Refusal("nonObjection.notEligible", id));
            em.persist(new ObjectionListEntry(list, accreditation));
        }
        em.flush();
        audit.record("nonObjection.proposed", "ObjectionList", list.getId(), "title=" + name + "; accreditations=" + accreditationIds);
        return list;
    }

    /** Takes an applicant off a list that has not been circulated yet. */
    public void remove(long entryId) {
        ObjectionListEntry entry = entry(entryId);
        if (entry.getList().getStatus() != ObjectionList.Status.PROPOSED) {
            throw new Refusal("nonObjection.notProposed");
        }
        entry.settle(ObjectionListEntry.Outcome.REMOVED);
        audit.record("nonObjection.removed", "ObjectionList", entry.getList().getId(), "accreditation=" + entry.getAccreditation().getId());
    }

    /** Sends the list to every linked delegate; objections are accepted until the deadline. */
    public ObjectionList circulate(long listId, long expectedVersion, Instant deadline) {
        ObjectionList list = list(listId, LockModeType.PESSIMISTIC_WRITE);
        if (list.getVersion() != expectedVersion) {
            throw new Refusal("concurrentChange");
        }
        List<ObjectionListEntry> entries = entries(listId);
        if (entries.isEmpty()) {
            throw new Refusal("nonObjection.empty");
        }
        list.circulate(clock.now(), deadline);
        String official = deadline.atZone(list.getProcess().officialZone()).format(OFFICIAL) + " (" + list.getProcess().getOfficialTimeZone() + ")";
        for (Delegate delegate : em.createQuery("select d from Delegate d where d.active = true", Delegate.class).getResultList()) {
            mailbox.sendToPerson(delegate.getUsername(), "nonObjection.circulated", list.getProcess().getName(), list.getTitle(),
                    entries.size(), official);
        }
        audit.record("nonObjection.circulated", "ObjectionList", listId, "deadline=" + deadline + "; applicants=" + entries.size());
        return list;
    }

    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN, Roles.DELEGATE})
    public List<ObjectionList> lists(long processId) {
        return em.createQuery("select l from ObjectionList l where l.process.id = :p order by l.createdAt desc, l.id desc", ObjectionList.class)
                .setParameter("p", processId).getResultList();
    }

    /** What a delegate is asked about: circulated lists (still open first), in every process. */
    @RolesAllowed(Roles.DELEGATE)
    public List<ObjectionList> circulated() {
        delegates.me();
        return em.createQuery("select l from ObjectionList l join fetch l.process where l.status <> :proposed"
                        + " order by l.deadline desc, l.id desc", ObjectionList.class)
                .setParameter("proposed", ObjectionList.Status.PROPOSED).setMaxResults(100).getResultList();
    }

    /** The applicants on a list (removed ones left out); delegates see circulated lists only. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN, Roles.DELEGATE})
    public List<ObjectionListEntry> entries(long listId) {
        ObjectionList list = list(listId, LockModeType.NONE);
        if (!isSecretariat() && list.getStatus() == ObjectionList.Status.PROPOSED) {
            throw new Refusal("nonObjection.unknown", listId);
        }
        return em.createQuery("select e from ObjectionListEntry e where e.list.id = :l"
                        + " and (e.outcome is null or e.outcome <> :removed) order by e.accreditation.organisation.nameEnglish, e.id",
                        ObjectionListEntry.class)
                .setParameter("l", listId).setParameter("removed", ObjectionListEntry.Outcome.REMOVED)
                .setHint("jakarta.persistence.fetchgraph", withOrganisation()).getResultList();
    }

    /** Every objection on a list, with the State, the delegate and the reason: for the secretariat only. */
    public List<Objection> objections(long listId) {
        jakarta.persistence.EntityGraph<Objection> graph = em.createEntityGraph(Objection.class);
        graph.addSubgraph("entry").addSubgraph("accreditation").addAttributeNodes("organisation");
        return em.createQuery("select o from Objection o where o.entry.list.id = :l order by o.objectedAt", Objection.class)
                .setParameter("l", listId).setHint("jakarta.persistence.fetchgraph", graph).getResultList();
    }

    /** The objections the caller's own State raised on a list. */
    @RolesAllowed(Roles.DELEGATE)
    public List<Objection> ourObjections(long listId) {
        Delegate me = delegates.me();
        return em.createQuery("select o from Objection o where o.entry.list.id = :l and o.memberState = :s", Objection.class)
                .setParameter("l", listId).setParameter("s", me.getMemberState()).getResultList();
    }

    /** The caller's State objects to one applicant, with a reason, strictly before the deadline. */
    @RolesAllowed(Roles.DELEGATE)
    public Objection object(long entryId, String reason) {
        Delegate me = delegates.me();
        String text = reason == null ? "" : reason.trim();
        if (text.isEmpty()) {
            throw new Refusal("nonObjection.reasonRequired");
        }
        if (text.length() > MAX_REASON) {
            throw new Refusal("nonObjection.reasonTooLong", MAX_REASON);
        }
        ObjectionListEntry entry = entry(entryId);
        ObjectionList list = list(entry.getList().getId(), LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.now();
        if (!list.acceptsObjections(now) || entry.getOutcome() != null) {
            throw new Refusal("nonObjection.closed");
        }
        Objection objection = stateObjection(entryId, me.getMemberState());
        if (objection == null) {
            objection = new Objection(entry, me.getMemberState(), me.getUsername(), text, now);
            em.persist(objection);
        } else {
            objection.restate(me.getUsername(), text, now);
        }
        em.flush();
        audit.record("nonObjection.objected", "ObjectionList", list.getId(),
                "accreditation=" + entry.getAccreditation().getId() + "; memberState=" + me.getMemberState() + "; reason=" + text);
        return objection;
    }

    @RolesAllowed(Roles.DELEGATE)
    public void withdrawObjection(long entryId) {
        Delegate me = delegates.me();
        ObjectionListEntry entry = entry(entryId);
        ObjectionList list = list(entry.getList().getId(), LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.now();
        if (!list.acceptsObjections(now)) {
            throw new Refusal("nonObjection.closed");
        }
        Objection objection = stateObjection(entryId, me.getMemberState());
        if (objection == null || !objection.isStanding()) {
            throw new Refusal("nonObjection.noObjection");
        }
        objection.withdraw(now);
        audit.record("nonObjection.withdrawn", "ObjectionList", list.getId(),
                "accreditation=" + entry.getAccreditation().getId() + "; memberState=" + me.getMemberState());
    }

    /** Lists whose deadline has passed and that are not concluded yet (the timer concludes them one by one). */
    @PermitAll
    public List<Long> due() {
        return em.createQuery("select l.id from ObjectionList l where l.status = :c and l.deadline <= :now", Long.class)
                .setParameter("c", ObjectionList.Status.CIRCULATED).setParameter("now", clock.now()).getResultList();
    }

    /**
     * Concludes a list whose deadline has passed: applicants with no standing objection are accredited, the others
     * are not. Anyone may trigger it (it is the clock that decides); before the deadline, or twice, it does nothing.
     */
    @PermitAll
    public boolean conclude(long listId) {
        ObjectionList list = list(listId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.now();
        if (!list.isDue(now)) {
            return false;
        }
        int accredited = 0;
        int objected = 0;
        for (ObjectionListEntry entry : entries(listId)) {
            if (entry.getOutcome() != null) {
                continue;
            }
            Accreditation accreditation = em.find(Accreditation.class, entry.getAccreditation().getId(), LockModeType.PESSIMISTIC_WRITE);
            boolean objectedTo = em.createQuery("select count(o) from Objection o where o.entry.id = :e and o.withdrawnAt is null", Long.class)
                    .setParameter("e", entry.getId()).getSingleResult() > 0;
            AccreditationDecision decision = objectedTo ? AccreditationDecision.REJECT : AccreditationDecision.APPROVE;
            if (!AccreditationWorkflow.allowed(accreditation.getStatus(), decision)) {
                entry.settle(ObjectionListEntry.Outcome.REMOVED);
                continue;
            }
            String reason = objectedTo ? Mailbox.text(Locale.ENGLISH, "nonObjection.notAccreditedReason") : null;
            AccreditationStatus before = accreditation.decide(decision, reason, DECIDED_BY, now);
            entry.settle(objectedTo ? ObjectionListEntry.Outcome.NOT_ACCREDITED : ObjectionListEntry.Outcome.ACCREDITED);
            if (objectedTo) {
                objected++;
            } else {
                accredited++;
            }
            mailbox.send(accreditation.getOrganisation().getContactEmail(), Locale.ENGLISH, "accreditation.decided",
                    accreditation.getOrganisation().getNameEnglish(), new Mailbox.Label("decision." + decision.name()),
                    list.getProcess().getName(), reason == null ? new Mailbox.Label("nonObjection.noObjectionReason") : reason);
            audit.record("accreditation." + decision.name().toLowerCase(Locale.ROOT), "Accreditation", accreditation.getId(),
                    "status: " + before + " -> " + accreditation.getStatus() + "; by non-objection list " + listId);
        }
        list.conclude(now);
        audit.record("nonObjection.concluded", "ObjectionList", listId, "accredited=" + accredited + "; notAccredited=" + objected);
        return true;
    }

    /** Whether an application is on a list that is not concluded, so no one decides it by hand meanwhile. */
    @PermitAll
    public boolean onOpenList(long accreditationId) {
        return em.createQuery("select count(e) from ObjectionListEntry e where e.accreditation.id = :a and e.outcome is null", Long.class)
                .setParameter("a", accreditationId).getSingleResult() > 0;
    }

    /** Entries with their application and organisation, which every page of the procedure shows. */
    private jakarta.persistence.EntityGraph<ObjectionListEntry> withOrganisation() {
        jakarta.persistence.EntityGraph<ObjectionListEntry> graph = em.createEntityGraph(ObjectionListEntry.class);
        graph.addSubgraph("accreditation").addAttributeNodes("organisation");
        return graph;
    }

    private Objection stateObjection(long entryId, String memberState) {
        return em.createQuery("select o from Objection o where o.entry.id = :e and o.memberState = :s", Objection.class)
                .setParameter("e", entryId).setParameter("s", memberState).getResultStream().findFirst().orElse(null);
    }

    private ObjectionList list(long listId, LockModeType lock) {
        ObjectionList list = em.find(ObjectionList.class, listId, lock);
        if (list == null) {
            throw new Refusal("nonObjection.unknown", listId);
        }
        return list;
    }

    private ObjectionListEntry entry(long entryId) {
        ObjectionListEntry entry = em.find(ObjectionListEntry.class, entryId);
        if (entry == null) {
            throw new Refusal("nonObjection.unknown", entryId);
        }
        return entry;
    }

    private NegotiationProcess process(long processId) {
        NegotiationProcess process = em.find(NegotiationProcess.class, processId);
        if (process == null) {
            throw new Refusal("process.unknown", processId);
        }
        return process;
    }

    private boolean isSecretariat() {
        return context.isCallerInRole(Roles.SECRETARIAT) || context.isCallerInRole(Roles.ADMIN);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
