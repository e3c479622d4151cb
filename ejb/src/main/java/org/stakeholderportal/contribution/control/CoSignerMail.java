package org.stakeholderportal.contribution.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import org.stakeholderportal.contribution.entity.Contribution;
import org.stakeholderportal.notification.control.Mailbox;
import org.stakeholderportal.organisation.entity.Organisation;

/**
 * Tells the co-signers of a joint contribution what happened to it (submitted, decided), at their organisations'
 * contact addresses, in the same transaction as the step itself (the outbox sends it after commit).
 */
@Dependent
public class CoSignerMail {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Mailbox mailbox;

    /** Queues the mail {@code key} to every organisation listed as co-signer of the contribution's current version. */
    public void tell(Contribution contribution, String key, Object... arguments) {
        em.createQuery("select o from CoSignature s join Organisation o on o.id = s.organisationId where s.contributionId = :c"
                        + " and s.listedInVersion = :v", Organisation.class)
                .setParameter("c", contribution.getId()).setParameter("v", contribution.getCurrentVersion()).getResultStream()
                .forEach(o -> mailbox.send(o.getContactEmail(), Locale.ENGLISH, key, arguments));
    }
}
