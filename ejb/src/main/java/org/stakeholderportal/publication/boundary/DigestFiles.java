package org.stakeholderportal.publication.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.stakeholderportal.contribution.entity.Contribution;
import org.stakeholderportal.contribution.entity.ContributionStatus;
import org.stakeholderportal.organisation.entity.AccreditationStatus;
import org.stakeholderportal.organisation.entity.Organisation;
import org.stakeholderportal.platform.control.PortalClock;
import org.stakeholderportal.publication.entity.DigestFile;
import org.stakeholderportal.publication.entity.PublishedDigest;

/**
 * The documents of released digests: which exist, how far each has come, and the short transactions their
 * background generation ({@link DigestRendering}) is made of. A released digest covers the input published up to
 * the moment of its release; publication is final, so that set never changes and a document generated later (after
 * a restart, on another node) holds exactly what the release held.
 */
@Stateless
@PermitAll
public class DigestFiles {

    /** The languages each release is generated in besides the one the secretariat worked in. */
    static final String ALWAYS = "en";
    static final Set<String> LANGUAGES = Set.of("ar", "zh", "en", "fr", "ru", "es");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    PublishedInput publishedInput;

    @Inject
    PublicGeneration publicGeneration;

    @Inject
    org.stakeholderportal.contribution.control.ListedCoSigners listedCoSigners;

    /** Where generated documents lie: PORTAL_DIGESTS_DIR, or the server's data directory. */
    public static Path folder() {
        String configured = System.getenv("PORTAL_DIGESTS_DIR");
        if (configured == null || configured.isBlank()) {
            configured = Paths.get(System.getProperty("jboss.server.data.dir", "data"), "digests").toString();
        }
        return Paths.get(configured).toAbsolutePath();
    }

    /** Queues a release's PDF and DOCX, in English and in the given language; called in the release's transaction. */
    @jakarta.annotation.security.RolesAllowed(org.stakeholderportal.platform.Roles.SECRETARIAT)
    public void queue(PublishedDigest digest, String language) {
        Set<String> languages = new LinkedHashSet<>();
        languages.add(ALWAYS);
        if (language != null && LANGUAGES.contains(language)) {
            languages.add(language);
        }
        for (String lang : languages) {
            for (DigestFile.Format format : DigestFile.Format.values()) {
                em.persist(new DigestFile(digest.getId(), format, lang, clock.now()));
            }
        }
    }

    public List<DigestFile> ofRelease(long publishedDigestId) {
        return em.createQuery("select f from DigestFile f where f.publishedDigestId = :d order by f.language, f.format", DigestFile.class)
                .setParameter("d", publishedDigestId).getResultList();
    }

    /** The documents of several releases at once, by release. */
    public Map<Long, List<DigestFile>> ofReleases(List<Long> publishedDigestIds) {
        Map<Long, List<DigestFile>> files = new HashMap<>();
        if (!publishedDigestIds.isEmpty()) {
            em.createQuery("select f from DigestFile f where f.publishedDigestId in :d order by f.language, f.format", DigestFile.class)
                    .setParameter("d", publishedDigestIds).getResultStream()
                    .forEach(f -> files.computeIfAbsent(f.getPublishedDigestId(), k -> new ArrayList<>()).add(f));
        }
        return files;
    }

    public Optional<DigestFile> file(long id) {
        return Optional.ofNullable(em.find(DigestFile.class, id));
    }

    /** The oldest queued document, now marked as running here; empty when there is none (or another node took it). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Long> claimNext() {
        List<DigestFile> queued = em.createQuery("select f from DigestFile f where f.status = :q order by f.requestedAt, f.id",
                DigestFile.class).setParameter("q", DigestFile.Status.QUEUED).setMaxResults(1).getResultList();
        if (queued.isEmpty()) {
            return Optional.empty();
        }
        DigestFile file = queued.get(0);
        PublishedDigest digest = em.find(PublishedDigest.class, file.getPublishedDigestId());
        file.start(order(digest.getDraftId(), digest.getCoversUntil()).size(), clock.now());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            return Optional.empty();
        }
        return Optional.of(file.getId());
    }

    /** Documents left running by a server that stopped are queued again when it starts. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int requeueInterrupted() {
        List<DigestFile> running = em.createQuery("select f from DigestFile f where f.status = :r", DigestFile.class)
                .setParameter("r", DigestFile.Status.RUNNING).getResultList();
        running.forEach(DigestFile::requeue);
        return running.size();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void progress(long fileId, int done) {
        em.find(DigestFile.class, fileId).progress(done);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finished(long fileId, String sha256, long size) {
        em.find(DigestFile.class, fileId).finish(sha256, size, clock.now());
        // The digest page shows the download now (its script reloads it): not audited, but public.
        publicGeneration.touch("digest.documentDone");
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long fileId, String error) {
        em.find(DigestFile.class, fileId).fail(error, clock.now());
        publicGeneration.touch("digest.documentFailed");
    }

    /**
     * The published contributions a release covers, in the order the digest prints them: article by article in the
     * draft's order (general comments first), then by time of publication.
     */
    public List<Long> order(long draftId, Instant cutoff) {
        return publishedInput.inDigestOrder(draftId, cutoff);
    }

    /** One published contribution with what the digest prints of its organisation. */
    public record Row(Contribution contribution, Organisation organisation, Instant suspendedSince, List<String> coSigners) {
    }

    /** A page of {@link #order}'s contributions, in the order asked for. */
    public List<Row> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Organisation>> coSigners = listedCoSigners.of(ids);
        Map<Long, Row> byId = new HashMap<>();
        em.createQuery("select c, o, a.status, a.decidedAt from Contribution c join Organisation o on o.id = c.organisationId"
                        + " left join Accreditation a on a.organisation = o and a.process.id = c.processId"
                        + " where c.id in :ids and c.status = :published", Object[].class)
                .setParameter("ids", ids).setParameter("published", ContributionStatus.PUBLISHED).getResultStream()
                .forEach(r -> byId.put(((Contribution) r[0]).getId(), new Row((Contribution) r[0], (Organisation) r[1],
                        r[2] == AccreditationStatus.SUSPENDED ? (Instant) r[3] : null,
                        coSigners.getOrDefault(((Contribution) r[0]).getId(), List.of()).stream().map(Organisation::getName).toList())));
        List<Row> rows = new ArrayList<>();
        ids.forEach(id -> Optional.ofNullable(byId.get(id)).ifPresent(rows::add));
        return rows;
    }
}
