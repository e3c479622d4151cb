package org.stakeholderportal.publication.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.stakeholderportal.contribution.entity.Attachment;
import org.stakeholderportal.contribution.entity.Contribution;
import org.stakeholderportal.contribution.entity.ContributionStatus;
import org.stakeholderportal.organisation.entity.AccreditationStatus;
import org.stakeholderportal.organisation.entity.Organisation;
import org.stakeholderportal.publication.entity.PublishedContribution;

/**
 * What everyone may read: published contributions only, by article, by draft or by organisation. Every query
 * here filters on PUBLISHED itself, so no page or API built on it can show unpublished input.
 */
@Stateless
@PermitAll
public class PublishedInput {

    static final int MAX = 500;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Published input on an article (on the article as a whole or on some of its paragraphs), oldest first. */
    public List<PublishedContribution> onArticle(long articleId) {
        return read("c.articleId = :key", articleId);
    }

    /** Published general comments on a draft as a whole. */
    public List<PublishedContribution> onWholeDraft(long draftId) {
        return read("c.draftId = :key and c.articleId is null", draftId);
    }

    /** Published input of one organisation, in every process. */
    public List<PublishedContribution> ofOrganisation(long organisationId) {
        return read("c.organisationId = :key", organisationId);
    }

    /** The name of an organisation the public list shows (accredited or suspended somewhere); empty for any other. */
    public java.util.Optional<String> publicName(long organisationId) {
        return em.createQuery("select o.name from Accreditation a join a.organisation o where o.id = :o and a.status in :shown",
                        String.class)
                .setParameter("o", organisationId).setParameter("shown", List.of(AccreditationStatus.ACCREDITED, AccreditationStatus.SUSPENDED))
                .setMaxResults(1).getResultStream().findFirst();
    }

    private List<PublishedContribution> read(String condition, long key) {
        List<Object[]> rows = em.createQuery("select c, o, a.status from Contribution c join Organisation o on o.id = c.organisationId"
                        + " left join Accreditation a on a.organisation = o and a.process.id = c.processId"
                        + " where c.status = :published and " + condition + " order by c.decidedAt, c.id", Object[].class)
                .setParameter("published", ContributionStatus.PUBLISHED).setParameter("key", key).setMaxResults(MAX).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(row -> ((Contribution) row[0]).getId()).toList();
        Map<Long, List<Attachment>> attachments = em.createQuery("select a from Attachment a where a.contributionId in :ids"
                        + " and a.detachedAt is null order by a.id", Attachment.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.groupingBy(Attachment::getContributionId));
        return rows.stream().map(row -> {
            Contribution c = (Contribution) row[0];
            Organisation o = (Organisation) row[1];
            return new PublishedContribution(c.getId(), c.getSubmissionNumber(), c.getKind(), c.getTitle(), c.getCommentHtml(),
                    c.getProposedWording(), c.getRationale(), c.getLanguage(), c.getArticleId(), c.getParagraphIds(), o.getId(),
                    o.getName(), o.getCategory(), o.getRegion(), row[2] == AccreditationStatus.SUSPENDED, c.getDecidedAt(),
                    attachments.getOrDefault(c.getId(), List.of()));
        }).toList();
    }
}
