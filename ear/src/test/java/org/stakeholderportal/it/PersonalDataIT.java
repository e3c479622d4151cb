package org.stakeholderportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stakeholderportal.audit.boundary.AuditChainUpgrade;
import org.stakeholderportal.audit.boundary.AuditTrail;
import org.stakeholderportal.audit.control.AuditChain;
import org.stakeholderportal.audit.entity.AuditEvent;
import org.stakeholderportal.contribution.entity.Contribution;
import org.stakeholderportal.organisation.boundary.Accreditations;
import org.stakeholderportal.organisation.boundary.Organisations;
import org.stakeholderportal.organisation.entity.Accreditation;
import org.stakeholderportal.organisation.entity.AccreditationDecision;
import org.stakeholderportal.organisation.entity.Membership;
import org.stakeholderportal.organisation.entity.OrganisationApplication;
import org.stakeholderportal.platform.Refusal;
import org.stakeholderportal.platform.boundary.People;
import org.stakeholderportal.privacy.boundary.PersonalData;
import org.stakeholderportal.privacy.entity.PersonalRecord;
import org.stakeholderportal.publication.boundary.PublishedInput;
import org.stakeholderportal.publication.entity.PublishedContribution;
import org.stakeholderportal.review.boundary.Reviews;

/**
 * A person's own data: the export holds what the portal keeps about them and nobody else's; an erasure leaves their
 * username, name and address in no table, while their organisation's published input stays public, the audit trail
 * still verifies (naming them by pseudonym), their Keycloak account is gone, and a focal point's role passes on.
 */
@ExtendWith(ArquillianExtension.class)
class PersonalDataIT {

    private static final String USERNAME = "it-erasable";
    private static final String NAME = "Erin Vergessen-Testperson";
    private static final String EMAIL = "erin.vergessen@example.org";

    private static final String FOCAL_USERNAME = "it-leaving-focal";
    private static final String FOCAL_NAME = "Lena Weggehen-Fokus";
    private static final String FOCAL_EMAIL = "lena.weggehen@example.org";

    @Deployment
    static WebArchive domain() {
        return Deployments.domain("personal-data-it", AsSecretariat.class, AsApplicant.class, AsOutsider.class, AsJoiner.class, AsErasable.class,
                        AsLeavingFocalPoint.class, AsStayingMember.class, KeycloakUsers.class,
                        OrganisationsIT.class, OrganisationsIT.AsCaller.class, ConsultationWorld.class, ConsultationWorld.AsCaller.class,
                        ConsultationWorld.Opened.class)
                .addAsResource(new File("../ejb/src/test/resources/akn/convention-sample.xml"), "fixtures/convention-sample.xml")
                .addAsManifestResource(new StringAsset("Dependencies: org.jboss.ejb3\n"), "MANIFEST.MF");
    }

    @EJB
    PersonalData personalData;

    @EJB
    People people;

    @EJB
    Organisations organisations;

    @EJB
    Accreditations accreditations;

    @EJB
    Reviews reviews;

    @EJB
    AuditTrail audit;

    @EJB
    PublishedInput publishedInput;

    @EJB
    AuditChainUpgrade upgrade;

    @EJB
    ConsultationWorld world;

    @EJB
    AsSecretariat secretariat;

    @EJB
    AsApplicant applicant;

    @EJB
    AsErasable erasable;

    @EJB
    AsLeavingFocalPoint leavingFocalPoint;

    @EJB
    AsStayingMember stayingMember;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource database;

    @Test
    void anErasedPersonLeavesNoPersonalDataWhileTheirPublishedInputAndTheAuditChainRemain() throws Exception {
        KeycloakUsers.create(USERNAME, EMAIL, "Erin", "Vergessen-Testperson");
        assertTrue(KeycloakUsers.exists(USERNAME));
        erasable.call(() -> people.recordVisit(USERNAME, NAME, EMAIL));
        ConsultationWorld.Opened opened = world.open("Privacy", OrganisationsIT.application("Privacy outsiders"));
        long process = opened.process().getId();
        long organisation = applicant.call(() -> organisations.requireContributor(process)).getOrganisationId();
        Membership request = erasable.call(() -> organisations.requestToJoin(process, organisation));
        applicant.call(() -> organisations.decideMembership(request.getId(), request.getVersion(), true));
        Contribution published = world.published(erasable::call, opened.draft(), "art-24", "en", "Input that outlives its author",
                "Keep the safeguards of this article.", null);
        secretariat.call(() -> reviews.note(published.getId(), "Phoned " + NAME + " (" + EMAIL + ") about the wording."));

        PersonalRecord before = erasable.call(() -> personalData.export());
        String exported = text(before);
        assertTrue(exported.contains(USERNAME) && exported.contains(NAME) && exported.contains(EMAIL), exported);
        assertTrue(rows(before, "memberships") >= 1, "the membership is in the export");
        assertTrue(rows(before, "contributions") >= 1 && exported.contains("Input that outlives its author"), "the contribution is in it");
        assertTrue(rows(before, "mails") >= 1, "the receipt mailed to them is in it");
        assertTrue(rows(before, "audit_events") >= 3, "what they did is in it: joined, started, submitted");
        String othersExport = text(applicant.call(() -> personalData.export()));
        assertNoneOf(othersExport, "another person's export");
        assertTrue(holding(USERNAME, NAME, EMAIL).size() > 0, "the scan finds the person before the erasure");

        String pseudonym = erasable.call(() -> personalData.erase(USERNAME));

        assertTrue(pseudonym.startsWith("deleted-"), pseudonym);
        assertEquals(List.of(), holding(USERNAME, NAME, EMAIL), "no table keeps the username, name or address");
        assertTrue(secretariat.call(() -> audit.verify()).isIntact(), "the audit chain still verifies");
        List<AuditEvent> history = secretariat.call(() -> audit.forRecord("Contribution", published.getId()));
        assertTrue(history.stream().anyMatch(e -> e.getActorName().equals(pseudonym)), "the trail shows the pseudonym");
        history.forEach(e -> assertNoneOf(e.getActorName() + " " + e.getDetailText() + " " + e.getActor() + " " + e.getDetail(), "the audit page"));
        assertFalse(KeycloakUsers.exists(USERNAME), "the Keycloak account is gone");

        List<PublishedContribution> stillPublic = publishedInput.ofOrganisation(organisation);
        PublishedContribution kept = stillPublic.stream().filter(c -> c.getId() == published.getId()).findFirst().orElseThrow();
        assertEquals("Input that outlives its author", kept.getTitle());
        assertTrue(kept.getOrganisation().startsWith("Privacy NGO"), kept.getOrganisation());
        stillPublic.forEach(c -> assertNoneOf(c.getTitle() + c.getOrganisation() + c.getCommentHtml(), "published input"));
        assertNoneOf(text(applicant.call(() -> personalData.export())), "another person's export after the erasure");

        Refusal gone = assertThrows(Refusal.class, () -> erasable.call(() -> personalData.export()));
        assertEquals("privacy.personUnknown", gone.getMessageKey());
        assertEquals(List.of("REMOVED " + pseudonym), query("SELECT CONCAT(status, ' ', username) FROM membership WHERE id = ?", request.getId()));
        assertEquals(List.of(pseudonym + " " + pseudonym), query("SELECT CONCAT(created_by, ' ', submitted_by) FROM contribution WHERE id = ?",
                published.getId()));
    }

    @Test
    void aFocalPointWhoLeavesHandsTheRoleToTheFirstMemberAndTheContactDetailsGo() throws Exception {
        leavingFocalPoint.call(() -> people.recordVisit(FOCAL_USERNAME, FOCAL_NAME, FOCAL_EMAIL));
        stayingMember.call(() -> people.recordVisit("it-staying-member", "Stella Bleibend", "stella.bleibend@example.org"));
        ConsultationWorld.Opened opened = world.open("Handover", OrganisationsIT.application("Handover outsiders"));
        long process = opened.process().getId();
        OrganisationApplication application = OrganisationsIT.application("Handover Alliance " + process);
        application.setContactName(FOCAL_NAME);
        application.setContactEmail(FOCAL_EMAIL);
        Accreditation applied = leavingFocalPoint.call(() -> organisations.apply(process, application));
        secretariat.call(() -> accreditations.decide(applied.getId(), applied.getVersion(), AccreditationDecision.APPROVE, null));
        long organisation = applied.getOrganisation().getId();
        Membership joined = stayingMember.call(() -> organisations.requestToJoin(process, organisation));
        leavingFocalPoint.call(() -> organisations.decideMembership(joined.getId(), joined.getVersion(), true));

        Refusal mistyped = assertThrows(Refusal.class, () -> leavingFocalPoint.call(() -> personalData.erase("it-leaving")));
        assertEquals("privacy.confirmationMismatch", mistyped.getMessageKey());
        assertEquals(List.of("Handover Alliance " + process), leavingFocalPoint.call(() -> personalData.focalPointOf()),
                "a mistyped confirmation changes nothing");

        leavingFocalPoint.call(() -> personalData.erase(FOCAL_USERNAME));

        assertEquals(List.of("FOCAL_POINT ACTIVE"), query("SELECT CONCAT(role, ' ', status) FROM membership WHERE id = ?", joined.getId()));
        assertTrue(stayingMember.call(() -> organisations.requireContributor(process)).getOrganisationId() == organisation);
        List<String> contact = query("SELECT CONCAT(contact_name, ' / ', COALESCE(contact_email, 'none')) FROM organisation WHERE id = ?", organisation);
        assertTrue(contact.get(0).startsWith("Deleted user ") && contact.get(0).endsWith(" / none"), contact.toString());
        assertEquals(List.of(), holding(FOCAL_USERNAME, FOCAL_NAME, FOCAL_EMAIL));
        assertTrue(secretariat.call(() -> audit.verify()).isIntact());
    }

    @Test
    void aTrailThatNamedPeopleByUsernameIsReChainedOnceAndStillVerifies() throws Exception {
        String legacy = "it-legacy-person";
        long id;
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            String previous;
            try (PreparedStatement head = c.prepareStatement("SELECT last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
                    ResultSet rows = head.executeQuery()) {
                rows.next();
                previous = rows.getString(1);
            }
            java.time.Instant at = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            String hash = AuditChain.hash(previous, at, legacy, "stakeholder", "membership.removed", "Membership", 0, "person=" + legacy);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO audit_event (occurred_at, actor, actor_role, action, entity_type,"
                    + " entity_id, detail, previous_hash, hash) VALUES (?, ?, 'stakeholder', 'membership.removed', 'Membership', 0, ?, ?, ?)",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                insert.setObject(1, java.time.LocalDateTime.ofInstant(at, java.time.ZoneOffset.UTC));
                insert.setString(2, legacy);
                insert.setString(3, "person=" + legacy);
                insert.setString(4, previous);
                insert.setString(5, hash);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement head = c.prepareStatement("UPDATE audit_chain_head SET last_hash = ?, rechain_pending = TRUE WHERE id = 1")) {
                head.setString(1, hash);
                head.executeUpdate();
            }
            c.commit();
        }
        assertTrue(secretariat.call(() -> audit.verify()).isIntact(), "the event as an older version wrote it fits the chain");

        long rechained = secretariat.call(() -> upgrade.rechainIfMarked());

        assertTrue(rechained > 0);
        String reference = query("SELECT reference FROM person WHERE username = ?", legacy).get(0);
        assertEquals(List.of("person:" + reference + " person=person:" + reference),
                query("SELECT CONCAT(actor, ' ', detail) FROM audit_event WHERE id = ?", id));
        assertTrue(secretariat.call(() -> audit.verify()).isIntact(), "the re-chained trail verifies");
        assertEquals(0L, secretariat.call(() -> upgrade.rechainIfMarked()), "only once");
        assertTrue(secretariat.call(() -> audit.forRecord("Membership", 0)).stream().anyMatch(e -> e.getActorName().equals(legacy)
                && e.getDetailText().equals("person=" + legacy)), "pages show the username");
    }

    private static void assertNoneOf(String text, String where) {
        for (String personal : List.of(USERNAME, NAME, EMAIL)) {
            assertFalse(text.toLowerCase().contains(personal.toLowerCase()), where + " contains " + personal + ": " + text);
        }
    }

    private static String text(PersonalRecord record) {
        StringBuilder all = new StringBuilder();
        record.getPerson().forEach(f -> all.append(f.getName()).append('=').append(f.getValue()).append('\n'));
        record.getSections().forEach(s -> s.getRows().forEach(r -> all.append(s.getName()).append(": ").append(r).append('\n')));
        return all.toString();
    }

    private static int rows(PersonalRecord record, String section) {
        return record.getSections().stream().filter(s -> s.getName().equals(section)).findFirst().orElseThrow().getRows().size();
    }

    /** Every text or binary column of every table, searched for each value: "table.column holds value". */
    private List<String> holding(String... values) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection c = database.getConnection()) {
            List<String[]> columns = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT table_name, column_name FROM information_schema.columns"
                    + " WHERE table_schema = DATABASE() AND data_type IN ('char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext',"
                    + " 'tinyblob', 'blob', 'mediumblob', 'longblob', 'json', 'binary', 'varbinary')");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    columns.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
            assertTrue(columns.size() > 50, "the scan reads the whole schema: " + columns.size() + " columns");
            for (String[] column : columns) {
                for (String value : values) {
                    try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM `" + column[0] + "` WHERE LOCATE(LOWER(?), LOWER(`"
                            + column[1] + "`)) > 0")) {
                        count.setString(1, value);
                        try (ResultSet result = count.executeQuery()) {
                            result.next();
                            if (result.getLong(1) > 0) {
                                found.add(column[0] + "." + column[1] + " holds " + value);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private List<String> query(String sql, Object... parameters) throws Exception {
        try (Connection c = database.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
                return values;
            }
        }
    }
}
