package org.stakeholderportal.organisation.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.stakeholderportal.audit.boundary.AuditTrail;
import org.stakeholderportal.organisation.entity.Delegate;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.platform.Roles;
import org.stakeholderportal.platform.control.PortalClock;
import org.stakeholderportal.platform.control.PersonReferences;

/** Which portal accounts speak for which member State: the secretariat links them; a delegate reads its own link. */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.ADMIN})
public class Delegates {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PortalClock clock;

    @EJB
    AuditTrail audit;

    @Resource
    SessionContext context;

    /** The trail names a delegate by reference, never by username (an erasure must not touch it). */
    @Inject
    PersonReferences people;

    public List<Delegate> delegates() {
        return em.createQuery("select d from Delegate d order by d.memberState, d.username", Delegate.class).getResultList();
    }

    /** Links an account to a member State (or moves it to another); the account needs the realm role "delegate" too. */
    public Delegate link(String username, String memberState) {
        String user = username == null ? "" : username.trim();
        String state = memberState == null ? "" : memberState.trim().toUpperCase(Locale.ROOT);
        if (user.isEmpty() || user.length() > 255) {
            throw new Refusal("delegate.usernameRequired");
        }
        if (!COUNTRIES.contains(state)) {
            throw new Refusal("delegate.unknownState", state);
        }
        Delegate delegate = byUsername(user).orElse(null);
        if (delegate == null) {
            delegate = new Delegate(user, state, clock.now(), context.getCallerPrincipal().getName());
            em.persist(delegate);
            em.flush();
        } else {
            delegate.relink(state);
        }
        audit.record("delegate.linked", "Delegate", delegate.getId(), "delegate=" + people.of(user) + "; memberState=" + state);
        return delegate;
    }

    public void unlink(long delegateId) {
        Delegate delegate = em.find(Delegate.class, delegateId);
        if (delegate == null) {
            throw new Refusal("delegate.unknown", delegateId);
        }
        delegate.deactivate();
        audit.record("delegate.unlinked", "Delegate", delegateId, "delegate=" + people.of(delegate.getUsername()));
    }

    /** The caller's own link: a delegate account that the secretariat has not linked to a State cannot act. */
    @RolesAllowed(Roles.DELEGATE)
    public Delegate me() {
        return byUsername(context.getCallerPrincipal().getName()).filter(Delegate::isActive)
                .orElseThrow(() -> new Refusal("delegate.notLinked"));
    }

    private Optional<Delegate> byUsername(String username) {
        return em.createQuery("select d from Delegate d where d.username = :u", Delegate.class).setParameter("u", username)
                .getResultStream().findFirst();
    }
}
