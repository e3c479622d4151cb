package org.stakeholderportal.organisation.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stakeholderportal.audit.boundary.AuditTrail;
import org.stakeholderportal.notification.control.Mailbox;
import org.stakeholderportal.organisation.entity.Accreditation;
import org.stakeholderportal.organisation.entity.AccreditationDecision;
import org.stakeholderportal.organisation.entity.AccreditationQuery;
import org.stakeholderportal.organisation.entity.AccreditationStatus;
import org.stakeholderportal.organisation.entity.EcosocStatus;
import org.stakeholderportal.organisation.entity.Organisation;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.platform.Roles;
import org.stakeholderportal.platform.control.PortalClock;

/** The secretariat's accreditation queue and decisions: approve, reject, ask for more, suspend, reinstate. */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
public class Accreditations {

    private static final int MAX_REASON = 2000;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PortalClock clock;

    @EJB
    AuditTrail audit;

    @Inject
    Mailbox mailbox;

    @Resource
    SessionContext context;

    /** One page of the queue, filtered and ordered by the database (oldest application first). */
    public List<Accreditation> queue(long processId, AccreditationQuery query, int first, int pageSize) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Accreditation> cq = cb.createQuery(Accreditation.class);
        Root<Accreditation> a = cq.from(Accreditation.class);
        a.fetch("organisation");
        Join<Accreditation, Organisation> o = a.join("organisation");
        cq.select(a).where(filters(cb, a, o, processId, query)).orderBy(cb.asc(a.get("appliedAt")), cb.asc(a.get("id")));
        TypedQuery<Accreditation> typed = em.createQuery(cq);
        return typed.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(pageSize, 200))).getResultList();
    }

    public long count(long processId, AccreditationQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
        Root<Accreditation> a = cq.from(Accreditation.class);
        Join<Accreditation, Organisation> o = a.join("organisation");
        cq.select(cb.count(a)).where(filters(cb, a, o, processId, query));
        return em.createQuery(cq).getSingleResult();
    }

    public Map<AccreditationStatus, Long> countsByStatus(long processId) {
        Map<AccreditationStatus, Long> counts = new EnumMap<>(AccreditationStatus.class);
        for (AccreditationStatus status : AccreditationStatus.values()) {
            counts.put(status, 0L);
        }
        em.createQuery("select a.status, count(a) from Accreditation a where a.process.id = :p group by a.status", Object[].class)
                .setParameter("p", processId).getResultList()
                .forEach(row -> counts.put((AccreditationStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** A decision on an application, refused if someone else decided since the page was shown. */
    public Accreditation decide(long accreditationId, long expectedVersion, AccreditationDecision decision, String reason) {
        if (decision == null || decision == AccreditationDecision.RESUBMIT) {
            throw new Refusal("accreditation.decisionNotAllowed", String.valueOf(decision), "-");
        }
        if (reason != null && reason.length() > MAX_REASON) {
            throw new Refusal("accreditation.reasonTooLong", MAX_REASON);
        }
        Accreditation accreditation = em.find(Accreditation.class, accreditationId, LockModeType.PESSIMISTIC_WRITE);
        if (accreditation == null) {
            throw new Refusal("accreditation.unknown", accreditationId);
        }
        if (accreditation.getVersion() != expectedVersion) {
            throw new Refusal("concurrentChange");
        }
        requireNoOpenNonObjection(accreditation, decision);
        AccreditationStatus before = accreditation.decide(decision, reason, context.getCallerPrincipal().getName(), clock.now());
        mailbox.send(accreditation.getOrganisation().getContactEmail(), Locale.ENGLISH, "accreditation.decided",
                accreditation.getOrganisation().getNameEnglish(), Mailbox.text(Locale.ENGLISH, "decision." + decision.name()),
                accreditation.getProcess().getName(), reason == null || reason.isBlank() ? Mailbox.text(Locale.ENGLISH, "noReason") : reason.trim());
        audit.record("accreditation." + decision.name().toLowerCase(Locale.ROOT), "Accreditation", accreditationId,
                "status: " + before + " -> " + accreditation.getStatus() + "; organisation="
                        + accreditation.getOrganisation().getNameEnglish() + "; reason=" + (reason == null ? "" : reason.trim()));
        return accreditation;
    }

    /**
     * An application on a non-objection list is decided by that procedure, not by hand; where the process accredits
     * applicants without ECOSOC status only by non-objection, they cannot be approved directly.
     */
    private void requireNoOpenNonObjection(Accreditation accreditation, AccreditationDecision decision) {
        boolean onList = em.createQuery("select count(e) from ObjectionListEntry e where e.accreditation.id = :a and e.outcome is null",
                Long.class).setParameter("a", accreditation.getId()).getSingleResult() > 0;
        if (onList) {
            throw new Refusal("accreditation.onNonObjectionList");
        }
        if (decision == AccreditationDecision.APPROVE && accreditation.getProcess().isAccreditationByNonObjection()
                && accreditation.getOrganisation().getEcosocStatus() == EcosocStatus.NONE) {
            throw new Refusal("accreditation.needsNonObjection");
        }
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<Accreditation> a, Join<Accreditation, Organisation> o,
            long processId, AccreditationQuery query) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(a.get("process").get("id"), processId));
        if (query != null) {
            if (query.getStatus() != null) {
                where.add(cb.equal(a.get("status"), query.getStatus()));
            }
            if (query.getCategory() != null && !query.getCategory().isBlank()) {
                where.add(cb.equal(o.get("category"), query.getCategory()));
            }
            if (query.getRegion() != null) {
                where.add(cb.equal(o.get("region"), query.getRegion()));
            }
            if (query.getAppliedFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(a.get("appliedAt"), query.getAppliedFrom().atStartOfDay(ZoneOffset.UTC).toInstant()));
            }
            if (query.getAppliedTo() != null) {
                where.add(cb.lessThan(a.get("appliedAt"), query.getAppliedTo().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
            }
            if (query.getText() != null && !query.getText().isBlank()) {
                String like = "%" + query.getText().trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                        .replace("%", "\\%").replace("_", "\\_") + "%";
                where.add(cb.or(cb.like(cb.lower(o.get("nameEnglish")), like), cb.like(cb.lower(o.get("name")), like),
                        cb.like(cb.lower(o.get("acronym")), like)));
            }
        }
        return where.toArray(Predicate[]::new);
    }
}
