package org.stakeholderportal.privacy.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stakeholderportal.audit.boundary.AuditTrail;
import org.stakeholderportal.audit.entity.AuditEvent;
import org.stakeholderportal.organisation.entity.Membership;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.platform.Roles;
import org.stakeholderportal.platform.control.PersonReferences;
import org.stakeholderportal.platform.control.PortalClock;
import org.stakeholderportal.platform.entity.Person;
import org.stakeholderportal.privacy.control.IdentityAccounts;
import org.stakeholderportal.privacy.control.PersonalDataMap;
import org.stakeholderportal.privacy.entity.PersonalRecord;

/**
 * A signed-in person's own data: everything the portal holds about them, and the erasure of their account. Only ever
 * the caller's: there is no parameter naming a person.
 */
@Stateless
@RolesAllowed({Roles.STAKEHOLDER, Roles.SECRETARIAT, Roles.ADMIN, Roles.DELEGATE})
public class PersonalData {

    /** Pseudonyms start so; a username that does cannot be erased twice or taken for a live account. */
    public static final String PSEUDONYM_PREFIX = "deleted-";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    PortalClock clock;

    @EJB
    AuditTrail audit;

    @Inject
    IdentityAccounts accounts;

    /** Everything about the caller, section by section. */
    public PersonalRecord export() {
        Person person = person(false);
        String username = person.getUsername();
        String email = person.getEmail() == null ? "" : person.getEmail();
        List<PersonalRecord.Field> fields = List.of(
                new PersonalRecord.Field("username", username),
                new PersonalRecord.Field("display_name", person.getDisplayName()),
                new PersonalRecord.Field("email", person.getEmail()),
                new PersonalRecord.Field("preferred_locale", person.getPreferredLocale()),
                new PersonalRecord.Field("first_seen", text(person.getFirstSeen())),
                new PersonalRecord.Field("last_seen", text(person.getLastSeen())),
                new PersonalRecord.Field("reference", person.getReference()));
        List<PersonalRecord.Section> sections = new ArrayList<>();
        for (PersonalDataMap.SectionQuery query : PersonalDataMap.SECTIONS) {
            jakarta.persistence.Query read = em.createNativeQuery(query.sql());
            if (query.sql().contains(":username")) {
                read.setParameter("username", username);
            }
            if (query.sql().contains(":email")) {
                read.setParameter("email", email);
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = read.getResultList();
            sections.add(new PersonalRecord.Section(query.name(), query.columns(), rows.stream().map(PersonalData::texts).toList()));
        }
        sections.add(auditSection(person));
        return new PersonalRecord(fields, sections);
    }

    /** The pseudonym the caller's username would become on erasure. */
    public String pseudonym() {
        return PSEUDONYM_PREFIX + person(false).getReference().substring(0, 12);
    }

    /** The organisations (English names) whose active focal point the caller is: erasure hands that role on. */
    public List<String> focalPointOf() {
        return em.createQuery("select m.organisation.nameEnglish from Membership m where m.username = :u and m.role = :focal"
                        + " and m.status = :active order by m.id", String.class)
                .setParameter("u", context.getCallerPrincipal().getName()).setParameter("focal", Membership.Role.FOCAL_POINT)
                .setParameter("active", Membership.Status.ACTIVE).getResultList();
    }

    /**
     * Erases the caller's account in one transaction, after they typed their username to confirm: memberships end (a
     * sole focal point hands the role to the organisation's longest-standing member), their username becomes a
     * pseudonym in every record that kept it, their name and address leave the person record, organisation contacts,
     * notes and mails, mails to them are dropped, and their account at the identity provider is deleted last, so
     * that a provider that refuses leaves everything as it was. Published contributions stay, under their
     * organisation. The audit trail names people by reference, so it needs no change and still verifies.
     *
     * @return the pseudonym
     */
    public String erase(String confirmation) {
        Person person = person(true);
        String username = person.getUsername();
        if (confirmation == null || !username.equals(confirmation.strip())) {
            throw new Refusal("privacy.confirmationMismatch");
        }
        String reference = person.getReference();
        String pseudonym = PSEUDONYM_PREFIX + reference.substring(0, 12);
        // Not translated: it replaces a name in records read by everyone, in any language.
        String pseudonymName = "Deleted user " + reference.substring(0, 8);
        Instant now = clock.now();
        String self = PersonReferences.PREFIX + reference;
        audit.record("person.erased", "Person", person.getId(), "person=" + self);
        endMemberships(username, pseudonym, self, now);
        em.flush();
        for (PersonalDataMap.Column column : PersonalDataMap.USERNAMES) {
            em.createNativeQuery("UPDATE " + column.table() + " SET " + column.column() + " = ?1 WHERE " + column.column() + " = ?2")
                    .setParameter(1, pseudonym).setParameter(2, username).executeUpdate();
        }
        String email = person.getEmail();
        em.createNativeQuery("UPDATE organisation SET contact_name = ?1, contact_email = NULL WHERE contact_email = ?2 OR contact_name = ?3")
                .setParameter(1, pseudonymName).setParameter(2, email == null ? "" : email).setParameter(3, person.getDisplayName())
                .executeUpdate();
        if (email != null) {
            em.createNativeQuery("DELETE FROM mail_outbox WHERE recipient = ?1").setParameter(1, email).executeUpdate();
            // Registered for a session under this address: the registration stays (the organisation's places), the person does not.
            em.createNativeQuery("UPDATE session_representative SET full_name = ?1, email = ?2, gender = 'NOT_STATED' WHERE email = ?3")
                    .setParameter(1, pseudonymName).setParameter(2, pseudonym + "@erased.invalid").setParameter(3, email).executeUpdate();
        }
        em.createNativeQuery("UPDATE delegate SET active = FALSE WHERE username = ?1").setParameter(1, pseudonym).executeUpdate();
        for (PersonalDataMap.Column column : PersonalDataMap.FREE_TEXT) {
            scrub(column, email, "[" + pseudonym + "]");
            scrub(column, person.getDisplayName(), pseudonymName);
            scrubUsername(column, username, pseudonym);
        }
        em.createNativeQuery("UPDATE person SET username = ?1, display_name = ?2, email = NULL, preferred_locale = NULL, erased_at = ?3,"
                        + " version = version + 1 WHERE id = ?4")
                .setParameter(1, pseudonym).setParameter(2, pseudonymName).setParameter(3, now).setParameter(4, person.getId())
                .executeUpdate();
        em.clear();
        accounts.delete(username);
        return pseudonym;
    }

    private void endMemberships(String username, String pseudonym, String self, Instant now) {
        List<Membership> mine = em.createQuery("select m from Membership m where m.username = :u and m.status in :open", Membership.class)
                .setParameter("u", username).setParameter("open", List.of(Membership.Status.REQUESTED, Membership.Status.ACTIVE))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (Membership membership : mine) {
            if (membership.isFocalPoint()) {
                successor(membership).ifPresent(next -> {
                    next.takeOverAsFocalPoint();
                    audit.record("membership.focalPointHandedOver", "Membership", next.getId(), "from=" + self + "; to="
                            + audit.person(next.getUsername()));
                });
            }
            membership.endWithAccount(pseudonym, now);
            audit.record("membership.ended", "Membership", membership.getId(), "person=" + self + "; account erased");
        }
    }

    /** The member of the same organisation and process who joined first, if any. */
    private Optional<Membership> successor(Membership focalPoint) {
        return em.createQuery("select m from Membership m where m.organisation = :o and m.processId = :p and m.status = :active"
                        + " and m.id <> :me order by m.requestedAt, m.id", Membership.class)
                .setParameter("o", focalPoint.getOrganisation()).setParameter("p", focalPoint.getProcessId())
                .setParameter("active", Membership.Status.ACTIVE).setParameter("me", focalPoint.getId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(1).getResultStream().findFirst();
    }

    private void scrub(PersonalDataMap.Column column, String text, String replacement) {
        if (text == null || text.isBlank()) {
            return;
        }
        em.createNativeQuery("UPDATE " + column.table() + " SET " + column.column() + " = REGEXP_REPLACE(" + column.column()
                        + ", ?1, ?2) WHERE LOCATE(?3, " + column.column() + ") > 0")
                .setParameter(1, "(?i)" + PersonalDataMap.regexLiteral(text)).setParameter(2, replacement).setParameter(3, text)
                .executeUpdate();
    }

    private void scrubUsername(PersonalDataMap.Column column, String username, String pseudonym) {
        em.createNativeQuery("UPDATE " + column.table() + " SET " + column.column() + " = REGEXP_REPLACE(" + column.column()
                        + ", ?1, ?2) WHERE LOCATE(?3, " + column.column() + ") > 0")
                .setParameter(1, "(?i)" + PersonalDataMap.wholeUsername(username)).setParameter(2, pseudonym).setParameter(3, username)
                .executeUpdate();
    }

    private PersonalRecord.Section auditSection(Person person) {
        String self = PersonReferences.PREFIX + person.getReference();
        List<AuditEvent> events = em.createQuery("select e from AuditEvent e where e.actor = :me or e.detail like :named order by e.id",
                        AuditEvent.class)
                .setParameter("me", self).setParameter("named", "%" + self + "%").getResultList();
        Map<String, String> onlyMe = Map.of(person.getReference(), person.getUsername());
        List<List<String>> rows = events.stream().map(e -> List.of(String.valueOf(e.getId()), text(e.getOccurredAt()), e.getAction(),
                e.getEntityType(), String.valueOf(e.getEntityId()), PersonReferences.named(e.getDetail(), onlyMe))).toList();
        return new PersonalRecord.Section("audit_events", PersonalDataMap.AUDIT_COLUMNS, rows);
    }

    private Person person(boolean lock) {
        String username = context.getCallerPrincipal().getName();
        if (username.startsWith(PSEUDONYM_PREFIX)) {
            throw new Refusal("privacy.personUnknown");
        }
        return em.createNamedQuery(Person.BY_USERNAME, Person.class).setParameter("username", username)
                .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultStream().findFirst().orElseThrow(() -> new Refusal("privacy.personUnknown"));
    }

    private static List<String> texts(Object[] row) {
        List<String> values = new ArrayList<>(row.length);
        for (Object value : row) {
            values.add(value == null ? null : String.valueOf(value));
        }
        return values;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
