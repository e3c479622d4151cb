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

    @EJB
    DigestFiles files;

    @Resource
    SessionContext context;

    /**
     * Releases a digest: the exact bytes the portal generated are kept with their SHA-256 and the next number for
     * the draft (taken under a lock on the draft, so two releases at once cannot share one). Nothing changes it later.
     */
    @RolesAllowed(Roles.SECRETARIAT)
    public PublishedDigest publish(long draftId, byte[] contentJson, int contributions) {
        return publish(draftId, contentJson, contributions, null, null);
    }

    /**
     * Releases a digest and queues its PDF and DOCX (in English and in {@code language}, the secretariat's), which
     * are generated in the background from the input published up to this moment.
     */
    @RolesAllowed(Roles.SECRETARIAT)
    public PublishedDigest publish(long draftId, byte[] contentJson, int contributions, String language, java.time.Instant coversUntil) {
        Draft draft = em.find(Draft.class, draftId, LockModeType.PESSIMISTIC_WRITE);
        if (draft == null) {
            throw new Refusal("draft.unknown", draftId);
        }
        Integer last = em.createQuery("select max(d.number) from PublishedDigest d where d.draftId = :d", Integer.class)
                .setParameter("d", draftId).getSingleResult();
        java.time.Instant now = clock.now();
        PublishedDigest digest = new PublishedDigest(draftId, last == null ? 1 : last + 1, now, coversUntil == null ? now : coversUntil,
                context.getCallerPrincipal().getName(), contributions, Fingerprint.sha256(contentJson), contentJson);
        em.persist(digest);
        em.flush();
        files.queue(digest, language);
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

    /** The portal's time now: the moment a digest compiled now covers. */
    public java.time.Instant now() {
        return clock.now();
    }

    /**
     * What identifies the current state of a draft's digest, cheaply: changes when input is published or an
     * organisation's standing changes. For the open data's ETag, without compiling the digest.
     */
    public String fingerprint(long draftId) {
        Object[] input = em.createQuery("select count(c), max(c.decidedAt), max(c.id) from Contribution c where c.draftId = :d"
                + " and c.status = :published", Object[].class)
                .setParameter("d", draftId).setParameter("published", ContributionStatus.PUBLISHED).getSingleResult();
        Object standing = em.createQuery("select max(a.decidedAt) from Accreditation a where a.process.id ="
                + " (select d.process.id from Draft d where d.id = :d)").setParameter("d", draftId).getSingleResult();
        return Fingerprint.sha256((draftId + "|" + input[0] + "|" + input[1] + "|" + input[2] + "|" + standing)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public DigestStatistics statistics(long draftId) {
        return statistics(draftId, null);
    }

    /** The statistics of the input published up to {@code cutoff} (all of it when null), as a release covers it. */
    public DigestStatistics statistics(long draftId, java.time.Instant cutoff) {
        Map<String, Long> byArticle = new LinkedHashMap<>();
        em.createQuery("select a.anchor from Provision a where a.draftId = :d and a.kind = :article order by a.position", String.class)
                .setParameter("d", draftId).setParameter("article", NodeKind.ARTICLE).getResultList()
                .forEach(anchor -> byArticle.put(anchor, 0L));
        grouped("coalesce(a.anchor, '')", draftId, cutoff).forEach((anchor, count) -> byArticle.merge(anchor, count, Long::sum));
        byArticle.values().removeIf(count -> count == 0);
        long total = byArticle.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> byCategory = grouped("o.category", draftId, cutoff);
        Map<String, Long> byRegion = grouped("o.region", draftId, cutoff);
        Map<String, Long> coSignersByCategory = coSigners("o.category", draftId, cutoff);
        Map<String, Long> coSignersByRegion = coSigners("o.region", draftId, cutoff);
        Long joint = em.createQuery("select count(distinct c.id) from CoSignature s join Contribution c on c.id = s.contributionId"
                        + " where c.draftId = :d and c.status = :published and c.decidedAt <= :cutoff and s.listedInVersion = c.currentVersion",
                        Long.class)
                .setParameter("d", draftId).setParameter("published", ContributionStatus.PUBLISHED).setParameter("cutoff", upTo(cutoff))
                .getSingleResult();
        return new DigestStatistics(total, byArticle, byCategory, byRegion, grouped("c.kind", draftId, cutoff),
                grouped("c.language", draftId, cutoff), joint, sum(byCategory, coSignersByCategory), sum(byRegion, coSignersByRegion));
    }

    private static java.time.Instant upTo(java.time.Instant cutoff) {
        return cutoff == null ? java.time.Instant.parse("9999-12-31T23:59:59Z") : cutoff;
    }

    /** Two counts added up, largest first. */
    private static Map<String, Long> sum(Map<String, Long> a, Map<String, Long> b) {
        Map<String, Long> total = new java.util.HashMap<>(a);
        b.forEach((key, count) -> total.merge(key, count, Long::sum));
        Map<String, Long> ordered = new LinkedHashMap<>();
        total.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    /** Co-signers listed on the draft's published input, counted by one property of their organisation. */
    private Map<String, Long> coSigners(String property, long draftId, java.time.Instant cutoff) {
        Map<String, Long> counts = new LinkedHashMap<>();
        em.createQuery("select " + property + ", count(s) from CoSignature s join Contribution c on c.id = s.contributionId"
                        + " join Organisation o on o.id = s.organisationId where c.draftId = :d and c.status = :published"
                        + " and c.decidedAt <= :cutoff and s.listedInVersion = c.currentVersion group by " + property, Object[].class)
                .setParameter("d", draftId).setParameter("published", ContributionStatus.PUBLISHED).setParameter("cutoff", upTo(cutoff))
                .getResultList().forEach(row -> counts.put(String.valueOf(row[0]), (Long) row[1]));
        return counts;
    }

    /** Published contributions of a draft counted by one property, largest first. */
    private Map<String, Long> grouped(String property, long draftId, java.time.Instant cutoff) {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<Object[]> rows = em.createQuery("select " + property + ", count(c) from Contribution c"
                        + " join Organisation o on o.id = c.organisationId left join Provision a on a.id = c.articleId"
                        + " where c.draftId = :d and c.status = :published and c.decidedAt <= :cutoff group by " + property + " order by count(c) desc, "
                        + property, Object[].class)
                .setParameter("d", draftId).setParameter("published", ContributionStatus.PUBLISHED)
                .setParameter("cutoff", upTo(cutoff)).getResultList();
        rows.forEach(row -> counts.put(String.valueOf(row[0]), (Long) row[1]));
        return counts;
    }
}
