package org.stakeholderportal.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the audit trail names a person: "person:" and their random reference, never their username, so that erasing
 * the person changes no audited row and every hash still verifies. Pages turn references back into usernames by
 * lookup, which after an erasure finds the pseudonym.
 */
@Dependent
public class PersonReferences {

    public static final String PREFIX = "person:";
    public static final Pattern REFERENCE = Pattern.compile("person:([0-9a-f]{32})");

    /** The principal of work that no signed-in person started (start-up, schedules): not a person. */
    private static final String NOBODY = "anonymous";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PortalClock clock;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** A new random reference: 128 bits, hex. */
    public static String newReference() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * "person:&lt;reference&gt;" for a username, recording the person first when the portal has not seen them yet (an
     * API caller, a reviewer named before signing in), so that no username ever enters the trail.
     */
    public String of(String username) {
        if (username == null || username.isBlank() || NOBODY.equals(username)) {
            return String.valueOf(username);
        }
        // Kept for the rest of the transaction: a submission looks its author up before it takes the submission
        // counter, so that its audit record then need not (the counter is held until the commit).
        String key = PersonReferences.class.getName() + ":" + username;
        boolean inTransaction = transaction.getTransactionKey() != null;
        if (inTransaction && transaction.getResource(key) instanceof String known) {
            return known;
        }
        String found = find(username);
        if (found == null) {
            em.createNativeQuery("INSERT IGNORE INTO person (username, display_name, reference, first_seen, last_seen, version)"
                            + " VALUES (?1, ?1, ?2, ?3, ?3, 0)")
                    .setParameter(1, username).setParameter(2, newReference()).setParameter(3, clock.now()).executeUpdate();
            found = find(username);
        }
        if (inTransaction) {
            transaction.putResource(key, PREFIX + found);
        }
        return PREFIX + found;
    }

    /** The username (or, after erasure, the pseudonym) of each reference in any of the texts, for display. */
    public Map<String, String> usernames(Collection<String> texts) {
        List<String> references = texts.stream().filter(t -> t != null)
                .flatMap(t -> REFERENCE.matcher(t).results().map(m -> m.group(1))).distinct().toList();
        Map<String, String> names = new HashMap<>();
        for (int from = 0; from < references.size(); from += 500) {
            List<Object[]> rows = em.createQuery("select p.reference, p.username from Person p where p.reference in :refs", Object[].class)
                    .setParameter("refs", references.subList(from, Math.min(references.size(), from + 500))).getResultList();
            rows.forEach(row -> names.put((String) row[0], (String) row[1]));
        }
        return names;
    }

    /** The text with each person reference replaced by the name the map gives (unknown references stay as they are). */
    public static String named(String text, Map<String, String> usernames) {
        if (text == null) {
            return null;
        }
        Matcher matcher = REFERENCE.matcher(text);
        return matcher.replaceAll(m -> Matcher.quoteReplacement(usernames.getOrDefault(m.group(1), m.group())));
    }

    private String find(String username) {
        return em.createQuery("select p.reference from Person p where p.username = :u", String.class)
                .setParameter("u", username).getResultStream().findFirst().orElse(null);
    }
}
