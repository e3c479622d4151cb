package org.stakeholderportal.audit.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stakeholderportal.audit.control.AuditChain;
import org.stakeholderportal.audit.entity.AuditEvent;
import org.stakeholderportal.platform.Roles;
import org.stakeholderportal.platform.control.PersonReferences;

/**
 * Once, after migration V13: events written before it named people by username (as actor, which the migration
 * already replaced, and in membership and assignment details); this names them by reference too and recomputes
 * every hash in one transaction. It runs only when the migration marked the chain, never to "repair" a chain that
 * fails verification, which must stay visible.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class AuditChainUpgrade {

    private static final Logger LOG = Logger.getLogger(AuditChainUpgrade.class.getName());
    private static final Pattern PERSON = Pattern.compile("^person=(?!person:)(.+)$");
    private static final Pattern ASSIGNED = Pattern.compile("^assigned: (.*), (\\w+) -> (.*), (\\w+)$");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PersonReferences references;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void atStart() {
        rechainIfMarked();
    }

    /** Names people by reference and recomputes the chain, if migration V13 marked it; returns the events re-chained. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long rechainIfMarked() {
        Object pending = em.createNativeQuery("SELECT rechain_pending FROM audit_chain_head WHERE id = 1 FOR UPDATE").getSingleResult();
        if (!List.of("true", "1").contains(String.valueOf(pending))) {
            return 0;
        }
        String previous = AuditChain.GENESIS;
        long afterId = 0;
        long count = 0;
        List<AuditEvent> events;
        while (!(events = batch(afterId)).isEmpty()) {
            for (AuditEvent event : events) {
                String actor = reference(event.getActor());
                String detail = withReferences(event.getDetail());
                String hash = AuditChain.hash(previous, event.getOccurredAt(), actor, event.getActorRole(), event.getAction(),
                        event.getEntityType(), event.getEntityId(), detail);
                em.createNativeQuery("UPDATE audit_event SET actor = ?1, detail = ?2, previous_hash = ?3, hash = ?4 WHERE id = ?5")
                        .setParameter(1, actor).setParameter(2, detail).setParameter(3, previous).setParameter(4, hash)
                        .setParameter(5, event.getId()).executeUpdate();
                previous = hash;
                afterId = event.getId();
                count++;
            }
            em.clear();
        }
        em.createNativeQuery("UPDATE audit_chain_head SET last_hash = ?1, rechain_pending = FALSE WHERE id = 1")
                .setParameter(1, previous).executeUpdate();
        long rechained = count;
        LOG.info(() -> "Audit trail: " + rechained + " events now name people by reference; the chain was recomputed once");
        return rechained;
    }

    /** A detail with the usernames that older versions wrote replaced by references. */
    private String withReferences(String detail) {
        Matcher person = PERSON.matcher(detail);
        if (person.matches()) {
            return "person=" + references.of(person.group(1));
        }
        Matcher assigned = ASSIGNED.matcher(detail);
        if (assigned.matches()) {
            return "assigned: " + reference(assigned.group(1)) + ", " + assigned.group(2) + " -> " + reference(assigned.group(3))
                    + ", " + assigned.group(4);
        }
        return detail;
    }

    private String reference(String username) {
        return "null".equals(username) || username.startsWith(PersonReferences.PREFIX) ? username : references.of(username);
    }

    private List<AuditEvent> batch(long afterId) {
        return em.createQuery("select e from AuditEvent e where e.id > :after order by e.id", AuditEvent.class)
                .setParameter("after", afterId).setMaxResults(1000).getResultList();
    }
}
