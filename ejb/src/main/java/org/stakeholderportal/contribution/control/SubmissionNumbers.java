package org.stakeholderportal.contribution.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;

/** Submission numbers per process and year, e.g. AHC-2026-0123: one atomic upsert in the caller's transaction, no gaps. */
@Dependent
public class SubmissionNumbers {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public String next(long processId, Instant now) {
        int year = now.atZone(ZoneOffset.UTC).getYear();
        em.createNativeQuery("INSERT INTO submission_counter (process_id, year, last_value) VALUES (?1, ?2, LAST_INSERT_ID(1))"
                        + " ON DUPLICATE KEY UPDATE last_value = LAST_INSERT_ID(last_value + 1)")
                .setParameter(1, processId).setParameter(2, year).executeUpdate();
        long value = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        String code = em.createQuery("select p.code from NegotiationProcess p where p.id = :p", String.class)
                .setParameter("p", processId).getSingleResult();
        return String.format("%s-%d-%04d", code, year, value);
    }
}
