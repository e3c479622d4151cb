package org.stakeholderportal.platform.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.stakeholderportal.platform.Roles;
import org.stakeholderportal.platform.control.PersonReferences;
import org.stakeholderportal.platform.control.PortalClock;
import org.stakeholderportal.platform.entity.Person;

/** The people who sign in: recorded on their first visit, refreshed on later ones. */
@Stateless
@RolesAllowed({Roles.STAKEHOLDER, Roles.SECRETARIAT, Roles.ADMIN, Roles.DELEGATE})
public class People {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PortalClock clock;

    /**
     * Records that the signed-in person was seen now, with the name and email Keycloak gave. One atomic upsert,
     * so two first requests of the same new person at once cannot both insert.
     */
    public Person recordVisit(String username, String displayName, String email) {
        String name = displayName == null || displayName.isBlank() ? username : displayName;
        Instant now = clock.now();
        em.createNativeQuery("INSERT INTO person (username, display_name, email, reference, first_seen, last_seen, version)"
                        + " VALUES (?1, ?2, ?3, ?5, ?4, ?4, 0) ON DUPLICATE KEY UPDATE display_name = VALUES(display_name),"
                        + " email = VALUES(email), last_seen = VALUES(last_seen), version = version + 1")
                .setParameter(1, username).setParameter(2, truncate(name, 255)).setParameter(3, truncate(email, 320))
                .setParameter(4, now).setParameter(5, PersonReferences.newReference()).executeUpdate();
        return find(username).orElseThrow();
    }

    /** Remembers the language a signed-in person chose: their pages and their mail are in it from then on. */
    public void rememberLanguage(String username, String languageTag) {
        em.createQuery("update Person p set p.preferredLocale = :tag where p.username = :u")
                .setParameter("tag", languageTag).setParameter("u", username).executeUpdate();
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    @PermitAll
    public Optional<Person> find(String username) {
        return em.createNamedQuery(Person.BY_USERNAME, Person.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    public long count() {
        return em.createQuery("select count(p) from Person p", Long.class).getSingleResult();
    }
}
