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
import org.stakeholderportal.publication.entity.CoSigner;
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

    @jakarta.inject.Inject
    org.stakeholderportal.contribution.control.ListedCoSigners listedCoSigners;

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

    /** A page of a process's published input, in the order it was published. */
    public List<PublishedContribution> ofProcess(long processId, int first, int max) {
        return read("c.processId = :key", processId, " order by c.decidedAt, c.id", first, max);
    }

    public long countOfProcess(long processId) {
        return em.createQuery("select count(c) from Contribution c where c.processId = :p and c.status = :published", Long.class)
                .setParameter("p", processId).setParameter("published", ContributionStatus.PUBLISHED).getSingleResult();
    }

    /** The most recently published input of a process, newest first (the feed). */
    public List<PublishedContribution> latestOfProcess(long processId, int max) {
        return read("c.processId = :key", processId, " order by c.decidedAt desc, c.id desc", 0, max);
    }

    /**
     * The published input of a draft up to {@code cutoff}, in the order a digest prints it: article by article in
     * the draft's order (general comments first), then by time of publication. Only ids: a digest of any size is
     * then read a page at a time with {@link #byIds}.
     */
    public List<Long> inDigestOrder(long draftId, java.time.Instant cutoff) {
        return em.createQuery("select c.id from Contribution c left join Provision a on a.id = c.articleId"
                        + " where c.draftId = :d and c.status = :published and c.decidedAt <= :cutoff"
                        + " order by coalesce(a.position, -1), c.decidedAt, c.id", Long.class)
                .setParameter("d", draftId).setParameter("published", ContributionStatus.PUBLISHED).setParameter("cutoff", cutoff)
                .getResultList();
    }

    /** Published contributions by id, in the order of the ids given (at most a page: {@value #MAX}). */
    public List<PublishedContribution> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, PublishedContribution> found = read("c.id in :key", ids, "", 0, MAX).stream()
                .collect(Collectors.toMap(PublishedContribution::getId, c -> c));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The name of an organisation the public list shows (accredited or suspended somewhere); empty for any other. */
    public java.util.Optional<String> publicName(long organisationId) {
        return em.createQuery("select o.name from Accreditation a join a.organisation o where o.id = :o and a.status in :shown",
                        String.class)
                .setParameter("o", organisationId).setParameter("shown", List.of(AccreditationStatus.ACCREDITED, AccreditationStatus.SUSPENDED))
                .setMaxResults(1).getResultStream().findFirst();
    }

    private List<PublishedContribution> read(String condition, long key) {
        return read(condition, key, " order by c.decidedAt, c.id", 0, MAX);
    }

    private List<PublishedContribution> read(String condition, Object key, String order, int first, int max) {
        List<Object[]> rows = em.createQuery("select c, o, a.status from Contribution c join Organisation o on o.id = c.organisationId"
                        + " left join Accreditation a on a.organisation = o and a.process.id = c.processId"
                        + " where c.status = :published and " + condition + order, Object[].class)
                .setParameter("published", ContributionStatus.PUBLISHED).setParameter("key", key)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, MAX))).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(row -> ((Contribution) row[0]).getId()).toList();
        Map<Long, List<Attachment>> attachments = em.createQuery("select a from Attachment a where a.contributionId in :ids"
                        + " and a.detachedAt is null order by a.id", Attachment.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.groupingBy(Attachment::getContributionId));
        Map<Long, List<Organisation>> coSigners = listedCoSigners.of(ids);
        return rows.stream().map(row -> {
            Contribution c = (Contribution) row[0];
            Organisation o = (Organisation) row[1];
            return new PublishedContribution(c.getId(), c.getSubmissionNumber(), c.getKind(), c.getTitle(), c.getCommentHtml(),
                    c.getProposedWording(), c.getRationale(), c.getLanguage(), c.getArticleId(), c.getParagraphIds(), o.getId(),
                    o.getName(), o.getCategory(), o.getRegion(), row[2] == AccreditationStatus.SUSPENDED, c.getDecidedAt(),
                    attachments.getOrDefault(c.getId(), List.of()), coSigners.getOrDefault(c.getId(), List.of()).stream()
                            .map(s -> new CoSigner(s.getName(), s.getCategory(), s.getRegion())).toList());
        }).toList();
    }
}
