package org.stakeholderportal.publication.boundary;

import jakarta.annotation.security.PermitAll;
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
