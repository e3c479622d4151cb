package org.stakeholderportal.platform.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.stakeholderportal.platform.Roles;
import org.stakeholderportal.platform.control.PortalClock;
import org.stakeholderportal.platform.entity.Person;

/** The people who sign in: recorded on their first visit, refreshed on later ones. */
@Stateless
@RolesAllowed({Roles.STAKEHOLDER, Roles.SECRETARIAT, Roles.ADMIN})
public class People {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PortalClock clock;

    /** Records that the signed-in person was seen now, with the name and email Keycloak gave. */
    public Person recordVisit(String username, String displayName, String email) {
        String name = displayName == null || displayName.isBlank() ? username : displayName;
        Optional<Person> known = find(username);
        if (known.isPresent()) {
            known.get().seenAgain(name, email, clock.now());
            return known.get();
        }
        Person person = new Person(username, name, email, clock.now());
        em.persist(person);
        return person;
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
