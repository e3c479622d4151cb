package org.stakeholderportal.contribution.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stakeholderportal.contribution.entity.Contribution;
import org.stakeholderportal.notification.control.Mailbox;
import org.stakeholderportal.notification.entity.OutgoingMail;
import org.stakeholderportal.organisation.entity.Organisation;

/**
 * The co-signers a joint contribution's current version lists (those whose endorsement was of the text submitted),
 * as every page, export and mail that names them reads them; and the mails that tell them what happened to it.
 */
@Dependent
public class ListedCoSigners {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Mailbox mailbox;

    /** The organisations listed on each contribution's current version, in the order they endorsed; one query for all. */
    public Map<Long, List<Organisation>> of(Collection<Long> contributionIds) {
        Map<Long, List<Organisation>> listed = new HashMap<>();
        if (contributionIds.isEmpty()) {
            return listed;
        }
        em.createQuery("select s.contributionId, o from CoSignature s join Organisation o on o.id = s.organisationId"
                        + " join Contribution c on c.id = s.contributionId where s.contributionId in :ids"
                        + " and s.listedInVersion = c.currentVersion order by s.respondedAt, s.id", Object[].class)
                .setParameter("ids", contributionIds).getResultStream()
                .forEach(r -> listed.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((Organisation) r[1]));
        return listed;
    }

    /**
     * Queues the mail {@code key} to each co-signer listed on the contribution (at its contact address), in the same
     * transaction as the step itself (the outbox sends it after commit): at submission and at the decision.
     */
    public void tell(Contribution contribution, String key, Object... arguments) {
        compose(contribution, key, arguments).forEach(mailbox::queue);
    }

    /** The mails {@link #tell} would queue, written but not queued yet. */
    public List<OutgoingMail> compose(Contribution contribution, String key, Object... arguments) {
        return of(List.of(contribution.getId())).getOrDefault(contribution.getId(), List.of()).stream()
                .flatMap(o -> mailbox.compose(o.getContactEmail(), Locale.ENGLISH, key, arguments).stream()).toList();
    }
}
