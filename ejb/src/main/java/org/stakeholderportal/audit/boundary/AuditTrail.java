package org.stakeholderportal.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.stakeholderportal.audit.control.AuditChain;
import org.stakeholderportal.audit.entity.AuditEvent;
import org.stakeholderportal.audit.entity.ChainCheck;
import org.stakeholderportal.platform.Roles;
import org.stakeholderportal.platform.control.PersonReferences;
import org.stakeholderportal.platform.control.PortalClock;
import org.stakeholderportal.publication.boundary.PublicGeneration;

/**
 * Records every state change in the same transaction as the change itself: if the change rolls back, so
 * does its record, and no change commits without one.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    PortalClock clock;

    @Inject
    PersonReferences references;

    @Inject
    PublicGeneration publicGeneration;

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AuditEvent record(String action, String entityType, long entityId, String detail) {
        String previous = (String) em.createNativeQuery("SELECT last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .getSingleResult();
        Instant now = clock.now().truncatedTo(ChronoUnit.MILLIS);
        String actor = references.of(context.getCallerPrincipal().getName());
        String role = callerRole();
        String hash = AuditChain.hash(previous, now, actor, role, action, entityType, entityId, detail);
        AuditEvent event = new AuditEvent(now, actor, role, action, entityType, entityId, detail, previous, hash);
        em.persist(event);
        em.createNativeQuery("UPDATE audit_chain_head SET last_hash = ?1 WHERE id = 1").setParameter(1, hash).executeUpdate();
        publicGeneration.touch(action);
        return event;
    }

    /** "person:&lt;reference&gt;" for a username: how a detail names a person other than the actor. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public String person(String username) {
        return references.of(username);
    }

    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    public List<AuditEvent> forRecord(String entityType, long entityId) {
        return named(em.createQuery("select e from AuditEvent e where e.entityType = :type and e.entityId = :id order by e.id", AuditEvent.class)
                .setParameter("type", entityType).setParameter("id", entityId).getResultList());
    }

    /** A page of the trail, newest first, optionally of one kind of record (e.g. "Contribution") and one record. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    public List<AuditEvent> page(String entityType, Long entityId, int first, int max) {
        return named(filtered("select e", entityType, entityId, " order by e.id desc", AuditEvent.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 5000))).getResultList());
    }

    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    public long count(String entityType, Long entityId) {
        return filtered("select count(e)", entityType, entityId, "", Long.class).getSingleResult();
    }

    /** Events in the order they were written, after a given id: the export reads the whole trail this way, page by page. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    public List<AuditEvent> after(long afterId, int max) {
        return named(stored(afterId, max));
    }

    private List<AuditEvent> stored(long afterId, int max) {
        return em.createQuery("select e from AuditEvent e where e.id > :after order by e.id", AuditEvent.class)
                .setParameter("after", afterId).setMaxResults(Math.max(1, Math.min(max, 5000))).getResultList();
    }

    /** The events with people shown by username (or pseudonym), for pages and exports. */
    private List<AuditEvent> named(List<AuditEvent> events) {
        java.util.Map<String, String> names = references.usernames(events.stream()
                .flatMap(e -> java.util.stream.Stream.of(e.getActor(), e.getDetail())).toList());
        events.forEach(e -> e.showNames(PersonReferences.named(e.getActor(), names), PersonReferences.named(e.getDetail(), names)));
        return events;
    }

    /**
     * Recomputes every hash from the first event on: an event changed, removed or inserted anywhere breaks the
     * chain at that point, and the head must name the last event's hash (so removing the newest ones shows too).
     */
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    public ChainCheck verify() {
        String expected = AuditChain.GENESIS;
        long checked = 0;
        long afterId = 0;
        List<AuditEvent> events;
        while (!(events = stored(afterId, 2000)).isEmpty()) {
            for (AuditEvent event : events) {
                String recomputed = AuditChain.hash(expected, event.getOccurredAt(), event.getActor(), event.getActorRole(),
                        event.getAction(), event.getEntityType(), event.getEntityId(), event.getDetail());
                if (!expected.equals(event.getPreviousHash()) || !recomputed.equals(event.getHash())) {
                    return new ChainCheck(checked, event.getId());
                }
                expected = recomputed;
                checked++;
                afterId = event.getId();
            }
            em.clear();
        }
        String head = (String) em.createNativeQuery("SELECT last_hash FROM audit_chain_head WHERE id = 1").getSingleResult();
        return head.equals(expected) ? new ChainCheck(checked, null) : new ChainCheck(checked, afterId);
    }

    private <T> TypedQuery<T> filtered(String select, String entityType, Long entityId, String order, Class<T> type) {
        boolean byType = entityType != null && !entityType.isBlank();
        String where = byType ? " where e.entityType = :type" + (entityId == null ? "" : " and e.entityId = :id") : "";
        TypedQuery<T> query = em.createQuery(select + " from AuditEvent e" + where + order, type);
        if (byType) {
            query.setParameter("type", entityType);
            if (entityId != null) {
                query.setParameter("id", entityId);
            }
        }
        return query;
    }

    private String callerRole() {
        for (String role : List.of(Roles.ADMIN, Roles.SECRETARIAT, Roles.STAKEHOLDER)) {
            if (context.isCallerInRole(role)) {
                return role;
            }
        }
        return "none";
    }
}
