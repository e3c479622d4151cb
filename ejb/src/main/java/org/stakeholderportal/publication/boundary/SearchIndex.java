package org.stakeholderportal.publication.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.stakeholderportal.contribution.entity.Contribution;
import org.stakeholderportal.contribution.entity.ContributionStatus;
import org.stakeholderportal.draft.control.NodeKind;
import org.stakeholderportal.draft.entity.Provision;
import org.stakeholderportal.draft.entity.ProvisionTranslation;

/**
 * Keeps the search index whole across restarts, restores and upgrades: at start-up it compares what the index holds
 * with what the database says should be there, and rebuilds the index in the background when they differ (a new
 * node, a restored database, an index folder lost). Searching works meanwhile, on what is already indexed.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "DemoData"})
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    @PersistenceUnit(unitName = "portal")
    EntityManagerFactory emf;

    @Resource
    ManagedExecutorService executor;

    private volatile Future<?> rebuilding;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void checkAtStart() {
        rebuilding = executor.submit(this::rebuildIfIncomplete);
    }

    /** True while a rebuild started at start-up is still running. */
    public boolean isRebuilding() {
        Future<?> running = rebuilding;
        return running != null && !running.isDone();
    }

    private void rebuildIfIncomplete() {
        try {
            SearchMapping mapping = Search.mapping(emf);
            long indexedInput;
            long indexedText;
            long publishedInput;
            long draftText;
            try (var em = emf.createEntityManager()) {
                var session = Search.session(em);
                indexedInput = session.search(Contribution.class).where(f -> f.matchAll()).fetchTotalHitCount();
                indexedText = session.search(java.util.List.of(Provision.class, ProvisionTranslation.class)).where(f -> f.matchAll())
                        .fetchTotalHitCount();
                publishedInput = em.createQuery("select count(c) from Contribution c where c.status = :p", Long.class)
                        .setParameter("p", ContributionStatus.PUBLISHED).getSingleResult();
                draftText = em.createQuery("select count(p) from Provision p where p.kind not in :containers", Long.class)
                        .setParameter("containers", java.util.List.of(NodeKind.PART, NodeKind.CHAPTER, NodeKind.SECTION)).getSingleResult()
                        + em.createQuery("select count(t) from ProvisionTranslation t", Long.class).getSingleResult();
            }
            if (indexedInput == publishedInput && indexedText == draftText) {
                LOG.info(() -> "Search index complete: " + indexedInput + " contributions, " + indexedText + " provisions");
                return;
            }
            LOG.info(() -> "Search index rebuilding: it held " + indexedInput + " of " + publishedInput + " published contributions and "
                    + indexedText + " of " + draftText + " provisions");
            long started = System.nanoTime();
            mapping.scope(java.util.List.of(Contribution.class, Provision.class, ProvisionTranslation.class)).massIndexer()
                    .threadsToLoadObjects(1).batchSizeToLoadObjects(100).purgeAllOnStart(true).startAndWait();
            LOG.info(() -> "Search index rebuilt in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Search index not checked: " + e.getMessage(), e);
        }
    }
}
