package org.stakeholderportal.publication.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.stakeholderportal.platform.control.AfterCommit;
import org.stakeholderportal.publication.control.PublicChanges;

/**
 * The generation of the public pages (table public_generation): moved on in the transaction of every change that may
 * alter what anonymous readers see, and read by the web module's render cache, which keeps only pages of the current
 * generation. Each node reads it from the database at most once a second, so a change made on another node shows
 * there within about a second; on the node that made it, at once after its commit.
 * <p>
 * An application-scoped bean rather than a stateless boundary: it keeps that memo for the whole node, and it is
 * read on every anonymous page view, where an EJB's container locking would only cost.
 */
@ApplicationScoped
public class PublicGeneration {

    static final long MEMO_NANOS = TimeUnit.SECONDS.toNanos(1);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AfterCommit afterCommit;

    /** Counts the local commits that moved the generation: a read that began before one must not be kept. */
    private final AtomicLong localChanges = new AtomicLong();
    private volatile Memo memo;

    private record Memo(long generation, long readAtNanos, long localChanges) {
    }

    /**
     * Called in the transaction of an audited change (AuditTrail) or of another change to public pages; does nothing
     * for actions that only change private data. The row lock it takes is held to the commit, after AuditTrail's own.
     */
    public void touch(String action) {
        if (!PublicChanges.affectPublicPages(action)) {
            return;
        }
        em.createNativeQuery("UPDATE public_generation SET generation = GREATEST(generation + 1,"
                + " CAST(UNIX_TIMESTAMP(NOW(6)) * 1000000 AS UNSIGNED)) WHERE id = 1").executeUpdate();
        afterCommit.run(localChanges::incrementAndGet);
    }

    /** The current generation, at most a second old (none when the database cannot be read: then nothing is cached). */
    public OptionalLong current() {
        long now = System.nanoTime();
        Memo known = memo;
        long changes = localChanges.get();
        if (known != null && known.localChanges() == changes && now - known.readAtNanos() < MEMO_NANOS) {
            return OptionalLong.of(known.generation());
        }
        long generation;
        try {
            generation = ((Number) em.createNativeQuery("SELECT generation FROM public_generation WHERE id = 1").getSingleResult()).longValue();
        } catch (RuntimeException unreadable) {
            return OptionalLong.empty();
        }
        // Kept only if no local change committed while it was read: that read may have seen the state before it.
        if (localChanges.get() == changes) {
            memo = new Memo(generation, now, changes);
        }
        return OptionalLong.of(generation);
    }
}
