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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.stakeholderportal.audit.control.AuditChain;
import org.stakeholderportal.audit.entity.AuditEvent;
import org.stakeholderportal.platform.Roles;
import org.stakeholderportal.platform.control.PortalClock;

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

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AuditEvent record(String action, String entityType, long entityId, String detail) {
        String previous = (String) em.createNativeQuery("SELECT last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .getSingleResult();
        Instant now = clock.now().truncatedTo(ChronoUnit.MILLIS);
        String actor = context.getCallerPrincipal().getName();
        String role = callerRole();
        String hash = AuditChain.hash(previous, now, actor, role, action, entityType, entityId, detail);
        AuditEvent event = new AuditEvent(now, actor, role, action, entityType, entityId, detail, previous, hash);
        em.persist(event);
        em.createNativeQuery("UPDATE audit_chain_head SET last_hash = ?1 WHERE id = 1").setParameter(1, hash).executeUpdate();
        return event;
    }

    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    public List<AuditEvent> forRecord(String entityType, long entityId) {
        return em.createQuery("select e from AuditEvent e where e.entityType = :type and e.entityId = :id order by e.id", AuditEvent.class)
                .setParameter("type", entityType).setParameter("id", entityId).getResultList();
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
