package org.stakeholderportal.publication.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.persistence.LockModeType;
import org.stakeholderportal.audit.boundary.AuditTrail;
import org.stakeholderportal.draft.entity.Draft;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.platform.Roles;
import org.stakeholderportal.platform.control.Fingerprint;
import org.stakeholderportal.platform.control.PortalClock;
import org.stakeholderportal.publication.entity.PublishedDigest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stakeholderportal.contribution.entity.ContributionStatus;
import org.stakeholderportal.draft.control.NodeKind;
import org.stakeholderportal.publication.entity.DigestStatistics;

/**
 * The digest of stakeholder input on a draft: statistics counted in the database over published input only.
 * The compilation per article reads {@link PublishedInput}; both see exactly what the public pages show.
 */
@Stateless
@PermitAll
public class Digests {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PublishedInput publishedInput;

    @Inject
    PortalClock clock;

    @EJB
    AuditTrail audit;

    @Resource
    SessionContext context;

    /**
     * Releases a digest: the exact bytes the portal generated are kept with their SHA-256 and the next number for
     * the draft (taken under a lock on the draft, so two releases at once cannot share one). Nothing changes it later.
     */
    @RolesAllowed(Roles.SECRETARIAT)
    public PublishedDigest publish(long draftId, byte[] contentJson, int contributions) {
        Draft draft = em.find(Draft.class, draftId, LockModeType.PESSIMISTIC_WRITE);
        if (draft == null) {
            throw new Refusal("draft.unknown", draftId);
        }
        Integer last = em.createQuery("select max(d.number) from PublishedDigest d where d.draftId = :d", Integer.class)
                .setParameter("d", draftId).getSingleResult();
        PublishedDigest digest = new PublishedDigest(draftId, last == null ? 1 : last + 1, clock.now(),
                context.getCallerPrincipal().getName(), contributions, Fingerprint.sha256(contentJson), contentJson);
        em.persist(digest);
        em.flush();
        audit.record("digest.published", "Draft", draftId, "digest=" + digest.getNumber() + "; contributions=" + contributions
                + "; sha256=" + digest.getSha256());
        return digest;
    }

    /** The digests released for a draft, newest first (their contents are read only when downloaded). */
    public List<PublishedDigest> published(long draftId) {
        return em.createQuery("select d from PublishedDigest d where d.draftId = :d order by d.number desc", PublishedDigest.class)
                .setParameter("d", draftId).getResultList();
    }

    public java.util.Optional<PublishedDigest> publishedDigest(long id) {
        return java.util.Optional.ofNullable(em.find(PublishedDigest.class, id));
    }

    public DigestStatistics statistics(long draftId) {
        Map<String, Long> byArticle = new LinkedHashMap<>();
        em.createQuery("select a.anchor from Provision a where a.draftId = :d and a.kind = :article order by a.position", String.class)
                .setParameter("d", draftId).setParameter("article", NodeKind.ARTICLE).getResultList()
                .forEach(anchor -> byArticle.put(anchor, 0L));
        grouped("coalesce(a.anchor, '')", draftId).forEach((anchor, count) -> byArticle.merge(anchor, count, Long::sum));
        byArticle.values().removeIf(count -> count == 0);
        long total = byArticle.values().stream().mapToLong(Long::longValue).sum();
        return new DigestStatistics(total, byArticle, grouped("o.category", draftId), grouped("o.region", draftId),
                grouped("c.kind", draftId), grouped("c.language", draftId));
    }

    /** Published contributions of a draft counted by one property, largest first. */
    private Map<String, Long> grouped(String property, long draftId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<Object[]> rows = em.createQuery("select " + property + ", count(c) from Contribution c"
                        + " join Organisation o on o.id = c.organisationId left join Provision a on a.id = c.articleId"
                        + " where c.draftId = :d and c.status = :published group by " + property + " order by count(c) desc, "
                        + property, Object[].class)
                .setParameter("d", draftId).setParameter("published", ContributionStatus.PUBLISHED).getResultList();
        rows.forEach(row -> counts.put(String.valueOf(row[0]), (Long) row[1]));
        return counts;
    }
}
