package org.stakeholderportal.organisation.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Concludes non-objection lists soon after their deadline, each in its own transaction. Several nodes may run this
 * at once: the list is locked and re-checked, so a list is concluded once.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NonObjectionDeadlines {

    private static final Logger LOG = Logger.getLogger(NonObjectionDeadlines.class.getName());

    @EJB
    NonObjection nonObjection;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    public void concludeDue() {
        for (Long listId : nonObjection.due()) {
            try {
                if (nonObjection.conclude(listId)) {
                    LOG.info(() -> "Non-objection list " + listId + " concluded at its deadline");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Non-objection list " + listId + " could not be concluded; retried at the next run", e);
            }
        }
    }
}
