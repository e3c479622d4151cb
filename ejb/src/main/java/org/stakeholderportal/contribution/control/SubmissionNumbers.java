package org.stakeholderportal.contribution.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import org.stakeholderportal.draft.entity.NegotiationProcess;

/**
 * Submission numbers per process and year, e.g. AHC-2026-0123: one atomic upsert in the caller's transaction, no gaps.
 * The process's counter row stays locked until the caller commits, so every submission of the process waits for it:
 * callers take it as late as they can and do as little as possible after it.
 */
@Dependent
public class SubmissionNumbers {

    /** Stands for the number in texts written before it is given (private-use characters, never in real text). */
    public static final String PENDING = "\uE000number\uE000";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The prefix of the process's numbers: its code (the process is usually already loaded in the transaction). */
    public String prefix(long processId) {
        return em.find(NegotiationProcess.class, processId).getCode();
    }

    public String next(long processId, String prefix, Instant now) {
        int year = now.atZone(ZoneOffset.UTC).getYear();
        em.createNativeQuery("INSERT INTO submission_counter (process_id, year, last_value) VALUES (?1, ?2, LAST_INSERT_ID(1))"
                        + " ON DUPLICATE KEY UPDATE last_value = LAST_INSERT_ID(last_value + 1)")
                .setParameter(1, processId).setParameter(2, year).executeUpdate();
        long value = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        return String.format("%s-%d-%04d", prefix, year, value);
    }
}
